// axe-core, the real library, on the built extension's popup and options
// page in Chromium, in the states a reader meets: no serious or critical
// violation may remain; and the marks and the popover under forced colours
// and prefers-contrast (part of issue 17).
import type { Page } from 'playwright-core';
import { popoverViolations, seriousViolations } from './axe';
import { markPoint, marks, openPopupOnArticle, popoverBox, popoverStyle, popoverText, tabIdOf, useExtensionBrowser, waitForPopover, waitForScan } from './harness';

const env = useExtensionBrowser();


const openPopup = (query = ''): Promise<Page> => openPopupOnArticle(env, query);

test('the popup: empty, with results, and in the detail view', async () => {
  const popup = await openPopup();
  await popup.getByRole('region', { name: 'On this page' }).waitFor();
  expect(await seriousViolations(popup)).toEqual([]);

  await popup.getByRole('combobox').fill('deep');
  await popup.getByRole('option').first().waitFor();
  expect(await seriousViolations(popup)).toEqual([]);

  await popup.keyboard.press('Enter');
  await popup.getByRole('button', { name: 'Back' }).waitFor();
  expect(await seriousViolations(popup)).toEqual([]);
});

test('the options page: every section, the entry editor open, and an import error shown', async () => {
  const options = await env.ext.context.newPage();
  await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
  await options.getByRole('button', { name: 'New entry' }).waitFor();
  expect(await seriousViolations(options)).toEqual([]);

  await options.getByRole('button', { name: 'New entry' }).click();
  await options.getByRole('group', { name: 'German' }).waitFor();
  expect(await seriousViolations(options)).toEqual([]);
  await options.getByRole('button', { name: 'Cancel' }).click();

  await options.getByLabel('Choose a glossary file (JSON or CSV)').setInputFiles({ name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "klartext-glossary", "version": 1, "entries": [{"id": "x"}]}') });
  await options.getByText('Nothing imported from kaputt.json', { exact: false }).waitFor();
  expect(await seriousViolations(options)).toEqual([]);
});

/** A page with a marked term whose popover is open; `media` is emulated before the page loads. */
async function openWithPopover(media: Parameters<Page['emulateMedia']>[0]): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.emulateMedia(media);
  await page.goto(`${env.server.origin}/fixtures/hover.html`);
  await waitForScan(page);
  await page.mouse.move(5, 700);
  const at = await markPoint(page, 'OpenAI');
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await waitForPopover(page, 'OpenAI');
  await page.waitForTimeout(300);
  return page;
}

test('in forced colors (Windows High Contrast) the marks and the popover stay visible', async () => {
  const page = await openWithPopover({ forcedColors: 'active' });
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  // The mark keeps its underline (the browser paints it in system colours).
  const mark = await page.evaluate(() => getComputedStyle(document.getElementById('plain') as Element, '::highlight(klartext)').textDecorationLine);
  expect(mark).toBe('underline');
  const card = await popoverStyle(page, 'card', ['border-top-width', 'border-top-style']);
  expect(card).toEqual({ 'border-top-width': '1px', 'border-top-style': 'solid' });
  const box = await popoverBox(page);
  if (!box) throw new Error('no popover');
  expect(box.width).toBeGreaterThan(150);
  const clip = { x: box.left, y: box.top, width: box.width, height: box.height };
  const shown = await page.screenshot({ clip });
  await page.keyboard.press('Escape');
  expect(shown.equals(await page.screenshot({ clip }))).toBe(false);
  await page.close();
});

test('with prefers-contrast: more the popover draws stronger lines and darker secondary text', async () => {
  const normal = await openWithPopover({ contrast: 'no-preference' });
  const before = await popoverStyle(normal, 'meta', ['color', 'border-top-color']);
  const cardBefore = await popoverStyle(normal, 'card', ['border-top-width']);
  await normal.close();
  const more = await openWithPopover({ contrast: 'more' });
  const after = await popoverStyle(more, 'meta', ['color', 'border-top-color']);
  const cardAfter = await popoverStyle(more, 'card', ['border-top-width']);
  await more.close();
  expect(cardBefore['border-top-width']).toBe('1px');
  expect(cardAfter['border-top-width']).toBe('2px');
  const lightness = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
  expect(lightness(after.color as string)).toBeLessThan(lightness(before.color as string));
});

test('the open popover, seen through the accessibility tree: a named dialog whose every button has a name', async () => {
  const page = await openWithPopover({});
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as {
    nodes: { nodeId: string; role?: { value: string }; name?: { value: string }; childIds?: string[]; ignored?: boolean }[];
  };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const dialog = nodes.find((n) => n.role?.value === 'dialog');
  // The closed shadow root is in the accessibility tree (screen readers read it) although no page script can reach it.
  expect(dialog?.name?.value).toBe('Klartext-Erklärung: OpenAI');
  const inside: typeof nodes = [];
  const walk = (id: string) => {
    const n = byId.get(id);
    if (!n) return;
    inside.push(n);
    for (const c of n.childIds ?? []) walk(c);
  };
  walk(dialog?.nodeId ?? '');
  const buttons = inside.filter((n) => n.role?.value === 'button' && !n.ignored);
  expect(buttons.length).toBeGreaterThanOrEqual(4);
  expect(buttons.filter((b) => !b.name?.value?.trim()).map((b) => b.nodeId)).toEqual([]);
  expect(inside.some((n) => n.role?.value === 'heading' && n.name?.value === 'OpenAI')).toBe(true);
  await page.close();
});

