// `npm run dev` as a newcomer runs it on this kind of machine: as root and,
// without a display, under xvfb-run. It must open Chromium on the demo page
// with Klartext marking it, and an edit to the content script must reach the
// page without a restart (part of issue 17).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from './harness';

const EDITED = path.join(repoRoot, 'src/content/highlight-style.ts');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address !== 'string' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** `npm run dev`, under xvfb-run when there is no display; its output collected. */
function startDev(port: number): { child: ChildProcess; output: () => string } {
  const display = Boolean(process.env.DISPLAY);
  if (!display && spawnSync('which', ['xvfb-run']).status !== 0) {
    throw new Error('dev mode needs a display: install xvfb (apt-get install xvfb xauth) so that xvfb-run exists');
  }
  const [command, args] = display ? ['npm', ['run', 'dev']] : ['xvfb-run', ['-a', 'npm', 'run', 'dev']];
  const child = spawn(command as string, args as string[], {
    cwd: repoRoot,
    env: { ...process.env, KLARTEXT_DEV_PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { child, output: () => text };
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const pageState = (page: Page, mark: string) =>
  page.evaluate((name) => ({ drawn: (CSS.highlights.get('klartext')?.size ?? 0) > 0, edited: performance.getEntriesByName(name).length > 0 }), mark);

test('npm run dev opens the demo page with Klartext marking it, and an edit reloads it there', { timeout: 180_000 }, async () => {
  const port = await freePort();
  const dev = startDev(port);
  const original = readFileSync(EDITED, 'utf8');
  let browser: Browser | null = null;
  try {
    await until('the dev server to open the browser', async () => dev.output().includes('Dev mode: the demo page is'), 120_000).catch((error: unknown) => {
      throw new Error(`${String(error)}\n--- npm run dev said:\n${dev.output().slice(-3000)}`);
    });
    browser = await until('the browser to accept a connection', () => chromium.connectOverCDP(`http://127.0.0.1:${port}`), 20_000);
    const context = browser.contexts()[0];
    const page = await until('the demo page', async () => context?.pages().find((p) => p.url().includes('/demo/index.html')), 20_000);
    // The edit leaves a performance mark (the page's timeline, no DOM change) that only the rebuilt content script makes.
    const mark = `klartext-dev-edit-${Date.now()}`;
    const before = await until('marks on the demo page', async () => {
      const state = await pageState(page, mark);
      return state.drawn ? state : null;
    }, 30_000);
    expect(before.edited).toBe(false);

    writeFileSync(EDITED, `${original}\nperformance.mark('${mark}');\n`);
    const after = await until('the rebuilt content script to run in the demo page', async () => {
      const state = await pageState(page, mark);
      return state.edited && state.drawn ? state : null;
    }, 60_000);
    expect(after).toEqual({ drawn: true, edited: true });
  } finally {
    writeFileSync(EDITED, original);
    await browser?.close().catch(() => {});
    // The whole group: npm, jiti, WXT, web-ext, Chromium and Xvfb.
    if (dev.child.pid) {
      try {
        process.kill(-dev.child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  }
});
