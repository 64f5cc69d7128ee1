import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { matchIndexPlugin } from './build/match-index-plugin.ts';

export default defineConfig({
  plugins: [WxtVitest(), matchIndexPlugin()],
  test: {
    globals: true,
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/e2e-firefox/**', 'node_modules/**'],
    environment: 'node',
  },
});
