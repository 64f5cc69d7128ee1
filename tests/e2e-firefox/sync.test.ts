// Sync across the reader's browsers (issue 15, part 1) in real Firefox: the
// options page's switch turns sync on (a real click), and a write to
// `browser.storage.sync` that this browser did not make — made in the
// extension's background page, as Firefox Sync delivers another device's
// change — takes effect at once in an open tab on a 127.0.0.1 page and on the
// options page; an invalid item is reported and the last good state kept.
//
// Two ways into Firefox, each for what it can do: WebDriver BiDi (puppeteer)
// drives the web page and the options page, which the extension itself opens
// in a tab (BiDi will not navigate to moz-extension:// URLs); the background
// page is reached over Firefox's remote debugging protocol (addon-debugger.ts),
// as about:debugging reaches it.
//
// Firefox's storage.sync needs no Firefox account (the profile here has
// accounts switched off): without one it keeps the items in the profile and
// reports changes to every extension context like any storage area.
import type { Browser, Page } from 'puppeteer-core';
import { startServer, type StaticServer } from '../../scripts/lib/browser';
import { AddonDebugger, type ExtensionDocument } from './addon-debugger';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { remoteEntry } from '../remote-entry';

/** What the test reaches of the extension's API inside an extension document (sent as source, see AddonDebugger.evaluate). */
interface ExtensionApi {
  browser: {
    runtime: { openOptionsPage(): Promise<void> };
    storage: {
      sync: { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
      local: { get(key: string): Promise<Record<string, unknown>> };
    };
  };
}

/** Texts of the page's marks, drawn and quiet (C1: every klartext* highlight). */
const markTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('klartext')) for (const range of highlight as Highlight) out.push(range.toString());
    }
    return out;
  });

