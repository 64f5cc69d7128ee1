// @vitest-environment happy-dom
import { render, type ComponentChild } from 'preact';
import { Interaction, type InteractionDeps, type PopoverSurface } from '../../src/content/interaction';
import { ScanSession } from '../../src/content/scan-session';
import type { TermContext } from '../../src/core/glossary/entry-history';
import type { EntryView } from '../../src/core/glossary/present';
import { compileMatcher } from '../../src/core/matcher';
import type { EntryReply } from '../../src/core/protocol/replies';
import { asReader, fakeLayout, highlighted, installHighlights, removeHighlights } from '../dom/fakes';
import { installI18n } from '../ui/popup/i18n-stub';

const matcher = compileMatcher([
  { id: 'r1', forms: { de: ['DeepSeek R1'], en: ['DeepSeek R1'] } },
  { id: 'llm', forms: { de: ['LLM'], en: ['LLM'] } },
  { id: 'gemini', forms: { de: ['Gemini'], en: ['Gemini'] } },
]);
const TITLES: Record<string, string> = { r1: 'DeepSeek R1', llm: 'Sprachmodell', gemini: 'Gemini' };
const HOVER_MS = 300;

function entryView(id: string): EntryView {
  return {
    id,
    lang: 'de',
    title: TITLES[id] ?? id,
    short: `Kurz: ${id}.`,
    long: '',
    category: 'model',
    related: id === 'r1' ? [{ id: 'llm', title: 'Sprachmodell' }] : [],
    source: { label: 'Quelle' },
  };
}

/**
 * The page, laid out as a fake monospace: each paragraph is one line 20 px
 * high (the first at y = 0), each character 10 px wide.
 */
const PAGE =
  '<p id="a">Das Modell DeepSeek R1 ist neu.</p><p id="b">Ein LLM und noch ein LLM.</p>' +
  '<p id="c">Nichts hier.</p><p id="d">Gemini ist ein Sternbild.</p><p id="e"><a id="link" href="#">LLM</a></p>';

let registry: Map<string, Set<Range>>;
let session: ScanSession;
let interaction: Interaction;
let container: HTMLElement;
let asked: (TermContext & { id: string })[];
let known: string[];
let hold: ((reply: void) => void) | null;
let restoreLayout: () => void;

const lines = () => [...document.querySelectorAll('p')];
const lineOf = (node: Node) => lines().indexOf((node.nodeType === 3 ? node.parentElement?.closest('p') : (node as Element).closest('p')) as HTMLParagraphElement);

/** The point in the middle of the `nth` occurrence of `word` in paragraph `id`. */
function pointAt(id: string, word: string, nth = 0): { x: number; y: number } {
  const text = (document.getElementById(id) as HTMLElement).textContent ?? '';
  let at = text.indexOf(word);
  for (let i = 0; i < nth; i++) at = text.indexOf(word, at + 1);
  return { x: (at + word.length / 2) * 10, y: lineOf(document.getElementById(id) as Node) * 20 + 9 };
}

function popover(): PopoverSurface & { shown: { focus?: boolean; announce?: string }[] } {
  let open = false;
  const shown: { focus?: boolean; announce?: string }[] = [];
  return {
    shown,
    get isOpen() {
      return open;
    },
    show: (content: ComponentChild, _anchor: () => DOMRect | null, options = {}) => {
      render(content, container);
      open = true;
      shown.push(options);
    },
    hide: () => {
      render(null, container);
      open = false;
    },
    reposition: () => {},
    containsEvent: (e: Event) => e.composedPath().includes(container),
    isOwnNode: (node: Node) => container.contains(node),
  };
}

beforeEach(async () => {
  installI18n('en');
  registry = installHighlights();
  document.getSelection()?.removeAllRanges();
  document.body.innerHTML = `${PAGE}<div id="popover"></div>`;
  container = document.getElementById('popover') as HTMLElement;
  asked = [];
  known = [];
  hold = null;
  restoreLayout = fakeLayout(document, {
    rectOf: (range) => {
      const line = lineOf(range.startContainer);
      const node = range.startContainer;
      if (line < 0 || node.nodeType !== 3) return null;
      return new DOMRect(range.startOffset * 10, line * 20, (range.endOffset - range.startOffset) * 10, 18);
    },
    caretAt: (x, y) => {
      const p = lines()[Math.floor(y / 20)];
      const walker = p ? document.createTreeWalker(p, 4) : null;
      const node = walker?.nextNode() as Text | null | undefined;
      return node ? { node, offset: Math.min(node.data.length, Math.round(x / 10)) } : null;
    },
  });
  session = new ScanSession({
    doc: document,
    matcher,
    senses: null,
    isQuiet: () => false,
    firstOnly: false,
    css: '',
    cssIsInjected: false,
    isOwnNode: (node) => container.contains(node),
    onScanned: () => scanned?.(),
    onDegraded: () => {},
  });
  let scanned: (() => void) | undefined;
  await new Promise<void>((resolve) => {
    scanned = resolve;
    session.start();
  });
});

