/**
 * The toolbar popup and the badge, driven as a user would, in real Chromium.
 *
 * A popup opened as a tab cannot see "the active tab" the way the real popup
 * does, so popup.html is opened with `?tab=<id>` of the page it is about.
 */
import type { Page } from 'playwright-core';
import {
  highlightedTexts,
  launchWithExtension,
  startServer,
  tabIdOf,
  waitForPopover,
  waitForScan,
  type ExtensionBrowser,
  type StaticServer,
  openPopup as openPopupFor,
} from './harness';
import { attachToPopup } from './popup-cdp';

let ext: ExtensionBrowser;
let server: StaticServer;
const opened: Page[] = [];

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});
beforeEach(async () => {
  // Every test starts from default settings: Klartext on everywhere.
  await ext.worker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.clear());
});
afterEach(async () => {
  for (const p of opened.splice(0)) await p.close();
});

interface ChromeApi {
  storage: { local: { clear(): Promise<void> } };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

async function openPage(file: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  opened.push(page);
  await page.goto(`${server.origin}/fixtures/${file}`);
  await waitForScan(page);
  return { page, tabId: await tabIdOf(ext, page) };
}

async function openPopup(tabId: number, query = ''): Promise<Page> {
  const popup = await openPopupFor(ext, tabId, query);
  opened.push(popup);
  return popup;
}

function badge(tabId: number): Promise<string> {
  return ext.worker.evaluate(
    (id) => (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

/** Waits until the page's `klartext*` highlights hold `some` ranges or none. */
async function waitForHighlights(page: Page, some: boolean): Promise<void> {
  await page.waitForFunction(
    (want) => {
      let n = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('klartext')) n += h.size;
      return want ? n > 0 : n === 0;
    },
    some,
    { timeout: 10_000 },
  );
}

describe('search', () => {
  test('is focused on open, forgives typos, moves with arrows, opens with Enter, Escape goes back', async () => {
    const { tabId } = await openPage('popup-article.html');
    const popup = await openPopup(tabId);
    const search = popup.getByRole('combobox');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);

    await search.pressSequentially('Destilation');
    const first = popup.getByRole('option').first();
    await expect.poll(() => first.textContent()).toMatch(/Distillation|Destillation/);
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await first.locator('mark').count()).toBeGreaterThan(0);

    await search.fill('deep seek');
    await expect.poll(() => popup.getByRole('option').first().textContent()).toContain('DeepSeek');
    await search.press('ArrowDown');
    const second = popup.getByRole('option').nth(1);
    expect(await second.getAttribute('aria-selected')).toBe('true');
    const chosen = (await second.locator('.kt-row-title').textContent()) ?? '';
    await search.press('Enter');
    const heading = popup.getByRole('heading', { level: 2, name: chosen });
    await heading.waitFor();
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);

    await popup.keyboard.press('Escape');
    await search.waitFor();
    expect(await search.inputValue()).toBe('deep seek');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  test('opens related terms in place and shows the same content as the popover', async () => {
    const { tabId } = await openPage('popup-article.html');
    const popup = await openPopup(tabId, 'mixtur of experts');
    await expect.poll(() => popup.getByRole('option').first().textContent()).toContain('Mixture of Experts');
    await popup.getByRole('combobox').press('Enter');
    const article = popup.getByRole('article');
    await article.getByRole('heading', { level: 2, name: 'Mixture of Experts' }).waitFor();
    expect(await article.textContent()).toMatch(/Source:/);
    const related = article.getByRole('listitem').first().getByRole('button');
    const name = (await related.textContent()) ?? '';
    await related.click();
    await popup.getByRole('heading', { level: 2, name }).waitFor();
    await popup.getByRole('button', { name: /Back/ }).click();
    await popup.getByRole('heading', { level: 2, name: 'Mixture of Experts' }).waitFor();
  });

  test('with an empty query lists the glossary by category, A–Z', async () => {
    const { tabId } = await openPage('popup-article.html');
    const popup = await openPopup(tabId);
    const list = popup.getByRole('listbox', { name: 'Glossary A–Z' });
    await list.waitFor();
    const groups = list.getByRole('group');
    expect(await groups.count()).toBeGreaterThan(3);
    const titles = await groups.first().getByRole('option').allTextContents();
    expect(titles.length).toBeGreaterThan(1);
    expect([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }))).toEqual(titles);
  });
});

