import type { Page } from 'playwright-core';
import {
  markPoint,
  popoverBox,
  popoverStyle,
  popoverText,
  useExtensionBrowser,
  waitForNoPopover,
  waitForPopover,
  waitForScan,
} from './harness';

const env = useExtensionBrowser({ hasTouch: true });
let page: Page;

beforeEach(async () => {
  page = await env.ext.context.newPage();
  await page.goto(`${env.server.origin}/fixtures/layout.html`);
  await waitForScan(page);
  await page.mouse.move(700, 700);
});
afterEach(async () => {
  await page.close();
});

const hostRect = (p: Page) =>
  p.evaluate(() => {
    const r = document.querySelector('[data-klartext="popover"]')?.getBoundingClientRect();
    return r ? { top: r.top, left: r.left, x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 40) } : null;
  });

/** Whether the popover is what the user sees at its own centre (nothing drawn over it). */
const popoverOnTop = (p: Page) =>
  p.evaluate(async () => {
    const host = document.querySelector('[data-klartext="popover"]');
    const r = host?.getBoundingClientRect();
    if (!host || !r) return false;
    return document.elementFromPoint(r.left + r.width / 2, r.top + 12) === host;
  });

test('follows a term in a scrolled container and is drawn above a max z-index header', async () => {
  const at = await markPoint(page, 'OpenAI');
  await page.mouse.move(at.x, at.y, { steps: 2 });
  await waitForPopover(page, 'OpenAI');
  const before = await hostRect(page);
  await page.evaluate(() => {
    document.getElementById('scroller')?.scrollBy(0, 30);
  });
  await expect.poll(async () => (await hostRect(page))?.top).toBeCloseTo((before?.top ?? 0) - 30, 0);
  await page.keyboard.press('Escape');

  await page.evaluate(() => window.scrollTo(0, 0));
  const under = await markPoint(page, 'Anthropic');
  await page.mouse.move(under.x, under.y, { steps: 2 });
  await waitForPopover(page, 'Anthropic');
  expect(await popoverOnTop(page)).toBe(true);
});

test('shows above fullscreen content, and stays while the pointer reads it', async () => {
  await page.click('#full');
  await page.waitForFunction(() => document.fullscreenElement?.id === 'stage');
  const at = await markPoint(page, 'DeepSeek R1');
  await page.mouse.move(at.x, at.y, { steps: 2 });
  await waitForPopover(page, 'DeepSeek');
  await page.waitForTimeout(300);
  const open = await popoverBox(page);
  if (!open) throw new Error('no popover');
  const box = { x: open.left, y: open.top, width: open.width, height: open.height };
  // Content outside a fullscreen element is inert (not hit-testable), so
  // compare pixels: the area looks different with the popover than without.
  const shown = await page.screenshot({ clip: box });
  await page.mouse.move(box.x + 30, box.y + 30, { steps: 4 });
  await page.waitForTimeout(600);
  expect(await popoverText(page)).toContain('DeepSeek');
  await page.keyboard.press('Escape');
  await waitForNoPopover(page);
  const hidden = await page.screenshot({ clip: box });
  expect(shown.equals(hidden)).toBe(false);
  if (await page.evaluate(() => !!document.fullscreenElement)) await page.evaluate(() => document.exitFullscreen());
});

test('a tap on a term opens it at once', async () => {
  const at = await markPoint(page, 'Anthropic');
  await page.touchscreen.tap(at.x, at.y);
  await waitForPopover(page, 'Anthropic');
});

test('follows dark mode and reduced motion', async () => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  const at = await markPoint(page, 'Anthropic');
  await page.mouse.move(at.x, at.y, { steps: 2 });
  await waitForPopover(page, 'Anthropic');
  const style = await popoverStyle(page, 'card', ['background-color', 'animation-name']);
  expect(style['animation-name']).toBe('none');
  const [r, g, b] = (style['background-color']?.match(/\d+/g) ?? []).map(Number) as [number, number, number];
  expect(r + g + b).toBeLessThan(200);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
});