afterEach(() => {
  interaction?.detach();
  session.stop();
  restoreLayout();
  removeHighlights();
  vi.useRealTimers();
});

function attach(overrides: Partial<InteractionDeps> = {}) {
  const surface = popover();
  interaction = new Interaction({
    doc: document,
    isAlive: () => true,
    popover: surface,
    session: () => session,
    hoverDelayMs: () => HOVER_MS,
    entry: async (id, ctx) => {
      asked.push({ id, textLang: ctx.textLang, formLang: ctx.formLang });
      if (hold) await new Promise<void>((resolve) => (hold = resolve));
      return { view: entryView(id), isUserEntry: false } satisfies EntryReply;
    },
    title: (id) => TITLES[id] ?? id,
    matchText: (text, lang) => matcher.match(text, { lang }),
    isAmbiguous: (id) => id === 'gemini',
    markKnown: (id) => known.push(id),
    flagEntry: async () => true,
    ...overrides,
  });
  interaction.attach();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  return surface;
}

const title = () => container.querySelector('h2')?.textContent ?? null;
const move = (p: { x: number; y: number }, pointerType = 'mouse') =>
  document.body.dispatchEvent(asReader(new PointerEvent('pointermove', { bubbles: true, clientX: p.x, clientY: p.y, pointerType })));
const click = (el: Element | null) => el?.dispatchEvent(asReader(new MouseEvent('click', { bubbles: true })));
const key = (k: string) => document.body.dispatchEvent(asReader(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })));

test('a dwell on a term opens its card there, the term drawn as active; leaving it closes after the grace period', async () => {
  attach();
  move(pointAt('a', 'DeepSeek R1'));
  await vi.advanceTimersByTimeAsync(16);
  // The dwell starts: the entry is asked for at once, so it is there when the card opens.
  expect(asked).toEqual([{ id: 'r1', textLang: '', formLang: 'de' }]);
  expect(title()).toBeNull();
  await vi.advanceTimersByTimeAsync(HOVER_MS);
  expect(title()).toBe('DeepSeek R1');
  expect(highlighted(registry, 'klartext-active')).toEqual(['DeepSeek R1']);
  move(pointAt('c', 'Nichts'));
  // The frame's hit-test finds no term within 16 ms; the card stays for the 300 ms after it.
  await vi.advanceTimersByTimeAsync(16 + 280);
  expect(title()).toBe('DeepSeek R1');
  await vi.advanceTimersByTimeAsync(20);
  expect(title()).toBeNull();
  expect(highlighted(registry, 'klartext-active')).toEqual([]);
});

test('a hover that moves on before the dwell never opens late, and a page’s synthetic moves open nothing', async () => {
  attach();
  move(pointAt('b', 'LLM'));
  await vi.advanceTimersByTimeAsync(16 + 100);
  move(pointAt('c', 'hier'));
  await vi.advanceTimersByTimeAsync(1000);
  expect(title()).toBeNull();
  const { x, y } = pointAt('a', 'DeepSeek R1');
  document.body.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: x, clientY: y, pointerType: 'mouse' }));
  await vi.advanceTimersByTimeAsync(1000);
  expect(title()).toBeNull();
});

test('a tap on a term explains it at once; Escape, or a press beside the terms, closes it', async () => {
  const surface = attach();
  const tap = pointAt('b', 'LLM', 1);
  document.body.dispatchEvent(asReader(new PointerEvent('pointerup', { bubbles: true, clientX: tap.x, clientY: tap.y, pointerType: 'touch' })));
  await vi.advanceTimersByTimeAsync(0);
  expect(title()).toBe('Sprachmodell');
  key('Escape');
  expect(surface.isOpen).toBe(false);
  document.body.dispatchEvent(asReader(new PointerEvent('pointerup', { bubbles: true, clientX: tap.x, clientY: tap.y, pointerType: 'touch' })));
  await vi.advanceTimersByTimeAsync(0);
  const press = (p: { x: number; y: number }) =>
    document.body.dispatchEvent(asReader(new PointerEvent('pointerdown', { bubbles: true, clientX: p.x, clientY: p.y, pointerType: 'mouse' })));
  press(pointAt('a', 'DeepSeek R1'));
  expect(surface.isOpen).toBe(true);
  press(pointAt('c', 'Nichts'));
  expect(surface.isOpen).toBe(false);
});

