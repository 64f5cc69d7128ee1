/**
 * "This explanation is wrong or outdated" (issue 15, part 4) in real Chromium:
 * a flag made in the popover (trusted clicks and keys into its closed shadow
 * root) and in the popup's detail view, listed on the options page, and
 * carried through "Export everything" and an import on a cleared profile.
 * axe checks the new form and list where a reader meets them.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { popoverViolations, seriousViolations } from './axe';
import {
  clickInPopover,
  markPoint,
  popoverText,
  tabIdOf,
  useExtensionBrowser,
  waitForPopover,
  waitForScan,
} from './harness';

const env = useExtensionBrowser();
const opened: Page[] = [];
let dir: string;

interface Flag {
  entry: string;
  title: string;
  kind: string;
  note: string;
  date: string;
  checked?: string;
}
interface ChromeApi {
  storage: { local: { clear(): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'klartext-flags-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  for (const p of opened.splice(0)) await p.close();
});

async function newPage(): Promise<Page> {
  const page = await env.ext.context.newPage();
  opened.push(page);
  return page;
}

async function storedFlags(): Promise<Flag[]> {
  const value = await env.ext.worker.evaluate(async () => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get('flags')).flags);
  return (value as { flags: Flag[] } | undefined)?.flags ?? [];
}

async function clearStorage(): Promise<void> {
  await env.ext.worker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.clear());
}

async function openArticle(): Promise<Page> {
  const page = await newPage();
  await page.goto(`${env.server.origin}/fixtures/hover.html`);
  await waitForScan(page);
  await page.mouse.move(5, 700);
  return page;
}

async function openOptions(): Promise<Page> {
  const page = await newPage();
  await page.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
  await page.getByRole('button', { name: 'New entry' }).waitFor();
  return page;
}

async function waitUntil<T>(fn: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const until = Date.now() + 5000;
  for (;;) {
    const value = await fn();
    if (ok(value)) return value;
    if (Date.now() > until) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Serious and critical axe violations on the page as it is now. */

test('flag from the popover: pick "outdated", type a note, save; listed on the options page, one step from your own version', async () => {
  await clearStorage();
  const page = await openArticle();
  // A page's own key listener (bubble phase, as most shortcuts are) must not see the note being typed.
  await page.evaluate(() => {
    (window as unknown as { seenKeys: string[] }).seenKeys = [];
    document.addEventListener('keydown', (e) => (window as unknown as { seenKeys: string[] }).seenKeys.push(e.key));
  });
  const at = await markPoint(page, 'OpenAI');
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await waitForPopover(page, 'Falsch oder veraltet?');

  await clickInPopover(page, { className: 'flag-open' });
  await waitForPopover(page, 'Diese Erklärung ist …');
  // The popover stays while the form is open, wherever the pointer goes.
  await page.mouse.move(5, 700, { steps: 3 });
  await page.waitForTimeout(800);
  expect(await popoverText(page)).toContain('Anmerkung (freiwillig)');

  // axe on the open form (the same markup and style sheet in an open shadow root: axe cannot enter the closed one).
  expect((await popoverViolations(env.ext.context, page, `${env.server.origin}/fixtures/basic.html`)).violations).toEqual([]);

  await clickInPopover(page, { className: 'flag-outdated' });
  await clickInPopover(page, { className: 'flag-note' });
  await page.keyboard.type('Der Chef heißt inzwischen anders.');
  expect((await page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys)).filter((k) => k.length === 1)).toEqual([]);
  await clickInPopover(page, { className: 'flag-save' });
  await waitForPopover(page, 'Als veraltet gemeldet. Danke!');

  const flags = await waitUntil(storedFlags, (f) => f.length === 1, 'the stored flags');
  expect(flags[0]).toMatchObject({ entry: 'openai', title: 'OpenAI', kind: 'outdated', note: 'Der Chef heißt inzwischen anders.' });
  expect(flags[0]?.date).toMatch(/^\d{4}-\d\d-\d\d$/);

  const options = await openOptions();
  const list = options.getByRole('list', { name: 'Flagged explanations' });
  const row = list.getByRole('listitem').filter({ hasText: 'OpenAI' });
  await row.waitFor();
  expect(await row.textContent()).toContain('outdated');
  expect(await row.textContent()).toContain('Der Chef heißt inzwischen anders.');
  expect(await seriousViolations(options)).toEqual([]);
  await row.getByRole('button', { name: 'Write your own version of “OpenAI”' }).click();
  await options.getByRole('heading', { name: 'Your version of “openai”' }).waitFor();
  expect(await options.locator('#entry-title-de').inputValue()).toBe('OpenAI');
});

