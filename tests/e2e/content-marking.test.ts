import type { Page } from 'playwright-core';
import {
  marks,
  RECORD_MUTATIONS,
  recordedMutations,
  useExtensionBrowser,
  waitForScan,
} from './harness';

const env = useExtensionBrowser();
let page: Page;

beforeAll(async () => {
  await env.ext.context.addInitScript(RECORD_MUTATIONS);
});
beforeEach(async () => {
  page = await env.ext.context.newPage();
});
afterEach(async () => {
  await page.close();
});

const textsIn = (all: { text: string; where: string }[], where: string) =>
  all.filter((m) => m.where === where).map((m) => m.text);

describe('matching rules on a page', () => {
  test('marks terms across inline elements, variants and compounds, never inside fields, editors or code', async () => {
    await page.goto(`${env.server.origin}/fixtures/basic.html`);
    await waitForScan(page);
    const all = await marks(page);
    expect(textsIn(all, 'title')).toContain('DeepSeek R1');
    expect(textsIn(all, 'p1')).toEqual(expect.arrayContaining(['KI', 'DeepSeek-R1', 'Mixture-of-Experts']));
    // "KI" is not in "Kiel" or "KIT"; "Meta" is not in "Metadaten".
    expect(textsIn(all, 'p2')).toEqual([]);
    // A term split over <b>DeepSeek</b> R1 is one mark; "Open-Source-Werkzeug" contains "Open-Source".
    expect(textsIn(all, 'p3')).toEqual(['DeepSeek R1', 'Open-Source']);
    // "Billion" is explained only in German text: not in the English paragraph.
    expect(textsIn(all, 'p4')).toEqual(expect.arrayContaining(['OpenAI', 'distillation']));
    expect(textsIn(all, 'p4')).not.toContain('billion');
    expect(textsIn(all, 'p5')).toContain('Billion');
    expect(textsIn(all, 'link')).toEqual(['OpenAI']);
    for (const where of ['input', 'textarea', 'editor']) expect(textsIn(all, where)).toEqual([]);
    const texts = all.map((m) => m.text);
    // Only the one OpenAI in p4 and the one in the link: none from select, pre, samp, script, style, noscript.
    expect(texts.filter((t) => t === 'OpenAI')).toHaveLength(2);
    expect(texts).not.toContain('Anthropic');
    expect(texts.filter((t) => t === 'KI')).toHaveLength(1);
  });

  test('leaves the DOM untouched and records the scan measure (C1, C3)', async () => {
    await page.goto(`${env.server.origin}/fixtures/basic.html`);
    await waitForScan(page);
    expect(await recordedMutations(page)).toEqual([]);
    const detail = await page.evaluate(() => {
      const m = performance.getEntriesByName('klartext:scan')[0] as PerformanceMeasure;
      return m.detail as { matches: number };
    });
    expect(detail.matches).toBe((await marks(page)).length);
  });

  test('scans open shadow roots and same-origin frames, not closed shadow roots', async () => {
    await page.goto(`${env.server.origin}/fixtures/shadow-frame.html`);
    await waitForScan(page);
    await expect.poll(async () => (await marks(page)).map((m) => m.text).sort()).toEqual(['Mixture of Experts', 'OpenAI']);
    const child = page.frame({ url: /frame-child\.html$/ });
    if (!child) throw new Error('child frame missing');
    await waitForScan(child);
    await expect.poll(async () => (await marks(child)).map((m) => m.text).sort()).toEqual(['DeepSeek', 'Open Source']);
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc');
    if (!srcdoc) throw new Error('srcdoc frame missing');
    await expect.poll(async () => (await marks(srcdoc)).map((m) => m.text)).toEqual(['Sputnik-Moment']);
  });

  test('a page that opts out gets no highlights', async () => {
    await page.goto(`${env.server.origin}/fixtures/optout.html`);
    await page.waitForTimeout(1000);
    expect(await marks(page)).toEqual([]);
    expect(await page.evaluate(() => performance.getEntriesByName('klartext:scan').length)).toBe(0);
  });
});

describe('dynamic pages', () => {
  test('added, changed and removed text is rescanned incrementally', async () => {
    await page.goto(`${env.server.origin}/fixtures/dynamic.html`);
    await waitForScan(page);
    expect((await marks(page)).map((m) => m.text)).toEqual(['OpenAI']);

    await page.evaluate(() => (window as never as { addParagraph(id: string, t: string): void }).addParagraph('p2', 'Neu: DeepSeek R1 und Anthropic.'));
    await expect.poll(async () => textsIn(await marks(page), 'p2'), { timeout: 1000 }).toEqual(['DeepSeek R1', 'Anthropic']);
    const detail = await page.evaluate(() =>
      performance.getEntriesByName('klartext:scan').map((m) => (m as PerformanceMeasure).detail as { incremental: boolean; textNodes: number }),
    );
    expect(detail.length).toBeGreaterThanOrEqual(2);
    // The incremental scan read only the new paragraph, not the whole page again.
    expect(detail.at(-1)).toMatchObject({ incremental: true, textNodes: 1 });

    await page.evaluate(() => (window as never as { addInline(id: string, h: string): void }).addInline('first', ' Dazu <b>Mixture</b> of Experts.'));
    await expect.poll(async () => textsIn(await marks(page), 'first'), { timeout: 1000 }).toEqual(['OpenAI', 'Mixture of Experts']);

    await page.evaluate(() => (window as never as { setText(id: string, t: string): void }).setText('p2', 'Geändert: nur noch Anthropic.'));
    await expect.poll(async () => textsIn(await marks(page), 'p2'), { timeout: 1000 }).toEqual(['Anthropic']);

    await page.evaluate(() => (window as never as { removeNode(id: string): void }).removeNode('p2'));
    await expect.poll(async () => (await marks(page)).map((m) => m.text), { timeout: 1000 }).toEqual(['OpenAI', 'Mixture of Experts']);
  });
});