describe('on this page and the badge', () => {
  test('the badge counts distinct terms; the popup lists them; choosing one jumps there and opens its popover', async () => {
    const { page, tabId } = await openPage('popup-article.html');
    const popup = await openPopup(tabId);
    const section = popup.getByRole('region', { name: 'On this page' });
    const buttons = section.getByRole('button');
    await expect.poll(() => buttons.count()).toBeGreaterThanOrEqual(4);
    await expect.poll(() => badge(tabId)).toBe(String(await buttons.count()));
    const r1 = section.getByRole('button', { name: /^DeepSeek R1 2 times/ });
    expect(await r1.count()).toBe(1);

    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The first occurrence is at the top; the next is far below the fold.
    await r1.click();
    await waitForPopover(page, 'DeepSeek R1');
    await r1.click();
    await page.waitForFunction(() => window.scrollY > 300, null, { timeout: 5000 });
    expect(await waitForPopover(page, 'DeepSeek R1')).toContain('DeepSeek R1');
  });

  test('counts terms of every frame of the tab, and only of the page now in it', async () => {
    const { page, tabId } = await openPage('popup-article.html');
    // More terms than the frames page has: a union of old and new would show.
    await expect.poll(() => badge(tabId)).toMatch(/^[4-9]$/);
    await page.goto(`${server.origin}/fixtures/popup-frames.html`);
    const child = page.frame({ url: /popup-frame-child/ });
    if (!child) throw new Error('no child frame');
    await child.waitForFunction(() => performance.getEntriesByName('klartext:scan').length > 0);
    // Top: DeepSeek R1, Nvidia; child: Nvidia, Sputnik-Moment → 3 distinct.
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe('3');
    const popup = await openPopup(tabId);
    const section = popup.getByRole('region', { name: 'On this page' });
    await section.getByRole('button', { name: /^Nvidia 2 times/ }).waitFor();
    // A term found only inside the frame is revealed there.
    await section.getByRole('button', { name: /^Sputnik/ }).click();
    await waitForPopover(child, 'Sputnik');
  });
});

describe('the real toolbar popup', () => {
  test('finds the active tab by itself; choosing a term jumps there and the popup steps aside', async () => {
    const { page } = await openPage('popup-article.html');
    await ext.worker.evaluate(() => (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup());
    // Playwright does not list the action popup as a page: talk to it over CDP.
    const popup = await attachToPopup(ext, page);
    await expect.poll(() => popup.evaluate('document.body.innerText'), { timeout: 10_000 }).toContain('On this page'.toUpperCase());
    const host = new URL(server.origin).host;
    expect(await popup.evaluate('document.body.innerText')).toContain(`Klartext on ${host}`);
    expect(await popup.evaluate('document.activeElement && document.activeElement.getAttribute("role")')).toBe('combobox');
    await popup.evaluate(`[...document.querySelectorAll('.kt-page-term')].find((b) => b.textContent.includes('Sputnik')).click()`);
    await waitForPopover(page, 'Sputnik');
    await page.waitForFunction(() => window.scrollY > 300);
    await expect.poll(() => popup.isOpen()).toBe(false);
  });
});

describe('this site', () => {
  test('the switch takes effect at once in every open tab of the host, and back', async () => {
    const a = await openPage('popup-article.html');
    const b = await openPage('popup-frames.html');
    const popup = await openPopup(a.tabId);
    const host = new URL(server.origin).host;
    const toggle = popup.getByRole('switch', { name: `Klartext on ${host}` });
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    expect((await highlightedTexts(a.page)).length).toBeGreaterThan(0);

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await waitForHighlights(a.page, false);
    await waitForHighlights(b.page, false);
    await expect.poll(() => badge(a.tabId)).toBe('');
    await expect.poll(() => popup.getByRole('region', { name: 'On this page' }).count()).toBe(0);

    // Keyboard alone works too: the switch is a button.
    await toggle.press('Space');
    await waitForHighlights(a.page, true);
    await waitForHighlights(b.page, true);
    expect(await highlightedTexts(a.page)).toContain('DeepSeek R1');
    await expect.poll(() => badge(a.tabId)).not.toBe('');
  });

  test('is usable with the keyboard alone: Tab reaches the page terms and the switches', async () => {
    const a = await openPage('popup-article.html');
    const popup = await openPopup(a.tabId);
    await popup.getByRole('region', { name: 'On this page' }).getByRole('button').first().waitFor();
    const focusedId = () => popup.evaluate(() => document.activeElement?.id || document.activeElement?.className || '');
    const seen: string[] = [];
    for (let i = 0; i < 30 && !seen.includes('kt-site-switch'); i++) {
      await popup.keyboard.press('Tab');
      seen.push(await focusedId());
    }
    expect(seen).toContain('kt-page-term');
    expect(seen).toContain('kt-site-switch');
    await popup.keyboard.press('Space');
    await waitForHighlights(a.page, false);
    await popup.keyboard.press('Tab');
    expect(await focusedId()).toBe('kt-pause-switch');
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Enter');
    await waitForHighlights(a.page, true);
  });

  test('the global pause clears every page and says so', async () => {
    const a = await openPage('popup-article.html');
    const popup = await openPopup(a.tabId);
    const pause = popup.getByRole('switch', { name: 'Pause Klartext everywhere' });
    await pause.click();
    await popup.getByText('Klartext is paused: no page is marked.').waitFor();
    await waitForHighlights(a.page, false);
    await pause.click();
    await waitForHighlights(a.page, true);
  });

  test('says when a page opted out, and when Klartext cannot read a page', async () => {
    const optout = await ext.context.newPage();
    opened.push(optout);
    await optout.goto(`${server.origin}/fixtures/optout.html`);
    const optoutId = await tabIdOf(ext, optout);
    const popup = await openPopup(optoutId);
    await popup.getByText('This page asks not to be marked – Klartext respects that.').waitFor();

    const browserPage = await ext.context.newPage();
    opened.push(browserPage);
    await browserPage.goto('chrome://version/');
    const browserPageId = await tabIdOf(ext, browserPage);
    const popup2 = await openPopup(browserPageId);
    await popup2.getByText(/Klartext cannot read this page/).waitFor();
    expect(await popup2.getByRole('switch', { name: /Klartext on/ }).count()).toBe(0);
  });
});
