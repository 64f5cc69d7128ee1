// What the reader looks up stays the reader's (contract C2): a page script
// cannot open the popover with synthetic input, read it, hide it, stop
// Klartext with a forged event or break it by defining the element first;
// a private entry is never drawn. Each probe runs as a hostile page script
// against the built extension; the test itself reads the closed popover
// through the DevTools protocol, and drives it with Playwright's (trusted)
// mouse and keyboard.
import type { Page } from 'playwright-core';
import {
  markPoint,
  popoverBox,
  ownEntry,
  popoverText,
  setOwnGlossary,
  useExtensionBrowser,
  waitForPopover,
  waitForScan,
} from './harness';

const env = useExtensionBrowser();

/**
 * Runs in the page before anything else: records every message posted to
 * the window and every text a MutationObserver can see near Klartext's host,
 * and defines `klartext-popover` first, with a constructor that throws.
 */
const SPY = `
  window.__spy = { messages: [], seen: [] };
  window.addEventListener('message', (e) => window.__spy.messages.push(JSON.stringify(e.data)));
  customElements.define('klartext-popover', class extends HTMLElement { constructor() { super(); throw new Error('hostile'); } });
  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of [r.target, ...r.addedNodes]) {
        if (node.nodeType !== 1) continue;
        window.__spy.seen.push((node.textContent || '') + '|' + (node.shadowRoot ? node.shadowRoot.textContent : 'no shadow root'));
        if (node.getAttribute && node.getAttribute('data-klartext') === 'popover') {
          // Try to take the host over: another shadow root (refused: it has one), or light-DOM text.
          try { node.attachShadow({ mode: 'open' }).textContent = 'Gefälscht'; } catch (err) {}
        }
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
`;

interface Spy {
  messages: string[];
  seen: string[];
}

const spy = (page: Page) => page.evaluate(() => (window as unknown as { __spy: Spy }).__spy);

async function openHostile(): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.addInitScript(SPY);
  await page.goto(`${env.server.origin}/fixtures/hostile-page.html`);
  await waitForScan(page);
  await page.mouse.move(5, 5);
  return page;
}

/** The centre of the first line of `text` in element `id` (page coordinates), found without Klartext. */
async function wordPoint(page: Page, id: string, text: string): Promise<{ x: number; y: number }> {
  const at = await page.evaluate(
    ({ id, text }) => {
      const node = document.getElementById(id)?.firstChild;
      const i = node?.textContent?.indexOf(text) ?? -1;
      if (!node || i < 0) return null;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + text.length);
      const r = range.getClientRects()[0];
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    },
    { id, text },
  );
  if (!at) throw new Error(`no "${text}" in #${id}`);
  return at;
}

const noPopoverAfter = async (page: Page, ms: number) => {
  await page.waitForTimeout(ms);
  return { open: await popoverBox(page), text: await popoverText(page) };
};

test('synthetic pointer, touch, double-click and keyboard events and a programmatic focus() open nothing', async () => {
  const page = await openHostile();
  const at = await markPoint(page, 'OpenAI');
  await page.evaluate(({ x, y }) => {
    const target = document.elementFromPoint(x, y) ?? document.body;
    const init = { bubbles: true, composed: true, clientX: x, clientY: y };
    for (let i = 0; i < 5; i++) target.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
    target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'touch' }));
    target.dispatchEvent(new PointerEvent('pointerup', { ...init, pointerType: 'touch' }));
    // Select the term as a double-click would, then say so.
    const text = document.getElementById('plain')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, text.data.indexOf('OpenAI'));
    range.setEnd(text, text.data.indexOf('OpenAI') + 'OpenAI'.length);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    target.dispatchEvent(new MouseEvent('dblclick', { ...init, detail: 2 }));
    target.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'ArrowRight', shiftKey: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Tab' }));
    (document.getElementById('link') as HTMLElement).focus();
  }, at);
  expect(await noPopoverAfter(page, 1200)).toEqual({ open: null, text: null });

  // The same paths with real input do open it (Playwright's mouse and keyboard are trusted).
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await page.focus('#before');
  await page.keyboard.press('Tab');
  await waitForPopover(page, 'DeepSeek');
  await page.keyboard.press('Escape');
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await waitForPopover(page, 'OpenAI');
  await page.close();
});

