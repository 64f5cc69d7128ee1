import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const extensionDir = path.join(repoRoot, '.output/chrome-mv3');
export const fixturesDir = path.join(repoRoot, 'tests/e2e/fixtures');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus/pages');
export const demoDir = path.join(repoRoot, 'demo');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export interface StaticServer {
  origin: string;
  /** Extra response headers per path prefix (e.g. a CSP for one fixture). */
  headers: Map<string, Record<string, string>>;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** URL prefix → folder; default: /fixtures, /corpus and /demo. */
  roots?: Record<string, string>;
  /** Headers for every response. */
  headers?: Record<string, string>;
}

/** Serves static folders from 127.0.0.1 on a free port (default /fixtures/*, /corpus/*, /demo/*). */
export async function startServer(options: ServerOptions = {}): Promise<StaticServer> {
  const headers = new Map<string, Record<string, string>>();
  const roots = options.roots ?? { fixtures: fixturesDir, corpus: corpusDir, demo: demoDir };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, root, ...rest] = decodeURIComponent(url.pathname).split('/');
    const base = root ? roots[root] : undefined;
    const file = base ? path.join(base, ...rest) : '';
    if (!base || !file.startsWith(base) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const extra = [...headers].find(([prefix]) => url.pathname.startsWith(prefix))?.[1] ?? {};
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      ...options.headers,
      ...extra,
    });
    res.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    headers,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Pages on 127.0.0.1 and the extension's own pages load; anything else (saved
 * pages' external assets) fails at once instead of hanging.
 */
export async function allowLocalOnly(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.hostname === '127.0.0.1' || url.protocol === 'chrome-extension:';
    return local ? route.continue() : route.abort();
  });
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium's flags for tests, scripts and benchmarks; `extDir` null for a browser without Klartext. */
export function chromiumArgs(extDir: string | null, headless = true): string[] {
  return [
    ...(headless ? ['--headless=new'] : []),
    ...(extDir ? [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

/** The welcome page's address (Klartext opens it once, on install). */
export function welcomeUrl(extensionId: string): string {
  return `chrome-extension://${extensionId}/welcome.html`;
}

/** Waits (up to `timeout` ms) for the welcome tab the install opens; null if none came. */
export async function waitForWelcome(context: BrowserContext, extensionId: string, timeout = 10_000): Promise<Page | null> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const page = context.pages().find((p) => p.url().startsWith(welcomeUrl(extensionId)));
    if (page || Date.now() > deadline) return page ?? null;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Chromium with the built extension loaded; every request not to 127.0.0.1 is aborted.
 *
 * A fresh profile is an install, so Klartext opens its welcome page in a new,
 * active tab — at a moment of its choosing, which would steal "the active
 * tab" from tests and scripts that open their own pages (`tabIdOf`,
 * `context.pages()[0]`). Unless `keepWelcome` is set, the launch waits for
 * that tab and closes it.
 */
export async function launchWithExtension(
  options: { extDir?: string; headless?: boolean; userDataDir?: string; hasTouch?: boolean; uiLang?: 'de'; keepWelcome?: boolean } = {},
): Promise<ExtensionBrowser> {
  const extDir = options.extDir ?? extensionDir;
  const headless = options.headless ?? true;
  if (!existsSync(path.join(extDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extDir}: run "npm run build" first.`);
  }
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'klartext-e2e-')));
  // A profile Chromium has used before already has the extension installed: no welcome tab then.
  const freshProfile = !existsSync(path.join(userDataDir, 'Default'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    // A German browser interface needs Debian's chromium-l10n (the de.pak locale) besides the flag and the variable.
    args: [...chromiumArgs(extDir, headless), ...(options.uiLang ? [`--lang=${options.uiLang}`] : [])],
    ...(options.uiLang ? { env: { ...process.env, LANGUAGE: options.uiLang }, locale: options.uiLang } : {}),
    viewport: { width: 1200, height: 800 },
    hasTouch: options.hasTouch ?? false,
  });
  await allowLocalOnly(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (freshProfile && !options.keepWelcome) await (await waitForWelcome(context, extensionId))?.close();
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until Klartext's first scan in the page's main frame has recorded its measure (C3). */
export async function waitForScan(page: Page | Frame, minScans = 1, timeout = 20_000): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName('klartext:scan').length >= n, minScans, { timeout });
}

/** The text of every range in every `klartext*` highlight of the page's main document (C1). */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('klartext')) continue;
      for (const range of highlight) out.push(range.toString());
    }
    return out;
  });
}

/**
 * The tab id of an open page, asked from the extension's service worker.
 * Klartext has no "tabs" permission, so tab URLs are hidden from it: the page
 * is brought to the front and the active tab is taken.
 */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await ext.worker.evaluate(async () => {
    // Runs in the service worker, where `chrome` is the extension API.
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

/** A point inside the demo page's "Mixture-of-Experts" (its fourth letter), where hovering opens its popover. */
export async function demoTermPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('Mixture-of-Experts'));
    const text = p?.firstChild;
    const at = text?.textContent?.indexOf('Mixture-of-Experts') ?? -1;
    if (!text || at < 0) return null;
    const range = document.createRange();
    range.setStart(text, at + 3);
    range.setEnd(text, at + 4);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  if (!point) throw new Error('demo term "Mixture-of-Experts" not found');
  return point;
}