/** The tab in which an extension page is open, once it is (BiDi lists it, with a stale URL, when the extension opened it). */
async function extensionTab(browser: Browser, page: string, timeoutMs = 10_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const tab of await browser.pages()) {
      const href = await tab.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && new URL(href).pathname === `/${page}`) return tab;
    }
    if (Date.now() > deadline) throw new Error(`no tab with the extension's ${page}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// Only under vitest.firefox.config.ts (see smoke.test.ts).
describe.runIf(process.env.KLARTEXT_FIREFOX_E2E === '1')('sync in firefox-esr', () => {
  let ff: FirefoxWithExtension;
  let server: StaticServer;
  let addon: AddonDebugger;
  let background: ExtensionDocument;
  let options: Page;
  let article: Page;
  /** The settings this browser copied to sync (valid). */
  let goodSettings: Record<string, unknown>;

  const inBackground = <A, R>(fn: (arg: A) => R | Promise<R>, arg?: A) => addon.evaluate(background, fn, arg);
  const syncStorage = () => inBackground(() => (globalThis as unknown as ExtensionApi).browser.storage.sync.get(null));
  const writeSync = (items: object) => inBackground((i) => (globalThis as unknown as ExtensionApi).browser.storage.sync.set(i), items);
  const localStorage = (key: string) => inBackground((k) => (globalThis as unknown as ExtensionApi).browser.storage.local.get(k).then((r) => r[k]), key);

  beforeAll(async () => {
    server = await startServer();
    ff = await launchFirefoxWithExtension({ debuggerServer: true });
    if (!ff.debuggerSocket) throw new Error('Firefox was launched without its debugger server');
    addon = await AddonDebugger.attach({ address: ff.debuggerSocket, addonId: ff.extensionId });
    background = await addon.document('_generated_background_page.html');
  });
  afterAll(async () => {
    addon?.close();
    const seen = ff ? [...new Set(ff.blackhole.seen)] : [];
    if (seen.length > 0) console.info(`Firefox tried to reach (refused): ${seen.join(', ')}`);
    await ff?.close();
    await server?.close();
  });

  test("the options page's switch turns sync on, and this browser's data reaches browser.storage.sync", async () => {
    // Off until the reader says yes.
    expect(await syncStorage()).toEqual({});
    // Opened as the popup's "Settings" button opens it.
    await inBackground(() => (globalThis as unknown as ExtensionApi).browser.runtime.openOptionsPage());
    options = await extensionTab(ff.browser, 'options.html');
    // The question is asked once: "Yes, sync them" is its primary button. A trusted click, over BiDi.
    await options.locator('#sync .question button.primary').click();
    await options.waitForSelector('#sync input[type="checkbox"]:checked', { timeout: 10_000 });
    await expect.poll(async () => Object.keys(await syncStorage()).sort(), { timeout: 10_000 }).toEqual(['k:hidden', 'k:settings']);
    expect(await localStorage('sync:state')).toMatchObject({ enabled: true, asked: true, problems: [], error: null });
  });

  test("another browser's own entry is marked at once in an open tab, and the options page lists it", async () => {
    article = await ff.browser.newPage();
    await article.goto(`${server.origin}/fixtures/add-term.html`);
    await article.waitForFunction(() => performance.getEntriesByName('klartext:scan').length > 0, { timeout: 20_000 });
    expect(await markTexts(article)).not.toContain('sliding window attention');
    expect(await options.$('[data-entry="sliding-window"]')).toBeNull();

    await writeSync({ 'k:e:sliding-window': { at: Date.now() + 1000, data: remoteEntry('sliding-window', 'sliding window attention', 'Attention over a fixed window of recent tokens.') } });

    // Both occurrences in the open tab, without a reload.
    await expect.poll(async () => (await markTexts(article)).filter((t) => t === 'sliding window attention').length, { timeout: 5000 }).toBe(2);
    await options.waitForSelector('[data-entry="sliding-window"]', { timeout: 5000 });
  });

  test('invalid items from sync are reported on the options page and not applied: the last good state stays', async () => {
    const before = { marks: (await markTexts(article)).sort(), settings: await localStorage('settings'), glossary: await localStorage('glossary') };
    const { 'k:settings': current } = (await syncStorage()) as { 'k:settings': { data: Record<string, unknown> } };
    goodSettings = current.data;
    // Applied, the settings would leave Klartext on nowhere (only listed sites, none listed); one field is invalid.
    const invalidSettings = { ...current.data, siteMode: 'only-listed', hoverDelayMs: 'soon' };
    await writeSync({
      'k:e:broken': { at: Date.now() + 2000, data: { id: 'broken', title: 'no' } },
      'k:settings': { at: Date.now() + 2000, data: invalidSettings },
    });

    await options.waitForFunction(() => (document.querySelector('#sync .problems')?.textContent ?? '').includes('sync › k:e:broken'), { timeout: 5000 });
    const reported = await options.$eval('#sync .problems', (el) => el.textContent ?? '');
    expect(reported).toContain('sync › k:settings › hoverDelayMs');
    const state = (await localStorage('sync:state')) as { problems: { at: string }[] };
    expect(state.problems.map((p) => p.at).sort()).toEqual([expect.stringMatching(/^sync › k:e:broken › /), 'sync › k:settings › hoverDelayMs']);
    expect(await options.$('[data-entry="broken"]')).toBeNull();
    // Nothing changed here: the stored settings and glossary, and the open tab's marks.
    expect({ marks: (await markTexts(article)).sort(), settings: await localStorage('settings'), glossary: await localStorage('glossary') }).toEqual(before);
  });

  test('a site switched off in another browser: its marks leave the open tab at once', async () => {
    expect((await markTexts(article)).length).toBeGreaterThan(0);
    // The other browser's settings: the last good ones (sync storage still holds the invalid ones), plus a rule for this site.
    const offHere = { ...goodSettings, siteRules: [...(goodSettings.siteRules as unknown[]), { host: '127.0.0.1', includeSubdomains: false }] };
    await writeSync({ 'k:settings': { at: Date.now() + 3000, data: offHere } });

    await expect.poll(() => markTexts(article), { timeout: 5000 }).toEqual([]);
    await options.waitForFunction(() => (document.querySelector('#sites')?.textContent ?? '').includes('127.0.0.1'), { timeout: 5000 });
    expect(((await localStorage('settings')) as { siteRules: unknown[] }).siteRules).toContainEqual({ host: '127.0.0.1', includeSubdomains: false });
  });
});
