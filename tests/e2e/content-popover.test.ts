import type { Page } from 'playwright-core';
import {
  clickInPopover,
  markPoint,
  popoverBox,
  popoverElementText,
  popoverText,
  sendToTab,
  tabIdOf,
  useExtensionBrowser,
  waitForNoPopover,
  waitForPopover,
  waitForScan,
} from './harness';

const env = useExtensionBrowser();
let page: Page;

beforeEach(async () => {
  page = await env.ext.context.newPage();
  await page.goto(`${env.server.origin}/fixtures/hover.html`);
  await waitForScan(page);
  await page.mouse.move(5, 700);
});
afterEach(async () => {
  await page.close();
});

async function hostBox(p: Page) {
  const r = await popoverBox(p);
  return r ? { left: r.left, top: r.top, right: r.left + r.width, bottom: r.top + r.height } : null;
}

describe('hover', () => {
  test('dwelling on a term opens its popover; moving into it keeps it; leaving closes it', async () => {
    const at = await markPoint(page, 'OpenAI');
    await page.mouse.move(at.x, at.y, { steps: 3 });
    const text = await waitForPopover(page, 'OpenAI');
    // Title plus an explanation (more than the title itself).
    expect(text.length).toBeGreaterThan(60);
    const box = await hostBox(page);
    if (!box) throw new Error('no popover host');
    // Above the fixed header's z-index and not covering the term.
    expect(box.top).toBeGreaterThan(at.y);
    await page.mouse.move(box.left + 20, box.top + 20, { steps: 5 });
    await page.waitForTimeout(700);
    expect(await popoverText(page)).toContain('OpenAI');
    await page.mouse.move(5, 700, { steps: 2 });
    await waitForNoPopover(page);
  });

  test('a hover that leaves before the dwell never opens late', async () => {
    const at = await markPoint(page, 'OpenAI');
    await page.mouse.move(at.x, at.y);
    await page.mouse.move(5, 700);
    await page.waitForTimeout(1000);
    expect(await popoverText(page)).toBeNull();
  });

  test('Escape closes the popover; a page that removes the host gets a new one on the next hover', async () => {
    let at = await markPoint(page, 'OpenAI');
    await page.mouse.move(at.x, at.y, { steps: 2 });
    await waitForPopover(page, 'OpenAI');
    await page.keyboard.press('Escape');
    expect(await popoverText(page)).toBeNull();

    await page.evaluate(() => document.querySelector('[data-klartext="popover"]')?.remove());
    await page.mouse.move(5, 700);
    at = await markPoint(page, 'Anthropic');
    await page.mouse.move(at.x, at.y, { steps: 2 });
    await waitForPopover(page, 'Anthropic');
    expect(await page.evaluate(() => document.querySelectorAll('[data-klartext="popover"]').length)).toBe(1);
  });

  test('near the right and bottom edges the popover flips and shifts into view', async () => {
    for (const term of ['Anthropic', 'Sputnik-Moment']) {
      const nth = term === 'Anthropic' ? 1 : 0;
      await page.mouse.move(5, 700);
      const at = await markPoint(page, term, nth);
      await page.mouse.move(at.x, at.y, { steps: 2 });
      await waitForPopover(page, term.slice(0, 6));
      const box = await hostBox(page);
      const view = page.viewportSize();
      if (!box || !view) throw new Error('no popover or viewport');
      expect(box.right).toBeLessThanOrEqual(view.width);
      expect(box.bottom).toBeLessThanOrEqual(view.height);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Escape');
    }
  });

  test('a term wrapped over two lines opens next to the line under the pointer', async () => {
    const lines = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('klartext') ?? [])].find((r) => r.toString().startsWith('Mixture'));
      return [...((range as Range | undefined)?.getClientRects() ?? [])].map((r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2, bottom: r.bottom }));
    });
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const second = lines[1] as { x: number; y: number; bottom: number };
    await page.mouse.move(second.x, second.y, { steps: 2 });
    await waitForPopover(page, 'Mixture');
    const box = await hostBox(page);
    expect(box?.top).toBeGreaterThanOrEqual(second.bottom);
  });
});

describe('keyboard and selection', () => {
  test('the term list opens by command, Enter explains a term, Escape returns focus', async () => {
    await page.focus('#before');
    const tabId = await tabIdOf(env.ext, page);
    await sendToTab(env.ext, tabId, { type: 'show-term-list' });
    const list = await waitForPopover(page, 'Anthropic');
    expect(list).toContain('OpenAI');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(async () => {
      const text = (await popoverText(page)) ?? '';
      return !text.includes('↑↓') && text.length > 40;
    }).toBe(true);
    await page.keyboard.press('Escape');
    expect(await popoverText(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
  });

  test('focusing a link that contains a term explains it', async () => {
    await page.focus('#before');
    await page.keyboard.press('Tab');
    await waitForPopover(page, 'DeepSeek');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('link');
  });

  test('double-clicking a term explains the selection', async () => {
    const at = await markPoint(page, 'Anthropic');
    await page.mouse.dblclick(at.x, at.y);
    await waitForPopover(page, 'Anthropic');
  });

  test('related terms open in place and the long explanation on demand', async () => {
    const at = await markPoint(page, 'OpenAI');
    await page.mouse.move(at.x, at.y, { steps: 2 });
    const before = await waitForPopover(page, 'OpenAI');
    await clickInPopover(page, { className: 'more' });
    await expect.poll(async () => ((await popoverText(page)) ?? '').length).toBeGreaterThan(before.length);
    const related = await popoverElementText(page, { className: 'chip' });
    expect(related.length).toBeGreaterThan(1);
    await clickInPopover(page, { className: 'chip' });
    await waitForPopover(page, related);
  });
});

describe('language', () => {
  test('the popover labels speak the explanation’s language, not the browser’s (German page, English browser)', async () => {
    const at = await markPoint(page, 'OpenAI');
    await page.mouse.move(at.x, at.y, { steps: 2 });
    const text = await waitForPopover(page, 'OpenAI');
    // The browser here runs in English; the page (and so the explanation) is German.
    expect(await page.evaluate(() => navigator.language)).toMatch(/^en/);
    for (const german of ['Unternehmen', 'Mehr erfahren', 'Verwandt:', 'Quelle:', 'Kenne ich']) expect(text).toContain(german);
    for (const english of ['Company', 'Read more', 'Related:', 'Source:', 'I know this']) expect(text).not.toContain(english);
  });
});
