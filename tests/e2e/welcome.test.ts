// First run, what's new, and where things are (issue 15, part 3), in real
// Chromium: a fresh profile is an install, so the welcome page opens by
// itself; its sample explains its terms on hover and focus; the shortcuts
// shown are the browser's; the popup and the options page show version and
// shortcuts; the popup's what's-new line goes once dismissed; and an update
// (runtime.reload) does not open the welcome page again.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { BUNDLED_GLOSSARY } from '../../src/core/glossary/bundled';
import { notesSince } from '../../src/core/whats-new';
import { seriousViolations } from './axe';
import { extensionDir, launchWithExtension, openPopupOnArticle, setStorage, useExtensionBrowser, waitForWelcome, type ExtensionBrowser } from './harness';

const env = useExtensionBrowser({ keepWelcome: true });
const entry = (id: string) => {
  const found = BUNDLED_GLOSSARY.find((e) => e.id === id);
  if (!found) throw new Error(`no bundled entry ${id}`);
  return found;
};

interface Api {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  runtime: { getManifest(): { version: string }; reload(): void };
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> } };
}

/** What the browser has bound: "toggle-site=Alt+Shift+K" and so on. */
async function boundShortcuts(): Promise<Record<string, string>> {
  const all = await env.ext.worker.evaluate(async () => (globalThis as unknown as { chrome: Api }).chrome.commands.getAll());
  return Object.fromEntries(all.filter((c) => c.name === 'toggle-site' || c.name === 'list-terms').map((c) => [c.name, c.shortcut ?? '']));
}

/** The shortcuts a page lists, by command (`data-command`), as the keys it shows. */
async function shownShortcuts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('[data-command]')].map((el) => [el.getAttribute('data-command'), el.querySelector('kbd')?.textContent ?? ''])),
  );
}


let welcome: Page;

test('installing opens the welcome page in a new tab, in the browser’s language', async () => {
  const page = await waitForWelcome(env.ext.context, env.ext.extensionId);
  if (!page) throw new Error('no welcome tab after install');
  welcome = page;
  await welcome.getByRole('heading', { level: 1, name: 'Welcome to Klartext' }).waitFor();
  expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(await welcome.title()).toBe('Welcome to Klartext');
  await welcome.getByText('Nothing leaves your browser unless you switch sync on: Klartext makes no network requests and contains no analytics or tracking.').waitFor();
  await welcome.getByText('the pin next to Klartext', { exact: false }).waitFor();
});

test('the sample paragraph’s terms explain themselves on hover and on focus', async () => {
  const moe = entry('mixture-of-experts');
  const r1 = entry('deepseek-r1');
  const tip = welcome.getByRole('tooltip');
  expect(await tip.count()).toBe(0);

  await welcome.getByRole('button', { name: 'Mixture of Experts' }).hover();
  await tip.getByText(moe.short.en).waitFor();
  await expect.poll(() => tip.textContent()).toContain(moe.title.en);
  await welcome.mouse.move(5, 5);
  await tip.waitFor({ state: 'detached' });

  // By keyboard alone: the first term is the first thing Tab reaches.
  await welcome.keyboard.press('Tab');
  const focused = welcome.getByRole('button', { name: 'DeepSeek R1' });
  expect(await focused.evaluate((el) => el === document.activeElement)).toBe(true);
  await tip.getByText(r1.short.en).waitFor();
  // The term is described by the explanation while it is shown (what a screen reader reads).
  expect(await focused.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent)).toContain(r1.short.en);
  expect(await seriousViolations(welcome)).toEqual([]);
  await welcome.keyboard.press('Escape');
  await tip.waitFor({ state: 'detached' });
});

