/**
 * `npm run dev`: WXT's dev mode (hot reload) in Chromium, opened on the demo
 * page. The demo is served from 127.0.0.1 as for `npm start`. Chromium is
 * `/usr/bin/chromium` unless `CHROMIUM_PATH` names another; run as root it
 * needs `--no-sandbox`, which is added then. Without a display (a server, a
 * container) run it as `xvfb-run npm run dev`.
 */
import { createServer } from 'wxt';
import { CHROMIUM, demoDir, startServer } from './lib/browser';

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.error('No display found. Run under a desktop session, or as: xvfb-run npm run dev');
  process.exit(1);
}

const demo = await startServer({ roots: { demo: demoDir } });
const asRoot = process.getuid?.() === 0;
const server = await createServer({
  webExt: {
    binaries: { chrome: CHROMIUM },
    chromiumArgs: [
      ...(asRoot ? ['--no-sandbox'] : []),
      '--no-first-run',
      '--disable-search-engine-choice-screen',
      // A debugging port besides web-ext's own pipe, for the test that drives dev mode (tests/e2e/dev-mode.test.ts).
      ...(process.env.KLARTEXT_DEV_PORT ? [`--remote-debugging-port=${Number(process.env.KLARTEXT_DEV_PORT)}`] : []),
    ],
    startUrls: [`${demo.origin}/demo/index.html`],
  },
});
await server.start();
console.log(`Dev mode: the demo page is ${demo.origin}/demo/index.html. Edits rebuild and reload Klartext; Ctrl+C stops.`);

const stop = async (): Promise<void> => {
  await server.stop();
  await demo.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