interface AxNode {
  nodeId: string;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
  ignored?: boolean;
}

async function axTree(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AxNode[] };
  await cdp.detach();
  return nodes;
}

/** The text in an accessibility subtree (a live region has no name of its own; its text is its children's). */
function axText(nodes: AxNode[], node: AxNode | undefined): string {
  if (!node) return '';
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const own = node.role?.value === 'StaticText' ? (node.name?.value ?? '') : '';
  return own + (node.childIds ?? []).map((id) => axText(nodes, byId.get(id))).join('');
}

/** The polite live region (role status) that reads out what the popover shows, and its text, once it says `includes`. */
async function announced(page: Page, includes: string): Promise<{ node: AxNode; text: string }> {
  const until = Date.now() + 3000;
  for (;;) {
    const nodes = await axTree(page);
    const found = nodes.filter((n) => n.role?.value === 'status').map((node) => ({ node, text: axText(nodes, node) })).find((s) => s.text.includes(includes));
    if (found) return found;
    if (Date.now() > until) throw new Error(`nothing announced with "${includes}"`);
    await page.waitForTimeout(100);
  }
}

test('the open popover: axe finds nothing serious in its markup and styles', async () => {
  const page = await openWithPopover({});
  const { markup, violations } = await popoverViolations(env.ext.context, page, `${env.server.origin}/fixtures/basic.html`);
  expect(markup).toContain('OpenAI');
  expect(violations).toEqual([]);
  await page.close();
});

test('a screen reader is told what opened: the popover speaks through a polite live region, its dialog is described by the short explanation', async () => {
  const page = await openWithPopover({});
  const status = await announced(page, 'OpenAI: ');
  expect(status.node.properties?.find((p) => p.name === 'live')?.value.value).toBe('polite');
  const dialog = (await axTree(page)).find((n) => n.role?.value === 'dialog');
  const shown = (await popoverText(page)) ?? '';
  expect(dialog?.description?.value.length).toBeGreaterThan(20);
  expect(shown).toContain(dialog?.description?.value ?? '-');
  // Closing it clears the region, so the same term opened again is announced again.
  await page.keyboard.press('Escape');
  await expect
    .poll(async () => {
      const nodes = await axTree(page);
      return nodes.some((n) => n.role?.value === 'status' && axText(nodes, n).includes('OpenAI'));
    })
    .toBe(false);
  await page.close();
});

test('the term list (keyboard command) is announced, takes focus and works with the keyboard alone', async () => {
  const page = await env.ext.context.newPage();
  await page.goto(`${env.server.origin}/fixtures/hover.html`);
  await waitForScan(page);
  const tabId = await tabIdOf(env.ext, page);
  // What the background does on Alt+Shift+L (headless Chromium has no way to press a browser command's keys).
  await env.ext.worker.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, message: object): Promise<unknown> } } }).chrome;
    await api.tabs.sendMessage(id, { type: 'show-term-list' });
  }, tabId);
  const status = await announced(page, 'Terms on this page: ');
  const count = Number(/: (\d+) terms?, choose with the arrow keys/.exec(status.text)?.[1] ?? 0);
  // At least one term per distinct marked text's entry (several forms may share an entry).
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(new Set((await marks(page)).map((m) => m.text)).size);
  // The document is focused, and inside it the list (the closed shadow root's focus shows in the accessibility tree).
  const focused = (await axTree(page)).filter((n) => n.properties?.some((p) => p.name === 'focused' && p.value.value === true));
  expect(focused.map((n) => n.role?.value).filter((r) => r !== 'RootWebArea')).toEqual(['listbox']);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  // Enter on the last term explains it where it stands.
  await expect.poll(async () => (await popoverText(page)) ?? '').not.toContain('Terms on this page');
  expect((await popoverText(page)) ?? '').not.toBe('');
  await page.close();
});

test('at 200 % zoom the marks and the popover stay usable: the popover fits the narrower viewport and nothing in it is cut off', async () => {
  // Browser zoom at 200 % halves the viewport in CSS pixels and doubles the device pixels per CSS pixel.
  const page = await env.ext.context.newPage();
  await page.setViewportSize({ width: 600, height: 400 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 600, height: 400, deviceScaleFactor: 2, mobile: false });
  await page.goto(`${env.server.origin}/fixtures/hover.html`);
  await waitForScan(page);
  expect(await page.evaluate(() => window.devicePixelRatio)).toBe(2);
  await page.mouse.move(5, 390);
  const at = await markPoint(page, 'OpenAI');
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await waitForPopover(page, 'OpenAI');
  const box = await popoverBox(page);
  if (!box) throw new Error('no popover');
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.left + box.width).toBeLessThanOrEqual(600);
  expect(box.width).toBeGreaterThan(200);
  // Its text wraps instead of overflowing: the card is no wider than it shows.
  const card = await popoverStyle(page, 'card', ['overflow-x', 'width']);
  expect(Number.parseFloat(card.width ?? '0')).toBeLessThanOrEqual(box.width);
  await page.keyboard.press('Escape');
  await cdp.detach();
  await page.close();
});