test("a page's synthetic clicks on the popover host open no flag form and store nothing", async () => {
  await clearStorage();
  const page = await openArticle();
  const at = await markPoint(page, 'OpenAI');
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await waitForPopover(page, 'Falsch oder veraltet?');
  await page.evaluate(() => {
    const host = document.querySelector('[data-klartext="popover"]');
    host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    (host as HTMLElement | null)?.click();
  });
  await page.waitForTimeout(300);
  expect(await popoverText(page)).not.toContain('Diese Erklärung ist');
  expect(await storedFlags()).toEqual([]);
});

test('flag from the popup detail view, by keyboard alone', async () => {
  await clearStorage();
  const article = await openArticle();
  const tabId = await tabIdOf(env.ext, article);
  const popup = await newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tab=${tabId}&q=Anthropic`);
  await popup.getByRole('option').first().waitFor();
  await popup.keyboard.press('Enter');
  const open = popup.getByRole('button', { name: 'Wrong or outdated?' });
  await open.focus();
  await popup.keyboard.press('Enter');
  await popup.getByRole('group', { name: 'This explanation is …' }).waitFor();
  expect(await seriousViolations(popup)).toEqual([]);
  // Focus is on the first choice, "wrong": Space picks it, Tab goes on to the note and to Save.
  await popup.keyboard.press('Space');
  await popup.keyboard.press('Tab');
  await popup.keyboard.type('Gegründet 2021, nicht 2020.');
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Enter');
  await popup.getByText('Flagged as wrong. Thank you!').waitFor();
  const flags = await waitUntil(storedFlags, (f) => f.length === 1, 'the stored flags');
  expect(flags[0]).toMatchObject({ entry: 'anthropic', title: 'Anthropic', kind: 'wrong', note: 'Gegründet 2021, nicht 2020.' });
  // Back in the detail view later, the flag is shown and can be changed.
  await popup.reload();
  await popup.getByRole('option').first().waitFor();
  await popup.keyboard.press('Enter');
  await popup.getByText(/You flagged this explanation as wrong on/).waitFor();
  await popup.getByRole('button', { name: 'Change flag' }).waitFor();
});

test('flags round-trip through "Export everything" and an import on a cleared profile', async () => {
  await clearStorage();
  const flags: Flag[] = [
    { entry: 'openai', title: 'OpenAI', kind: 'outdated', note: 'Neuer Chef.', date: '2025-03-14', checked: '2025-01-31' },
    { entry: 'anthropic', title: 'Anthropic', kind: 'wrong', note: '', date: '2025-03-15' },
  ];
  await env.ext.worker.evaluate(async (list) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ flags: { version: 1, flags: list }, 'flags:lastGood': { version: 1, flags: list } });
  }, flags);
  const options = await openOptions();
  await options.getByRole('list', { name: 'Flagged explanations' }).getByRole('listitem').nth(1).waitFor();

  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export everything' }).click()]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; flags: Flag[] };
  expect(exported.format).toBe('klartext-glossary');
  expect(exported.flags).toEqual(flags);

  await clearStorage();
  await options.reload();
  await options.getByText('No flags yet.').waitFor();
  await options.getByLabel('Choose a glossary file (JSON or CSV)').setInputFiles(file);
  expect(await options.getByTestId('import-summary').textContent()).toContain('Flags taken over: 2, already here: 0.');
  const list = options.getByRole('list', { name: 'Flagged explanations' });
  await list.getByRole('listitem').filter({ hasText: 'Anthropic' }).waitFor();
  await list.getByRole('listitem').filter({ hasText: 'Neuer Chef.' }).waitFor();
  expect(await storedFlags()).toEqual(flags);
});
