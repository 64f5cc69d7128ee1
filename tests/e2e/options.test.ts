/**
 * The options page driven as a user would, in real Chromium: its changes
 * reach open tabs at once, entries of your own are marked and found, files
 * import (or are refused) and an export restores on a fresh profile.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { highlightedTexts, highlightStyle, launchWithExtension, startServer, tabIdOf, waitForPopover, waitForScan, type ExtensionBrowser, type StaticServer } from './harness';

let ext: ExtensionBrowser;
let server: StaticServer;
let dir: string;
const opened: Page[] = [];

interface ChromeApi {
  storage: { local: { clear(): Promise<void>; get(key: string | null): Promise<Record<string, unknown>> } };
}

async function launch(): Promise<ExtensionBrowser> {
  const b = await launchWithExtension();
  // The harness aborts every request not to 127.0.0.1, the extension's own pages included.
  return b;
}

beforeAll(async () => {
  server = await startServer();
  ext = await launch();
  dir = await mkdtemp(path.join(tmpdir(), 'klartext-options-'));
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await ext.worker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.clear());
});
afterEach(async () => {
  for (const p of opened.splice(0)) await p.close();
});

async function openArticle(b = ext): Promise<Page> {
  const page = await b.context.newPage();
  opened.push(page);
  await page.goto(`${server.origin}/fixtures/options-article.html`);
  await waitForScan(page);
  return page;
}

async function openOptions(b = ext): Promise<Page> {
  const page = await b.context.newPage();
  opened.push(page);
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.getByRole('button', { name: 'New entry' }).waitFor();
  return page;
}

async function stored(key: string, b = ext): Promise<unknown> {
  return b.worker.evaluate(async (k) => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get(k))[k], key);
}

/** Waits until the page's marks include (or lack) `text`. */
/** Opens the entry editor and fills in one language's title, forms and short explanation (the "Save" is the caller's). */
async function startEntry(options: Page, lang: 'German' | 'English', fields: { title: string; forms: string; short: string }): Promise<void> {
  await options.getByRole('button', { name: 'New entry' }).click();
  const group = options.getByRole('group', { name: lang });
  await group.getByLabel('Title').fill(fields.title);
  await group.getByLabel('Forms on pages (one per line)').fill(fields.forms);
  await group.getByLabel('Short explanation').fill(fields.short);
}

async function waitForMark(page: Page, text: string, present = true): Promise<void> {
  await page.waitForFunction(
    ({ t, want }) => {
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('klartext')) continue;
        for (const r of h) if (r.toString() === t) return want;
      }
      return !want;
    },
    { t: text, want: present },
    { timeout: 10_000 },
  );
}

async function highlightCount(page: Page): Promise<number> {
  return (await highlightedTexts(page)).length;
}

test('adding a site rule removes the highlights of an open tab; removing it brings them back', async () => {
  const article = await openArticle();
  expect(await highlightCount(article)).toBeGreaterThan(2);
  const options = await openOptions();
  await options.getByLabel('Add a site').fill(`http://127.0.0.1/any/path`);
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await options.getByText('Added 127.0.0.1.').waitFor();
  await article.waitForFunction(() => [...CSS.highlights].every(([n, h]) => !n.startsWith('klartext') || h.size === 0));
  expect(await highlightCount(article)).toBe(0);
  expect(await stored('settings')).toMatchObject({ siteRules: [{ host: '127.0.0.1', includeSubdomains: false }] });

  await options.getByLabel('Add a site').fill('not a host');
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await options.getByText('A site address cannot contain spaces.').waitFor();

  await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  await waitForMark(article, 'DeepSeek R1');
});

test('changing the highlight style changes the open tab’s highlights', async () => {
  const article = await openArticle();
  const marked = await article.evaluate(() => {
    const range = [...(CSS.highlights.get('klartext') ?? [])][0];
    const el = range?.startContainer.parentElement;
    if (el) el.setAttribute('data-test-marked', '');
    return !!el;
  });
  expect(marked).toBe(true);
  expect(await highlightStyle(article, '[data-test-marked]')).toMatchObject({ style: 'dotted', background: 'rgba(0, 0, 0, 0)' });
  const options = await openOptions();
  await options.getByLabel('Background', { exact: true }).check();
  await expect.poll(async () => (await highlightStyle(article, '[data-test-marked]')).background).not.toBe('rgba(0, 0, 0, 0)');
  expect((await highlightStyle(article, '[data-test-marked]')).line).toBe('none');
});

