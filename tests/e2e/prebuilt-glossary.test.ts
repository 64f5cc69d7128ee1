import { bigGlossaryEntry } from '../../scripts/bench/big-glossary';
import { marks, setOwnGlossary, setStorage, useExtensionBrowser, waitForScan } from './harness';
import type { Page } from 'playwright-core';

const env = useExtensionBrowser();

/** 2,000 entries: as many as fit twice in storage.local's 10 MB beside their prebuilt form with room to spare. */
const COUNT = 2000;
const entries = Array.from({ length: COUNT }, (_, i) => ({
  ...bigGlossaryEntry(i),
  matchCase: [],
  long: { de: '', en: '' },
  related: [],
  source: { label: 'Test' },
}));
const form = (i: number) => bigGlossaryEntry(i).forms.de[0] ?? '';

interface GlossaryMeasure {
  prebuilt: boolean;
  forms: number;
}

const startMeasure = (page: Page) =>
  page.evaluate(() => (performance.getEntriesByName('klartext:glossary').at(-1) as PerformanceMeasure | undefined)?.detail as GlossaryMeasure | undefined);

/** Entries in the stored prebuilt glossary (0 when missing or damaged), as the background's storage reports it. */
const prebuiltCount = () =>
  env.ext.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { count?: unknown; entries?: unknown }>> } } } }).chrome;
    const value = (await api.storage.local.get('glossary:prebuilt'))['glossary:prebuilt'];
    return typeof value?.count === 'number' && value.entries !== '[' ? value.count : 0;
  });

async function appendParagraph(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    document.body.append(p);
  }, text);
}

test('a large own glossary reaches frames prebuilt: marked at once, and a damaged copy is rebuilt without breaking the page', async () => {
  await setOwnGlossary(env.ext, entries);
  // Written by other means than the options page: the background builds the prebuilt form.
  await expect.poll(prebuiltCount, { timeout: 15_000 }).toBeGreaterThan(COUNT);
  const page = await env.ext.context.newPage();
  await page.goto(`${env.server.origin}/fixtures/basic.html`);
  await waitForScan(page);
  await expect.poll(() => startMeasure(page)).toEqual({ prebuilt: true, forms: expect.any(Number) as number });
  expect((await startMeasure(page))?.forms).toBeGreaterThanOrEqual(2 * COUNT);

  await appendParagraph(page, `Der Befund lautete ${form(7)}, später auch ${form(COUNT - 1)}.`);
  await expect.poll(async () => (await marks(page)).map((m) => m.text)).toEqual(expect.arrayContaining([form(7), form(COUNT - 1)]));

  // Damage the prebuilt copy: the open page keeps what it marks; the background rebuilds; a new page uses the rebuilt one.
  await setStorage(env.ext, { 'glossary:prebuilt': { format: 1, bundled: 'x', source: 'y', count: 1, entries: '[' } });
  await page.waitForTimeout(300);
  expect((await marks(page)).map((m) => m.text)).toContain(form(7));
  await expect.poll(prebuiltCount, { timeout: 15_000 }).toBeGreaterThan(COUNT);
  const fresh = await env.ext.context.newPage();
  await fresh.goto(`${env.server.origin}/fixtures/basic.html`);
  await waitForScan(fresh);
  await expect.poll(() => startMeasure(fresh)).toMatchObject({ prebuilt: true });
  await appendParagraph(fresh, `Neu: ${form(1234)}.`);
  await expect.poll(async () => (await marks(fresh)).map((m) => m.text)).toContain(form(1234));
  await fresh.close();
  await page.close();
});
