// @vitest-environment happy-dom
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import type { EntryView } from '../../src/core/glossary/present';
import { POPOVER_CSS, POPOVER_WIDTH } from '../../src/content/popover/popover-css';
import { rangeAnchor, showEntryCard, showTermList, topCentreAnchor, type Anchor, type EntryCard } from '../../src/content/popover/popover-view';
import { asReader } from '../dom/fakes';
import { installI18n } from '../ui/popup/i18n-stub';

const view: EntryView = {
  id: 'deepseek-r1',
  lang: 'de',
  title: 'DeepSeek R1',
  short: 'Ein Sprachmodell.',
  long: '',
  category: 'model',
  related: [{ id: 'llm', title: 'Sprachmodell' }],
  source: { label: 'Quelle' },
  checked: '2025-01-31',
};

interface Shown {
  anchor: Anchor;
  options: { focus?: boolean; announce?: string };
}

let container: HTMLElement;
let shown: Shown[];
const popover = {
  show: (content: ComponentChild, anchor: Anchor, options: { focus?: boolean; announce?: string } = {}) => {
    render(content, container);
    shown.push({ anchor, options });
  },
};

beforeEach(() => {
  installI18n('en');
  document.body.innerHTML = '<div id="card"></div>';
  container = document.getElementById('card') as HTMLElement;
  shown = [];
});

afterEach(() => {
  render(null, container);
  vi.restoreAllMocks();
});

function card(overrides: Partial<EntryCard> = {}): EntryCard & { calls: string[] } {
  const calls: string[] = [];
  return {
    view,
    isUserEntry: false,
    depth: 1,
    suggestion: false,
    anchor: () => new DOMRect(10, 20, 30, 16),
    focus: false,
    onKnow: () => calls.push('know'),
    onFlag: async () => true,
    onFlagFormChange: (open) => calls.push(`flag-form ${open}`),
    onRelated: (id) => calls.push(`related ${id}`),
    onBack: () => calls.push('back'),
    onClose: () => calls.push('close'),
    calls,
    ...overrides,
  };
}

const click = (el: Element | null) => el?.dispatchEvent(asReader(new MouseEvent('click', { bubbles: true })));
const button = (selector: string) => container.querySelector(selector);

test('an entry card shows the title and short explanation beside its anchor, and says them to a screen reader', () => {
  const entry = card({ focus: true });
  showEntryCard(popover, entry);
  expect(container.querySelector('h2')?.textContent).toBe('DeepSeek R1');
  expect(container.querySelector('.short')?.textContent).toBe('Ein Sprachmodell.');
  expect(shown).toHaveLength(1);
  expect(shown[0]?.anchor).toBe(entry.anchor);
  expect(shown[0]?.options).toEqual({ focus: true, announce: 'DeepSeek R1: Ein Sprachmodell.' });
});

test('Back is there only below the first entry; the card’s buttons reach the handlers', () => {
  const first = card();
  showEntryCard(popover, first);
  expect(button('.back')).toBeNull();
  click(button('.chip'));
  click(button('.know'));
  click(button('.close'));
  expect(first.calls).toEqual(['related llm', 'know', 'close']);
  const deeper = card({ depth: 2 });
  showEntryCard(popover, deeper);
  click(button('.back'));
  expect(deeper.calls).toEqual(['back']);
});

test('a new depth is a new card: an open flag form does not carry over to the related entry', () => {
  const first = card();
  showEntryCard(popover, first);
  act(() => void click(button('.flag-open')));
  expect(container.querySelector('.flag-form')).not.toBeNull();
  expect(first.calls).toEqual(['flag-form true']);
  // The same entry at the same depth keeps its state (a re-render, not a new card).
  act(() => showEntryCard(popover, card()));
  expect(container.querySelector('.flag-form')).not.toBeNull();
  act(() => showEntryCard(popover, card({ depth: 2 })));
  expect(container.querySelector('.flag-form')).toBeNull();
});

test('a suggestion is asked as a question', () => {
  showEntryCard(popover, card({ suggestion: true }));
  expect(container.querySelector('.suggestion')?.textContent).toContain('DeepSeek R1');
  showEntryCard(popover, card({ depth: 2 }));
  expect(container.querySelector('.suggestion')).toBeNull();
});

test('the term list shows every term with its count, takes focus and says how many there are', () => {
  const chosen: string[] = [];
  const anchor = topCentreAnchor(window);
  showTermList(popover, {
    items: [
      { id: 'llm', title: 'LLM', count: 3 },
      { id: 'moe', title: 'Mixture of Experts', count: 1 },
    ],
    anchor,
    onChoose: (id) => chosen.push(id),
    onClose: () => chosen.push('close'),
  });
  const options = [...container.querySelectorAll('[role="option"]')].map((li) => li.textContent);
  expect(options).toEqual(['LLM3', 'Mixture of Experts1']);
  expect(shown[0]?.anchor).toBe(anchor);
  expect(shown[0]?.options.focus).toBe(true);
  expect(shown[0]?.options.announce).toMatch(/2/);
  click(container.querySelectorAll('[role="option"]')[1] as Element);
  expect(chosen).toEqual(['moe']);
});

test('the term list opens popover-wide, centred at the top: the width is the one the popover CSS allows', () => {
  const rect = topCentreAnchor(window)() as DOMRect;
  expect(rect.width).toBe(POPOVER_WIDTH);
  expect(rect.left).toBe((window.innerWidth - POPOVER_WIDTH) / 2);
  expect(rect.top).toBe(8);
  expect(POPOVER_CSS).toContain(`max-width: min(${POPOVER_WIDTH}px, calc(100vw - 16px))`);
});

describe('rangeAnchor', () => {
  function wrappedTerm(lines: DOMRect[][]) {
    document.body.innerHTML = '<p>Mixture of Experts</p>';
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p') as Element);
    let frame = 0;
    vi.spyOn(range, 'getClientRects').mockImplementation(() => (lines[Math.min(frame, lines.length - 1)] ?? []) as unknown as DOMRectList);
    return { range, scroll: () => frame++ };
  }

  test('a term wrapped over two lines anchors at the line the pointer was on, and follows it as the page scrolls', () => {
    const { range, scroll } = wrappedTerm([
      [new DOMRect(300, 100, 80, 18), new DOMRect(0, 120, 60, 18)],
      [new DOMRect(300, 50, 80, 18), new DOMRect(0, 70, 60, 18)],
    ]);
    const anchor = rangeAnchor(range, new DOMRect(0, 120, 60, 18));
    expect(anchor()?.top).toBe(120);
    scroll();
    expect(anchor()?.top).toBe(70);
    // Without a pointer (keyboard, selection): the first line.
    expect(rangeAnchor(range)()?.left).toBe(300);
  });

  test('a term scrolled out of the window, or without a box, anchors nowhere (the popover hides)', () => {
    const { range, scroll } = wrappedTerm([[new DOMRect(0, 100, 60, 18)], [new DOMRect(0, -40, 60, 18)], [new DOMRect(0, 0, 0, 0)]]);
    const anchor = rangeAnchor(range);
    expect(anchor()).not.toBeNull();
    scroll();
    expect(anchor()).toBeNull();
    scroll();
    expect(anchor()).toBeNull();
  });
});
