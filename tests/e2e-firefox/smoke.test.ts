// Klartext in real Firefox: terms are marked (C1, C3) and dwelling on one
// opens the popover with the explanation the background event page sends
// (C2). Observed from the page's side only: Firefox runs content scripts
// behind Xray wrappers, so this checks what a page script really sees.
import type { Page } from 'puppeteer-core';
import { BUNDLED_GLOSSARY } from '../../src/core/glossary/bundled';
import { startServer, type StaticServer } from '../../scripts/lib/browser';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { popoverShadow } from './popover';

const openai = BUNDLED_GLOSSARY.find((e) => e.id === 'openai');
if (!openai) throw new Error('bundled glossary has no "openai" entry');
const entry = openai;

/** Records every DOM mutation from DOMContentLoaded on (C1: marking makes none). */
const RECORD_MUTATIONS = `
  window.__klartextTestMutations = [];
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        const own = r.target.nodeType === 1 && r.target.getAttribute('data-klartext') === 'popover';
        window.__klartextTestMutations.push(r.type + ':' + (own ? 'klartext-popover' : r.target.nodeName));
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  }, { once: true });
`;

// Only under vitest.firefox.config.ts, which sets the variable: the unit
// test config's include pattern also reaches this folder.
describe.runIf(process.env.KLARTEXT_FIREFOX_E2E === '1')('Klartext in firefox-esr', () => {
  let ff: FirefoxWithExtension;
  let server: StaticServer;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    ff = await launchFirefoxWithExtension();
    page = await ff.browser.newPage();
    await page.evaluateOnNewDocument(RECORD_MUTATIONS);
  });
  afterAll(async () => {
    // Firefox's own services (remote settings and the like), refused by the blackhole proxy.
    const seen = ff ? [...new Set(ff.blackhole.seen)] : [];
    if (seen.length > 0) console.info(`Firefox tried to reach (refused): ${seen.join(', ')}`);
    await ff?.close();
    await server?.close();
  });

  test('marks terms without touching the DOM and records the scan measure', async () => {
    expect(ff.extensionId).toBe('{e112b8ab-3283-40c6-98d3-8175173e010d}');
    await page.goto(`${server.origin}/fixtures/hover.html`);
    await page.waitForFunction(() => performance.getEntriesByName('klartext:scan').length > 0, { timeout: 20_000 });

    const texts = await page.evaluate(() =>
      [...(CSS.highlights.get('klartext') ?? [])].map((r) => (r as Range).toString()),
    );
    expect(texts).toEqual(
      expect.arrayContaining(['OpenAI', 'Anthropic', 'Mixture of Experts', 'DeepSeek', 'Sputnik-Moment']),
    );
    const detail = await page.evaluate(
      () => (performance.getEntriesByName('klartext:scan')[0] as PerformanceMeasure).detail as { matches: number },
    );
    // The page read the content script's detail (structured-cloned across Firefox's compartments).
    expect(detail.matches).toBeGreaterThan(0);
    expect(detail.matches).toBeLessThanOrEqual(texts.length);
    // The highlight style reached the page (the default one comes with the content script as manifest CSS).
    const styled = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('klartext') ?? [])][0];
      const el = range?.startContainer.parentElement;
      const cs = el ? getComputedStyle(el, '::highlight(klartext)') : null;
      return cs ? `${cs.textDecorationLine} ${cs.textDecorationStyle}` : null;
    });
    expect(styled).toBe('underline dotted');
    expect(await page.evaluate(() => (window as unknown as { __klartextTestMutations: string[] }).__klartextTestMutations)).toEqual([]);
  });

  test('dwelling on a term opens its popover with the explanation from the background; Escape closes it', async () => {
    const at = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('klartext') ?? [])].find((r) => r.toString() === 'OpenAI') as Range | undefined;
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    if (!at) throw new Error('no mark "OpenAI" with a client rect');
    await page.mouse.move(5, 700);
    await page.mouse.move(at.x, at.y, { steps: 3 });

    await page.waitForFunction(
      () => !!document.querySelector('[data-klartext="popover"]')?.matches(':popover-open'),
      { timeout: 5000 },
    );
    const popover = await page.evaluate(() => {
      const hosts = document.documentElement.querySelectorAll(':scope > [data-klartext="popover"]');
      const host = hosts[0] as HTMLElement | undefined;
      const r = host?.getBoundingClientRect();
      return {
        hosts: hosts.length,
        // What the page itself can read of it: nothing.
        pageReads: { shadowRoot: host?.shadowRoot ?? null, text: host?.innerText ?? null },
        box: r ? { top: r.top, width: r.width, height: r.height } : null,
      };
    });
    expect(popover.hosts).toBe(1);
    expect(popover.pageReads).toEqual({ shadowRoot: null, text: '' });
    const shadow = await popoverShadow(ff.browser, page);
    expect(shadow?.mode).toBe('closed');
    expect(shadow?.text).toContain(entry.title.de);
    // Klartext's only mutations: appending its popover host to <html>, then
    // positioning it (this also proves the recorder works).
    const mutations = await page.evaluate(
      () => (window as unknown as { __klartextTestMutations: string[] }).__klartextTestMutations,
    );
    expect(mutations).toContain('childList:HTML');
    expect(mutations.filter((m) => m !== 'childList:HTML' && !m.endsWith(':klartext-popover'))).toEqual([]);
    // The German short explanation (the page is lang="de") exists only in the background's glossary.
    expect(shadow?.text).toContain(entry.short.de);
    // Visible although the fixture hides the host with !important rules; below the term.
    expect(popover.box?.width).toBeGreaterThan(100);
    expect(popover.box?.height).toBeGreaterThan(40);
    expect(popover.box?.top).toBeGreaterThan(at.y);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-klartext="popover"]')?.matches(':popover-open'), {
      timeout: 2000,
    });
  });
});