test('the welcome page asks once whether to sync, saying where the data would go; the answer holds on the options page', async () => {
  const sync = welcome.locator('#welcome-sync');
  await sync.getByText('Sync my settings across my browsers?').waitFor();
  await sync.getByText("your browser's own sync service", { exact: false }).waitFor();
  await sync.getByRole('button', { name: 'No, keep them here' }).click();
  await sync.getByText('Sync is off.', { exact: false }).waitFor();
  const options = await env.ext.context.newPage();
  await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
  // Asked once: the options page now shows the switch, off, and not the question again.
  const toggle = options.getByRole('checkbox', { name: 'Sync my settings across my browsers' });
  await toggle.waitFor();
  expect(await toggle.isChecked()).toBe(false);
  expect(await options.getByText('Sync my settings across my browsers?').count()).toBe(0);
  await options.close();
  await welcome.bringToFront();
});

test('the welcome page lists the shortcuts the browser has bound, and its link opens Chrome’s shortcut settings', async () => {
  const bound = await boundShortcuts();
  expect(bound).toEqual({ 'toggle-site': 'Alt+Shift+K', 'list-terms': 'Alt+Shift+L' });
  await welcome.locator('kbd').first().waitFor();
  expect(await shownShortcuts(welcome)).toEqual(bound);
  await welcome.getByText('Switch Klartext on or off for this site').waitFor();

  const link = welcome.getByRole('link', { name: 'Change shortcuts' });
  expect(await link.getAttribute('href')).toBe('chrome://extensions/shortcuts');
  const before = env.ext.context.pages().length;
  await link.click();
  await expect.poll(() => env.ext.context.pages().some((p) => p.url() === 'chrome://extensions/shortcuts')).toBe(true);
  expect(env.ext.context.pages().length).toBe(before + 1);
  await env.ext.context.pages().find((p) => p.url() === 'chrome://extensions/shortcuts')?.close();
  expect(await seriousViolations(welcome)).toEqual([]);
});

const openPopup = (): Promise<Page> => openPopupOnArticle(env);

test('the popup and the options page show the version and the current shortcuts', async () => {
  const version = await env.ext.worker.evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.runtime.getManifest().version);
  const bound = await boundShortcuts();
  const popup = await openPopup();
  const footer = popup.locator('.kt-footer');
  await footer.getByText(`Klartext ${version}`).waitFor();
  await footer.locator('kbd').first().waitFor();
  expect(await shownShortcuts(popup)).toEqual(bound);
  await footer.getByRole('link', { name: 'Change shortcuts' }).waitFor();
  // The footer fits the popup: its last line is inside the 560 px.
  const bottom = await footer.evaluate((el) => el.getBoundingClientRect().bottom);
  expect(bottom).toBeLessThanOrEqual(560);
  // A fresh install has nothing new to say.
  expect(await popup.getByRole('region', { name: 'New in Klartext' }).count()).toBe(0);
  expect(await seriousViolations(popup)).toEqual([]);

  const options = await env.ext.context.newPage();
  await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
  const section = options.getByRole('region', { name: 'Keyboard shortcuts' });
  await section.locator('kbd').first().waitFor();
  expect(await shownShortcuts(options)).toEqual(bound);
  await section.getByText(`Klartext ${version}`).waitFor();
  await section.getByRole('link', { name: 'Change shortcuts' }).waitFor();
  await options.close();
  await popup.close();
});

test('after an update, the popup says what is new once: dismissed, it does not come back', async () => {
  const version = await env.ext.worker.evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.runtime.getManifest().version);
  const due = notesSince('0.0.1', version);
  expect(due.length).toBeGreaterThan(0);
  // As the background leaves it after an update from 0.0.1.
  await setStorage(env.ext, { 'whatsNew:seen': '0.0.1' });
  const popup = await openPopup();
  const note = popup.getByRole('region', { name: 'New in Klartext' });
  for (const n of due) await note.getByText(`New in ${n.version}: ${n.text.en}`).waitFor();
  expect(await seriousViolations(popup)).toEqual([]);
  await note.getByRole('button', { name: 'Dismiss the note on what is new' }).click();
  await note.waitFor({ state: 'detached' });
  const stored = await env.ext.worker.evaluate(async () => (globalThis as unknown as { chrome: Api }).chrome.storage.local.get('whatsNew:seen'));
  expect(stored).toEqual({ 'whatsNew:seen': version });

  await popup.reload();
  await popup.getByRole('combobox').waitFor();
  await popup.locator('.kt-footer kbd').first().waitFor();
  expect(await popup.getByRole('region', { name: 'New in Klartext' }).count()).toBe(0);
  await popup.close();
});

