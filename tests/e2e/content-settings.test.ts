import type { Page } from 'playwright-core';
import { defaultSettings } from '../../src/core/settings/defaults';
import type { Settings } from '../../src/core/settings/types';
import {
  highlightStyle,
  marks,
  setStorage,
  useExtensionBrowser,
  waitForScan,
} from './harness';

const env = useExtensionBrowser();


/** Writes settings the way the popup and options page do: into extension storage. */
async function store(settings: Settings): Promise<void> {
  await setStorage(env.ext, { settings, 'settings:lastGood': settings });
}

async function open(path: string): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.goto(`${env.server.origin}${path}`);
  await waitForScan(page);
  return page;
}

const adoptedKlartextSheets = (page: Page) =>
  page.evaluate(() => document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(klartext)'))).length);

test('switching the site off and on applies at once in every open tab, without a reload', async () => {
  const a = await open('/fixtures/basic.html');
  const b = await open('/fixtures/dynamic.html');
  const host = new URL(env.server.origin).host;
  expect((await marks(a)).length).toBeGreaterThan(5);

  await store({ ...defaultSettings(), siteRules: [{ host, includeSubdomains: false }] });
  for (const page of [a, b]) await expect.poll(() => marks(page)).toEqual([]);

  await store(defaultSettings());
  for (const page of [a, b]) await expect.poll(async () => (await marks(page)).length).toBeGreaterThan(0);
  // Marked once, not twice: the old session was stopped.
  expect((await marks(b)).map((m) => m.text)).toEqual(['OpenAI']);
  await a.close();
  await b.close();
});

test('the global pause clears highlights; a rule for another host does not', async () => {
  const page = await open('/fixtures/basic.html');
  const before = (await marks(page)).length;
  await store({ ...defaultSettings(), siteRules: [{ host: 'example.org', includeSubdomains: true }] });
  await page.waitForTimeout(500);
  expect((await marks(page)).length).toBe(before);
  await store({ ...defaultSettings(), paused: true });
  await expect.poll(() => marks(page)).toEqual([]);
  await store(defaultSettings());
  await expect.poll(async () => (await marks(page)).length).toBe(before);
  await page.close();
});

test('style, colour, first-only and hidden categories apply live', async () => {
  const page = await open('/fixtures/basic.html');
  // The default style comes with the content script (manifest CSS): no sheet adopted, no restyle of the page.
  expect(await highlightStyle(page, '#p1')).toMatchObject({ line: 'underline', style: 'dotted' });
  expect(await adoptedKlartextSheets(page)).toBe(0);

  await store({ ...defaultSettings(), style: 'background', colorLight: '#ff0000' });
  await expect.poll(async () => (await highlightStyle(page, '#p1')).background).toMatch(/255, 0, 0|srgb 1 0 0/);
  expect((await highlightStyle(page, '#p1')).line).toBe('none');
  expect(await adoptedKlartextSheets(page)).toBe(1);

  const all = (await marks(page)).map((m) => m.text);
  expect(all.filter((t) => t === 'OpenAI')).toHaveLength(2);
  await store({ ...defaultSettings(), firstOnly: true });
  await expect.poll(async () => (await marks(page)).filter((m) => m.text === 'OpenAI').length).toBe(1);

  await store({ ...defaultSettings(), hiddenCategories: ['company'] });
  await expect.poll(async () => (await marks(page)).map((m) => m.text)).not.toContain('OpenAI');
  expect((await marks(page)).map((m) => m.text)).toContain('Mixture-of-Experts');
  await store(defaultSettings());
  await page.close();
});

test('corrupt stored settings keep the last good state', async () => {
  await store({ ...defaultSettings(), siteRules: [{ host: new URL(env.server.origin).host, includeSubdomains: false }] });
  await setStorage(env.ext, { settings: { version: 1, paused: 'yes please' } });
  const page = await env.ext.context.newPage();
  await page.goto(`${env.server.origin}/fixtures/dynamic.html`);
  await page.waitForTimeout(1000);
  // The last good settings say this site is off: no scan, no highlights.
  expect(await marks(page)).toEqual([]);
  expect(await page.evaluate(() => performance.getEntriesByName('klartext:scan').length)).toBe(0);
  await store(defaultSettings());
  await expect.poll(async () => (await marks(page)).map((m) => m.text)).toEqual(['OpenAI']);
  await page.close();
});
