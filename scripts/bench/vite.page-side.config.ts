import { defineConfig } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchIndexPlugin } from '../../build/match-index-plugin';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The benchmark's page-side bundle: Klartext's scan session and hit-test,
 * unminified (CPU profiles then name the functions) with a source map, as one classic script
 * to inject into a page without the extension.
 */
export default defineConfig({
  logLevel: 'warn',
  plugins: [matchIndexPlugin()],
  build: {
    outDir: path.resolve(here, '../../bench-results/.build'),
    emptyOutDir: true,
    minify: false,
    // CPU profiles name bundle lines; the map turns them back into source files and lines (profile.ts).
    sourcemap: true,
    target: 'es2022',
    lib: {
      entry: path.join(here, 'page-side/entry.ts'),
      formats: ['iife'],
      name: 'KlartextBenchPage',
      fileName: () => 'klartext-page.js',
    },
  },
});
