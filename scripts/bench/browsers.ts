import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ScanSummary } from '../../src/content/scanner';
import { CHROMIUM, allowLocalOnly, chromiumArgs, launchWithExtension, type ExtensionBrowser } from '../lib/browser';

export interface Browsers {
  /** Chromium with the built extension (what a reader runs). */
  ext: ExtensionBrowser;
  /** The same Chromium, the same flags, no extension: the floor, mark.js, the page-side bundle. */
  plain: { context: BrowserContext; close(): Promise<void> };
}

const VIEWPORT = { width: 1200, height: 800 };

/** A persistent context launched exactly like `launchWithExtension`, minus the extension. */
async function launchPlain(): Promise<Browsers['plain']> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'klartext-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    args: chromiumArgs(null),
    viewport: VIEWPORT,
  });
  await allowLocalOnly(context);
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowsers(extDir: string): Promise<Browsers> {
  let ext: ExtensionBrowser;
  try {
    ext = await launchWithExtension({ extDir });
  } catch (error) {
    // The extension's service worker occasionally does not come up on a loaded machine: once more.
    console.warn(`launching Chromium with the extension failed (${String(error).split('\n')[0]}); retrying`);
    ext = await launchWithExtension({ extDir });
  }
  const plain = await launchPlain();
  return { ext, plain };
}

export async function closeBrowsers(b: Browsers): Promise<void> {
  await b.ext.close();
  await b.plain.close();
}

/** Opens `url` in a fresh tab and waits for its load event (every subresource is local or aborted). */
export async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  return page;
}

/** A `klartext:scan` measure: its timing plus the content script's own summary in `detail`. */
export interface ScanMeasure extends ScanSummary {
  startTime: number;
  duration: number;
}

/** Every `klartext:scan` measure of the page's main document (contract C3). */
export async function scanMeasures(page: Page): Promise<ScanMeasure[]> {
  return page.evaluate(() =>
    performance.getEntriesByName('klartext:scan').map((entry) => {
      const detail = ((entry as PerformanceMeasure).detail ?? {}) as Record<string, unknown>;
      const num = (key: string) => (typeof detail[key] === 'number' ? (detail[key] as number) : 0);
      return {
        startTime: entry.startTime,
        duration: entry.duration,
        matches: num('matches'),
        textNodes: num('textNodes'),
        characters: num('characters'),
        chunks: num('chunks'),
        busyMs: num('busyMs') || entry.duration,
        senseMs: num('senseMs'),
        senseBuildMs: num('senseBuildMs'),
        wallMs: num('wallMs'),
        incremental: detail.incremental === true,
      };
    }),
  );
}

/**
 * Waits for Klartext's first scan, then until no further scan has been
 * recorded for `quietMs` (the page's own scripts may change the DOM after
 * load, and each change is rescanned).
 */
export async function waitForScansToSettle(page: Page, options: { quietMs?: number; timeoutMs?: number } = {}): Promise<void> {
  const quietMs = options.quietMs ?? 500;
  const timeoutMs = options.timeoutMs ?? 180_000;
  await page.waitForFunction(() => performance.getEntriesByName('klartext:scan').length > 0, undefined, {
    timeout: timeoutMs,
    polling: 50,
  });
  const deadline = Date.now() + timeoutMs;
  let count = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const now = await page.evaluate(() => performance.getEntriesByName('klartext:scan').length);
    if (now !== count) {
      count = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return;
    }
    await page.waitForTimeout(100);
  }
}