test('in a German browser the welcome page is German, sample and all', async () => {
  const ext = await launchWithExtension({ uiLang: 'de', keepWelcome: true });
  try {
    const page = await waitForWelcome(ext.context, ext.extensionId);
    if (!page) throw new Error('no welcome tab after install');
    await page.getByRole('heading', { level: 1, name: 'Willkommen bei Klartext' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.getByText('Nichts verlässt Ihren Browser', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Modellparameter' }).focus();
    await page.getByRole('tooltip').getByText(entry('model-parameters').short.de).waitFor();
    await page.getByRole('link', { name: 'Tastenkürzel ändern' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  } finally {
    await ext.close();
  }
});

/** Chromium's extensions page, with developer mode on: without it, reloading an unpacked extension disables it. */
async function developerMode(ext: ExtensionBrowser): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(() =>
    (globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } } }).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
  );
  await page.close();
}

const storedSeen = (worker: Worker) =>
  worker.evaluate(async () => (await (globalThis as unknown as { chrome: Api }).chrome.storage.local.get('whatsNew:seen'))['whatsNew:seen']);

test('neither an update nor a browser restart opens the welcome page again', async () => {
  // A copy of the build whose version can be raised in place: same path, same extension id, same storage.
  const extDir = await mkdtemp(path.join(tmpdir(), 'klartext-update-ext-'));
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'klartext-update-profile-'));
  await cp(extensionDir, extDir, { recursive: true });
  let ext = await launchWithExtension({ extDir, userDataDir, keepWelcome: true });
  try {
    expect(await waitForWelcome(ext.context, ext.extensionId)).not.toBeNull();
    const before = await ext.worker.evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.runtime.getManifest().version);
    await expect.poll(() => storedSeen(ext.worker)).toBe(before);

    // Update: version raised on disk, then the extension reloaded (runtime.reload fires onInstalled with reason "update").
    await developerMode(ext);
    await ext.worker.evaluate(async () => (globalThis as unknown as { chrome: Api }).chrome.storage.local.remove('whatsNew:seen'));
    const manifestFile = path.join(extDir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { version: string };
    await writeFile(manifestFile, JSON.stringify({ ...manifest, version: '65535.0.1' }));
    const nextWorker = ext.context.waitForEvent('serviceworker', { timeout: 20_000 });
    await ext.worker.evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.runtime.reload()).catch(() => {
      // The worker is gone before it can answer.
    });
    const worker = await nextWorker;
    expect(await worker.evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.runtime.getManifest().version)).toBe('65535.0.1');
    // With nothing stored, an update stores the version it replaced (an install would store the new one): it ran, as an update.
    await expect.poll(() => storedSeen(worker), { timeout: 10_000 }).toBe(before);
    expect(await waitForWelcome(ext.context, ext.extensionId, 3000)).toBeNull();

    // Browser restart with the same profile (Chromium calls it an install for --load-extension): nothing opens.
    await ext.close();
    ext = await launchWithExtension({ extDir, userDataDir, keepWelcome: true });
    expect(await waitForWelcome(ext.context, ext.extensionId, 3000)).toBeNull();
    expect(await storedSeen(ext.worker)).toBe(before);
  } finally {
    await ext.close();
    await rm(extDir, { recursive: true, force: true });
    await rm(userDataDir, { recursive: true, force: true });
  }
});