async function addOwnEntry(options: Page): Promise<void> {
  await startEntry(options, 'German', {
    title: 'Flux-Kompensator',
    forms: 'Flux-Kompensator\nFluxkompensator',
    short: 'Macht Zeitreisen möglich, wenn der Wagen 88 Meilen pro Stunde erreicht.',
  });
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByText('Saved “Flux-Kompensator”.').waitFor();
}

test('an entry of your own is marked on an open page at once', async () => {
  const article = await openArticle();
  expect(await highlightedTexts(article)).not.toContain('Flux-Kompensator');
  const options = await openOptions();
  await addOwnEntry(options);
  expect(await stored('glossary')).toMatchObject({ entries: [{ id: 'flux-kompensator', forms: { de: ['Flux-Kompensator', 'Fluxkompensator'], en: [] } }] });
  await waitForMark(article, 'Flux-Kompensator');
  await waitForMark(article, 'Fluxkompensator');
});

// Skipped until src/ui/popup/glossary-source.ts searches the effective glossary
// (`(await loadEffectiveGlossary()).entries` from src/storage/glossary-store);
// with that one-line change this test passes.
test('an entry of your own is found in the popup search, typo and all', async () => {
  const article = await openArticle();
  await addOwnEntry(await openOptions());
  const tabId = await tabIdOf(ext, article);
  const popup = await ext.context.newPage();
  opened.push(popup);
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}&q=${encodeURIComponent('Fluxkompensatr')}`);
  await popup.getByRole('option').filter({ hasText: 'Flux-Kompensator' }).first().waitFor({ timeout: 10_000 });
});

test('a good CSV file imports as a pack whose terms are marked; bad files change nothing', async () => {
  const article = await openArticle();
  const options = await openOptions();
  const input = options.getByLabel('Choose a glossary file (JSON or CSV)');
  await input.setInputFiles({ name: 'Medizin.csv', mimeType: 'text/csv', buffer: Buffer.from('Begriff;Erklärung\nAnamnese;Die Vorgeschichte eines Patienten.\nBefund;Was die Untersuchung ergab.\n') });
  await options.getByText('Imported pack “Medizin”, entries: 2.').waitFor();
  const before = await stored('glossary');
  expect(before).toMatchObject({ packs: [{ id: 'pack-medizin', name: 'Medizin', enabled: true }] });

  const bad: [string, string, string][] = [
    ['broken.json', '{"format": "klartext-glossary", "version": 1, "entries": [}', 'file › JSON: is not valid JSON: line 1, column 59: expected a value, found "}"'],
    ['future.json', '{"format": "klartext-glossary", "version": 2, "entries": []}', 'file › version: the file is version 2, written by a newer Klartext; this Klartext reads version 1'],
    ['xss.json', JSON.stringify({ format: 'klartext-glossary', version: 1, entries: [{ id: 'x', title: { de: 'X-Wert' }, forms: { de: ['X-Wert'] }, short: { de: '<img src=x onerror=alert(1)>' }, category: 'concept' }] }), 'entry "x" › short.de: must not contain HTML or other markup'],
    ['stop.csv', 'die,Ein Artikel.\n', 'line 1 › term: "die" is a common stop word'],
  ];
  for (const [name, text, message] of bad) {
    await input.setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
    await options.getByText(`Nothing imported from ${name}`, { exact: false }).waitFor();
    await options.getByText(message, { exact: true }).waitFor();
  }
  await input.setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(9_000_000, 'a') });
  await options.getByText('file: is 9.0 MB; Klartext imports glossary files up to 8.0 MB').waitFor();
  expect(await options.locator('.problems img').count()).toBe(0);
  expect(await stored('glossary')).toEqual(before);

  await waitForMark(article, 'Anamnese');
  await options.getByRole('listitem').filter({ hasText: 'Medizin' }).getByRole('checkbox').uncheck();
  await waitForMark(article, 'Anamnese', false);
});

test('export everything, then import on a fresh profile: the same glossary', async () => {
  const options = await openOptions();
  await startEntry(options, 'English', { title: 'Flux capacitor', forms: 'flux capacitor', short: 'What makes time travel possible.' });
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByText('Saved “Flux capacitor”.').waitFor();
  await options.getByLabel('Choose a glossary file (JSON or CSV)').setInputFiles({ name: 'Medizin.csv', mimeType: 'text/csv', buffer: Buffer.from('Anamnese,Die Vorgeschichte.\n') });
  await options.getByText('Imported pack “Medizin”, entries: 1.').waitFor();
  await options.getByRole('button', { name: /^Hide / }).first().click();
  await options.getByRole('list', { name: 'Hidden bundled entries' }).waitFor();
  const original = await stored('glossary');

  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export everything' }).click()]);
  expect(download.suggestedFilename()).toBe('klartext-glossary.json');
  const file = path.join(dir, 'klartext-glossary.json');
  await download.saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'klartext-glossary', version: 1 });

  const fresh = await launch();
  try {
    expect(await stored('glossary', fresh)).toBeUndefined();
    const page = await openOptions(fresh);
    await page.getByLabel('Choose a glossary file (JSON or CSV)').setInputFiles(file);
    await page.getByTestId('import-summary').waitFor();
    expect(await stored('glossary', fresh)).toEqual(original);
    await page.getByText('Flux capacitor').first().waitFor();
  } finally {
    await fresh.close();
  }
});

test('an entry of your own that can mean something else is marked only where its cues are', async () => {
  const options = await openOptions();
  await startEntry(options, 'German', { title: 'Jaguar (Raubkatze)', forms: 'Jaguar', short: 'Die größte Katze Amerikas, ein Einzelgänger der Regenwälder.' });
  await options.getByLabel(/mark it only where the context fits/).check();
  await options.getByLabel('Cues for this meaning').fill('Raubkatze*\nRegenwald*\nTier*');
  await options.getByLabel('Cues for another meaning').fill('Auto*\nPS\nLedersitze*');
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByText('Saved “Jaguar (Raubkatze)”.').waitFor();
  expect(await stored('glossary')).toMatchObject({
    entries: [{ id: 'jaguar-raubkatze', sense: { cues: ['Raubkatze*', 'Regenwald*', 'Tier*'], against: ['Auto*', 'PS', 'Ledersitze*'] } }],
  });

  const page = await ext.context.newPage();
  opened.push(page);
  await page.goto(`${server.origin}/fixtures/sense-own-entry.html`);
  await waitForScan(page);
  await waitForMark(page, 'Jaguar');
  const where = await page.evaluate(() =>
    [...(CSS.highlights.get('klartext') ?? [])].map((r) => (r.startContainer.parentElement as Element).id),
  );
  expect(where).toEqual(['animal']);
});

test('an entry of your own marked private is drawn on no page and explained when you select it', async () => {
  const options = await openOptions();
  await startEntry(options, 'German', { title: 'Geheimbefund', forms: 'Geheimbefund', short: 'Meine Notiz, die keine Seite lesen soll.' });
  await options.getByLabel(/Private: never mark it/).check();
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByText('Saved “Geheimbefund”.').waitFor();
  expect(await stored('glossary')).toMatchObject({ entries: [{ id: 'geheimbefund', private: true }] });

  const page = await ext.context.newPage();
  opened.push(page);
  await page.goto(`${server.origin}/fixtures/hostile-page.html`);
  await waitForScan(page);
  const ranges = await page.evaluate(() => [...CSS.highlights.values()].flatMap((h) => [...h].map((r) => r.toString())));
  expect(ranges).toContain('OpenAI');
  expect(ranges).not.toContain('Geheimbefund');
  const at = await page.evaluate(() => {
    const node = document.getElementById('secret')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, node.data.indexOf('Geheimbefund'));
    range.setEnd(node, node.data.indexOf('Geheimbefund') + 'Geheimbefund'.length);
    const r = range.getClientRects()[0] as DOMRect;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.dblclick(at.x, at.y);
  await waitForPopover(page, 'Meine Notiz, die keine Seite lesen soll.');
});
