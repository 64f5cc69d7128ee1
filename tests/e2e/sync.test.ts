// Sync across the reader's browsers (issue 15, part 1), in real Chromium with
// the built extension: off until the reader says yes; then this browser's
// data goes to sync storage (what does not fit stays local, and the options
// page says so); a write to sync storage that this browser did not make — made
// here from the service worker, as the sync service delivers another
// device's change — reaches an open tab, the popup and the options page;
// invalid data from sync is reported and not applied.
import type { Page } from 'playwright-core';
import { marks, tabIdOf, useExtensionBrowser, waitForScan } from './harness';
import { remoteEntry } from '../remote-entry';

const env = useExtensionBrowser();

type SyncApi = { chrome: { storage: { sync: { get(k: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } } };

const syncStorage = () => env.ext.worker.evaluate(() => (globalThis as unknown as SyncApi).chrome.storage.sync.get(null));
const writeSync = (items: object) => env.ext.worker.evaluate((i) => (globalThis as unknown as SyncApi).chrome.storage.sync.set(i), items);

async function openOptions(hash = ''): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.goto(`chrome-extension://${env.ext.extensionId}/options.html${hash}`);
  await page.getByRole('heading', { name: 'Sync', exact: true }).waitFor();
  return page;
}

/** "Add to Klartext" for a term: the options page opened on it, the short explanation written, saved. */
async function addOwnEntry(term: string, long = '', options2: { private?: boolean } = {}): Promise<void> {
  const options = await env.ext.context.newPage();
  await options.goto(`chrome-extension://${env.ext.extensionId}/options.html#add?term=${encodeURIComponent(term)}&lang=en`);
  await options.getByRole('form', { name: 'New entry' }).waitFor();
  await options.locator('#entry-short-en').fill(`What ${term} means.`);
  if (long) await options.locator('#entry-long-en').fill(long);
  if (options2.private) await options.locator('#entry-private').check();
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByText('Saved', { exact: false }).first().waitFor();
  await options.close();
}

test('sync is off until the reader says yes: nothing reaches sync storage', async () => {
  const options = await openOptions();
  await options.getByText('Sync my settings across my browsers?').waitFor();
  await options.getByText("your browser's own sync service", { exact: false }).waitFor();
  await addOwnEntry('Speculative decoding');
  await options.waitForTimeout(1500);
  expect(await syncStorage()).toEqual({});
  await options.close();
});

test('switched on: settings and own entries go to sync storage, a too large entry stays local and is named', async () => {
  const options = await openOptions();
  // 3,000 characters of three UTF-8 bytes each: within the entry's limits, over sync's 8 KB per item.
  await addOwnEntry('Huge note', '語'.repeat(3000));
  await addOwnEntry('My secret term', '', { private: true });
  await options.getByRole('button', { name: 'Yes, sync them' }).click();
  await options.getByText('Sync is on.').waitFor();
  await expect.poll(async () => Object.keys(await syncStorage()).sort(), { timeout: 10_000 }).toEqual(['k:e:speculative-decoding', 'k:hidden', 'k:settings']);
  await options.getByText('Too large to sync, kept only in this browser: Huge note').waitFor();
  await options.getByText('Private entries stay only in this browser: My secret term').waitFor();
  // Unless the reader asks for that one.
  await options.getByRole('button', { name: 'Sync this one anyway' }).click();
  await expect.poll(async () => Object.keys(await syncStorage()), { timeout: 10_000 }).toContain('k:e:my-secret-term');
  // The switch stays on the options page.
  expect(await options.getByRole('checkbox', { name: 'Sync my settings across my browsers' }).isChecked()).toBe(true);
  await options.close();
});

test("another browser's change takes effect at once in an open tab, the popup and the options page", async () => {
  const article = await env.ext.context.newPage();
  await article.goto(`${env.server.origin}/fixtures/add-term.html`);
  await waitForScan(article);
  const options = await openOptions();
  expect((await marks(article, { drawn: true })).map((m) => m.text)).not.toContain('sliding window attention');

  await writeSync({ 'k:e:sliding-window': { at: Date.now() + 1000, data: remoteEntry('sliding-window', 'sliding window attention', 'Attention over a fixed window of recent tokens.') } });

  await expect.poll(async () => (await marks(article, { drawn: true })).map((m) => m.text), { timeout: 10_000 }).toContain('sliding window attention');
  await options.locator('[data-entry="sliding-window"]').first().waitFor();
  const tabId = await tabIdOf(env.ext, article);
  const popup = await env.ext.context.newPage();
  await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('combobox').fill('sliding window');
  await popup.getByRole('option', { name: /sliding window attention/i }).first().waitFor();
  await Promise.all([article.close(), options.close(), popup.close()]);
});

test('an invalid item from sync is reported on the options page and not applied', async () => {
  const options = await openOptions();
  await writeSync({ 'k:e:broken': { at: Date.now() + 2000, data: { id: 'broken', title: 'no' } } });
  await options.getByText('Not taken from sync because invalid', { exact: false }).waitFor();
  await options.getByText('sync › k:e:broken', { exact: false }).waitFor();
  expect(await options.locator('[data-entry="broken"]').count()).toBe(0);
  // The entries that were there are all still there.
  await options.locator('[data-entry="sliding-window"]').first().waitFor();
  await options.close();
});