test('an open popover: the page reads none of its text, and its stylesheet cannot hide it', async () => {
  const page = await openHostile();
  const at = await markPoint(page, 'OpenAI');
  await page.mouse.move(at.x, at.y, { steps: 3 });
  const shown = await waitForPopover(page, 'OpenAI');
  // A sentence of the explanation, to look for in everything the page can read.
  const sentence = shown.replace(/\s+/g, ' ').split('. ').map((s) => s.trim()).find((s) => s.length > 40) ?? '';
  expect(sentence.length).toBeGreaterThan(40);
  const probe = sentence.slice(0, 40);

  const reads = await page.evaluate((probe) => {
    const host = document.querySelector('[data-klartext="popover"]') as HTMLElement | null;
    const selection = getSelection() as Selection & { modify(a: string, d: string, g: string): void };
    selection.selectAllChildren(document.documentElement);
    let selected = selection.toString();
    // window.find() puts the selection on text it finds, in shadow trees too; extended, it would read on.
    selection.removeAllRanges();
    (window as unknown as { find(s: string): boolean }).find(probe.slice(0, 12));
    selection.modify('extend', 'forward', 'documentboundary');
    selected += `|${selection.toString()}`;
    selection.removeAllRanges();
    const cs = host ? getComputedStyle(host) : null;
    return {
      host: host?.localName ?? null,
      shadowRoot: host?.shadowRoot ?? null,
      hostText: host?.textContent ?? null,
      anywhere: [document.documentElement.textContent ?? '', document.documentElement.innerText, selected].some((t) => t.includes(probe)),
      style: cs ? { display: cs.display, visibility: cs.visibility, opacity: cs.opacity, transform: cs.transform, filter: cs.filter, clipPath: cs.clipPath } : null,
    };
  }, probe);
  expect(reads).toEqual({
    host: 'div',
    shadowRoot: null,
    hostText: '',
    anywhere: false,
    style: { display: 'block', visibility: 'visible', opacity: '1', transform: 'none', filter: 'none', clipPath: 'none' },
  });
  // The page's MutationObserver saw the host come and go, never the text.
  const { seen } = await spy(page);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.filter((s) => s.includes(probe))).toEqual([]);

  // Drawn where the reader sees it: a real box below the term, with pixels of its own.
  const box = await popoverBox(page);
  if (!box) throw new Error('no open popover');
  expect(box.width).toBeGreaterThan(150);
  expect(box.height).toBeGreaterThan(40);
  expect(box.top).toBeGreaterThan(at.y);
  const clip = { x: box.left, y: box.top, width: box.width, height: box.height };
  const withPopover = await page.screenshot({ clip });
  await page.keyboard.press('Escape');
  expect(await popoverText(page)).toBeNull();
  expect(withPopover.equals(await page.screenshot({ clip }))).toBe(false);
  await page.close();
});

test('a forged "content script started" event, a pre-defined element and a meddling observer change nothing', async () => {
  const page = await openHostile();
  const id = env.ext.extensionId;
  // WXT announced the script to the page with window.postMessage, naming the extension: no longer.
  expect((await spy(page)).messages.filter((m) => m.includes(id) || m.includes('content-script-started'))).toEqual([]);
  await page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    const detail = { contentScriptName: 'content', messageId: 'forged' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
  }, id);
  await page.waitForTimeout(300);
  // Still running: marks stay, and a real hover explains the right term, in Klartext's own words.
  const highlighted = await page.evaluate(() => [...(CSS.highlights.get('klartext') ?? [])].map((r) => r.toString()));
  expect(highlighted).toContain('Anthropic');
  const at = await markPoint(page, 'Anthropic');
  await page.mouse.move(at.x, at.y, { steps: 3 });
  const text = await waitForPopover(page, 'Anthropic');
  expect(text).not.toContain('Gefälscht');
  expect(await page.evaluate(() => document.querySelectorAll('[data-klartext="popover"]').length)).toBe(1);
  await page.close();
});

test('a private entry is never drawn, opens on no hover, and is explained when the reader selects it', async () => {
  const entry = ownEntry({
    id: 'geheimbefund',
    de: 'Geheimbefund',
    short: 'Meine eigene Notiz, die keine Seite lesen soll.',
    source: { label: 'Meine Notizen seit 2023' },
    private: true,
  });
  await setOwnGlossary(env.ext, [entry]);
  try {
    const page = await openHostile();
    // In no highlight, drawn or quiet: the page cannot learn the term from CSS.highlights.
    const ranges = await page.evaluate(() => [...CSS.highlights.values()].flatMap((h) => [...h].map((r) => r.toString())));
    expect(ranges).toContain('OpenAI');
    expect(ranges.filter((r) => r.includes('Geheimbefund'))).toEqual([]);

    const at = await wordPoint(page, 'secret', 'Geheimbefund');
    await page.mouse.move(at.x, at.y, { steps: 3 });
    expect(await noPopoverAfter(page, 1000)).toEqual({ open: null, text: null });

    await page.mouse.dblclick(at.x, at.y);
    const text = await waitForPopover(page, 'Meine eigene Notiz');
    expect(text).toContain('Meine Notizen seit 2023');
    expect(await page.evaluate(() => document.querySelector('[data-klartext="popover"]')?.shadowRoot ?? null)).toBeNull();
    expect((await spy(page)).seen.filter((s) => s.includes('Meine eigene Notiz'))).toEqual([]);
    await page.close();
  } finally {
    await setOwnGlossary(env.ext, []);
  }
});