test('related entries open in place in the term’s context, and Back returns', async () => {
  attach();
  move(pointAt('a', 'DeepSeek R1'));
  await vi.advanceTimersByTimeAsync(16 + HOVER_MS);
  click(container.querySelector('.chip'));
  await vi.advanceTimersByTimeAsync(0);
  expect(title()).toBe('Sprachmodell');
  expect(asked.at(-1)).toEqual({ id: 'llm', textLang: '', formLang: 'de' });
  expect(container.querySelector('.back')).not.toBeNull();
  click(container.querySelector('.back'));
  await vi.advanceTimersByTimeAsync(0);
  expect(title()).toBe('DeepSeek R1');
  expect(container.querySelector('.back')).toBeNull();
});

test('a reply that comes after the popover was closed paints nothing', async () => {
  const surface = attach();
  hold = () => {};
  interaction.revealTerm('r1');
  await vi.advanceTimersByTimeAsync(0);
  interaction.close();
  const release = hold as () => void;
  hold = null;
  release();
  await vi.advanceTimersByTimeAsync(0);
  expect(surface.isOpen).toBe(false);
  expect(title()).toBeNull();
});

test('"I know this" closes the card and tells which term', async () => {
  attach();
  interaction.revealTerm('llm');
  await vi.advanceTimersByTimeAsync(0);
  click(container.querySelector('.know'));
  expect(known).toEqual(['llm']);
  expect(title()).toBeNull();
});

describe('selection', () => {
  function select(id: string, word: string) {
    const node = (document.getElementById(id) as HTMLElement).firstChild as Text;
    const range = document.createRange();
    range.setStart(node, node.data.indexOf(word));
    range.setEnd(node, node.data.indexOf(word) + word.length);
    const selection = document.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
  }

  test('a selection that is exactly one term explains it; more or less than a term explains nothing', async () => {
    attach();
    select('a', 'Modell DeepSeek R1');
    expect(interaction.explainSelection()).toBe(false);
    select('a', 'DeepSeek');
    expect(interaction.explainSelection()).toBe(false);
    select('a', 'DeepSeek R1');
    expect(interaction.explainSelection()).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(title()).toBe('DeepSeek R1');
    expect(container.querySelector('.suggestion')).toBeNull();
  });

  test('an ambiguous form the scan left unmarked is offered as a question; a double-click selects it', async () => {
    // The scan marked Gemini here (no sense rules in this session): unmark it, as a sense decision would.
    session.store.clearUnit(document.getElementById('d') as Node);
    attach();
    select('d', 'Gemini');
    document.body.dispatchEvent(asReader(new MouseEvent('dblclick', { bubbles: true })));
    await vi.advanceTimersByTimeAsync(0);
    expect(title()).toBe('Gemini');
    expect(container.querySelector('.suggestion')).not.toBeNull();
  });
});

test('the term list names each term of the page once, by title, with its count; choosing one goes to its occurrences in turn', async () => {
  const surface = attach();
  interaction.showTermList();
  const options = [...container.querySelectorAll('[role="option"]')].map((li) => li.textContent);
  expect(options).toEqual(['DeepSeek R11', 'Gemini1', 'Sprachmodell3']);
  expect(surface.shown.at(-1)?.focus).toBe(true);
  const scrolled: Element[] = [];
  vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
    scrolled.push(this);
  });
  click(container.querySelectorAll('[role="option"]')[2] as Element);
  await vi.advanceTimersByTimeAsync(0);
  expect(title()).toBe('Sprachmodell');
  expect(highlighted(registry, 'klartext-active')).toEqual(['LLM']);
  expect(interaction.revealTerm('llm')).toBe(true);
  expect(interaction.revealTerm('llm')).toBe(true);
  expect(interaction.revealTerm('llm')).toBe(true);
  expect(scrolled.map((el) => el.id)).toEqual(['b', 'b', 'link', 'b']);
  expect(interaction.revealTerm('moe')).toBe(false);
});

test('tabbing to a link that holds a term explains it; after detach nothing is heard', async () => {
  const surface = attach();
  key('Tab');
  (document.getElementById('link') as HTMLElement).dispatchEvent(asReader(new FocusEvent('focusin', { bubbles: true })));
  await vi.advanceTimersByTimeAsync(0);
  expect(title()).toBe('Sprachmodell');
  interaction.detach();
  expect(surface.isOpen).toBe(false);
  move(pointAt('a', 'DeepSeek R1'));
  await vi.advanceTimersByTimeAsync(1000);
  expect(title()).toBeNull();
});
