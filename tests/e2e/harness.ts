// The e2e tests and the scripts (npm start, npm run bench) share one way of
// serving pages and launching Chromium with the built extension; the helpers
// below observe Klartext only through its contract (C1–C3).
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, startServer, tabIdOf, waitForScan, type ExtensionBrowser, type StaticServer } from '../../scripts/lib/browser';

export * from '../../scripts/lib/browser';
export * from '../../scripts/lib/popover-probe';

export interface MarkInfo {
  text: string;
  /** id of the nearest element with an id around the mark (in its own tree). */
  where: string;
}

/**
 * Every marked range in the frame's document (C1), with where it sits: drawn
 * ones (`klartext`) and quiet ones (`klartext-quiet`: explained but not
 * drawn, familiar and known terms); with `drawn: true` only those a reader sees.
 */
export async function marks(target: Page | Frame, options: { drawn?: boolean } = {}): Promise<MarkInfo[]> {
  return target.evaluate((drawnOnly) => {
    const out: { text: string; where: string }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (name !== 'klartext' && (drawnOnly || name !== 'klartext-quiet')) continue;
      for (const range of highlight as Highlight) {
        const node = range.startContainer;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        out.push({ text: range.toString(), where: el?.closest('[id]')?.id ?? '' });
      }
    }
    return out;
  }, options.drawn === true);
}

/** The centre of the first line of the n-th marked range whose text is `text`. */
export async function markPoint(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ text, nth }) => {
      const all = [...(CSS.highlights.get('klartext') ?? []), ...(CSS.highlights.get('klartext-quiet') ?? [])];
      const found = all.filter((r) => r.toString() === text);
      const range = found[nth] as Range | undefined;
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    { text, nth },
  );
  if (!point) throw new Error(`no mark "${text}" #${nth} on the page`);
  return point;
}

/** Records every DOM mutation from DOMContentLoaded on, to prove Klartext makes none (C1). */
export const RECORD_MUTATIONS = `
  window.__klartextTestMutations = [];
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        const added = [...r.addedNodes].map((n) => n.nodeName).join(',');
        window.__klartextTestMutations.push(r.type + ':' + (r.target.nodeName || '') + ':' + (r.attributeName || '') + ':' + added);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  }, { once: true });
`;

export async function recordedMutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __klartextTestMutations: string[] }).__klartextTestMutations);
}

/** Writes extension storage from the service worker, as the popup and options page do. */
export async function setStorage(ext: ExtensionBrowser, items: Record<string, unknown>): Promise<void> {
  await ext.worker.evaluate(async (values) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set(values);
  }, items);
}

/** One of the reader's own entries as the options page stores it: German by default, the rest filled in. */
export function ownEntry(fields: { id: string; de: string; short: string } & Record<string, unknown>): Record<string, unknown> {
  const { id, de, short, ...rest } = fields;
  return {
    id,
    title: { de, en: '' },
    forms: { de: [de], en: [] },
    short: { de: short, en: '' },
    long: { de: '', en: '' },
    category: 'concept',
    related: [],
    source: { label: 'Eigene Notiz' },
    ...rest,
  };
}

/** Stores the reader's own glossary (and its last good copy), as the options page does. */
export async function setOwnGlossary(ext: ExtensionBrowser, entries: readonly object[], hiddenBundled: string[] = []): Promise<void> {
  const glossary = { version: 1, entries, packs: [], hiddenBundled };
  await setStorage(ext, { glossary, 'glossary:lastGood': glossary });
}

/** The toolbar popup for a tab, at the size the browser shows it (380 × 560), once its search field is there; `query` fills the search in. */
export async function openPopup(ext: ExtensionBrowser, tabId: number, query = ''): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  const q = query ? `&q=${encodeURIComponent(query)}` : '';
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}${q}`);
  await popup.getByRole('combobox').waitFor();
  return popup;
}

/** The popup as a reader opens it over an article: the hover fixture, scanned, in a tab of its own. */
export async function openPopupOnArticle(env: { ext: ExtensionBrowser; server: StaticServer }, query = ''): Promise<Page> {
  const article = await env.ext.context.newPage();
  await article.goto(`${env.server.origin}/fixtures/hover.html`);
  await waitForScan(article);
  return openPopup(env.ext, await tabIdOf(env.ext, article), query);
}

/** Sends a message to a tab's content script (top frame) from the service worker, as the background does. */
export async function sendToTab<T = unknown>(ext: ExtensionBrowser, tabId: number, message: object): Promise<T> {
  return ext.worker.evaluate(
    async ({ id, m }) => {
      const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object, o: object): Promise<unknown> } } }).chrome;
      return api.tabs.sendMessage(id, m, { frameId: 0 });
    },
    { id: tabId, m: message },
  ) as Promise<T>;
}

/** A server and a browser with the extension for one test file (started before, closed after all its tests). */
export function useExtensionBrowser(options: Parameters<typeof launchWithExtension>[0] = {}): { ext: ExtensionBrowser; server: StaticServer } {
  const handle = {} as { ext: ExtensionBrowser; server: StaticServer };
  beforeAll(async () => {
    handle.server = await startServer();
    handle.ext = await launchWithExtension(options);
  });
  afterAll(async () => {
    await handle.ext?.close();
    await handle.server?.close();
  });
  return handle;
}

/** The computed `::highlight(klartext)` style of an element (what the reader sees on its marks). */
export async function highlightStyle(target: Page | Frame, selector: string): Promise<{ line: string; style: string; color: string; background: string }> {
  return target.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`no element ${sel}`);
    const cs = getComputedStyle(el, '::highlight(klartext)');
    return { line: cs.textDecorationLine, style: cs.textDecorationStyle, color: cs.textDecorationColor, background: cs.backgroundColor };
  }, selector);
}
