// @vitest-environment happy-dom
import { listenToReader, type ReaderIntents } from '../../src/content/reader-input';
import { asReader } from '../dom/fakes';

let popoverEl: HTMLElement;
let stop: () => void;
let said: string[];
let escapeCloses: boolean;

function intents(): ReaderIntents {
  return {
    point: (x, y) => said.push(`point ${x},${y}`),
    pointInPopover: (inside) => said.push(`in-popover ${inside}`),
    press: (x, y) => said.push(`press ${x},${y}`),
    tap: (x, y) => said.push(`tap ${x},${y}`),
    select: () => said.push('select'),
    escape: () => {
      said.push('escape');
      return escapeCloses;
    },
    tabTo: (target) => said.push(`tab-to ${target.id}`),
    viewportChange: () => said.push('viewport'),
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  document.getSelection()?.removeAllRanges();
  document.body.innerHTML = '<p id="text">Das Modell DeepSeek R1</p><a id="link" href="#">Link</a><div id="popover"><button id="inside">x</button></div>';
  popoverEl = document.getElementById('popover') as HTMLElement;
  said = [];
  escapeCloses = false;
  stop = listenToReader({ win: window, popover: { containsEvent: (e) => e.composedPath().includes(popoverEl) }, intents: intents() });
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

const pointer = (type: string, init: PointerEventInit) => new PointerEvent(type, { bubbles: true, composed: true, pointerType: 'mouse', ...init });
const on = (id: string) => document.getElementById(id) as HTMLElement;

function select(id: string) {
  const selection = document.getSelection() as Selection;
  selection.removeAllRanges();
  const range = document.createRange();
  range.selectNodeContents(on(id));
  selection.addRange(range);
}

test('pointer moves become one point a frame, at the latest position; a page’s synthetic ones and touch do not count', () => {
  on('text').dispatchEvent(asReader(pointer('pointermove', { clientX: 1, clientY: 2 })));
  on('text').dispatchEvent(asReader(pointer('pointermove', { clientX: 5, clientY: 6 })));
  on('text').dispatchEvent(pointer('pointermove', { clientX: 9, clientY: 9 }));
  expect(said).toEqual([]);
  vi.advanceTimersByTime(16);
  expect(said).toEqual(['point 5,6']);
  on('text').dispatchEvent(asReader(pointer('pointermove', { clientX: 7, clientY: 7, pointerType: 'touch' })));
  vi.advanceTimersByTime(16);
  expect(said).toEqual(['point 5,6']);
});

test('moving into the popover says so once, points at nothing there, and moving out says so again', () => {
  on('inside').dispatchEvent(asReader(pointer('pointermove', { clientX: 1, clientY: 1 })));
  on('inside').dispatchEvent(asReader(pointer('pointermove', { clientX: 2, clientY: 2 })));
  vi.advanceTimersByTime(16);
  expect(said).toEqual(['in-popover true']);
  on('text').dispatchEvent(asReader(pointer('pointermove', { clientX: 3, clientY: 3 })));
  vi.advanceTimersByTime(16);
  expect(said).toEqual(['in-popover true', 'in-popover false', 'point 3,3']);
});

test('a frame that comes after the pointer went into the popover points at nothing', () => {
  on('text').dispatchEvent(asReader(pointer('pointermove', { clientX: 3, clientY: 3 })));
  on('inside').dispatchEvent(asReader(pointer('pointermove', { clientX: 4, clientY: 4 })));
  vi.advanceTimersByTime(16);
  expect(said).toEqual(['in-popover true']);
});

test('a press outside the popover is a press; inside it, or synthetic, it is nothing', () => {
  on('inside').dispatchEvent(asReader(pointer('pointerdown', { clientX: 1, clientY: 1 })));
  on('text').dispatchEvent(pointer('pointerdown', { clientX: 2, clientY: 2 }));
  on('text').dispatchEvent(asReader(pointer('pointerdown', { clientX: 3, clientY: 4 })));
  expect(said).toEqual(['press 3,4']);
});

test('a lifted touch is a tap (outside the popover only); a mouse release with a selection is a selection, once the release is done', () => {
  on('inside').dispatchEvent(asReader(pointer('pointerup', { clientX: 1, clientY: 1, pointerType: 'touch' })));
  on('text').dispatchEvent(asReader(pointer('pointerup', { clientX: 8, clientY: 9, pointerType: 'touch' })));
  expect(said).toEqual(['tap 8,9']);
  said = [];
  select('text');
  on('text').dispatchEvent(asReader(pointer('pointerup', { detail: 1 })));
  expect(said).toEqual([]);
  vi.advanceTimersByTime(0);
  expect(said).toEqual(['select']);
});

test('a release with nothing selected, or the second click of a double-click, is no selection', () => {
  on('text').dispatchEvent(asReader(pointer('pointerup', { detail: 1 })));
  vi.advanceTimersByTime(0);
  select('text');
  on('text').dispatchEvent(asReader(pointer('pointerup', { detail: 2 })));
  vi.advanceTimersByTime(0);
  expect(said).toEqual([]);
  // The double-click itself is.
  on('text').dispatchEvent(asReader(new MouseEvent('dblclick', { bubbles: true })));
  expect(said).toEqual(['select']);
});

test('Shift+arrow with a selection is a selection; an arrow alone is not', () => {
  select('text');
  on('text').dispatchEvent(asReader(new KeyboardEvent('keyup', { key: 'ArrowRight', bubbles: true })));
  on('text').dispatchEvent(asReader(new KeyboardEvent('keyup', { key: 'ArrowRight', shiftKey: true, bubbles: true })));
  expect(said).toEqual(['select']);
});

test('Escape that closes something is kept from the page; one that closes nothing goes on', () => {
  const pageSaw: string[] = [];
  document.addEventListener('keydown', (e) => pageSaw.push(e.key));
  const first = asReader(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  on('text').dispatchEvent(first);
  expect(first.defaultPrevented).toBe(false);
  expect(pageSaw).toEqual(['Escape']);
  escapeCloses = true;
  const second = asReader(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  on('text').dispatchEvent(second);
  expect(second.defaultPrevented).toBe(true);
  expect(pageSaw).toEqual(['Escape']);
  // A page's synthetic Escape is not the reader's.
  on('text').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  expect(said).toEqual(['escape', 'escape']);
});

test('a focus right after a real Tab is the reader tabbing there; a page’s focus(), a late one or one in the popover is not', () => {
  const focus = (id: string) => on(id).dispatchEvent(asReader(new FocusEvent('focusin', { bubbles: true })));
  focus('link');
  expect(said).toEqual([]);
  window.dispatchEvent(asReader(new KeyboardEvent('keydown', { key: 'Tab' })));
  vi.advanceTimersByTime(100);
  focus('link');
  expect(said).toEqual(['tab-to link']);
  focus('inside');
  vi.advanceTimersByTime(200);
  focus('link');
  expect(said).toEqual(['tab-to link']);
  // A synthetic Tab does not open the way for a focus either.
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
  focus('link');
  expect(said).toEqual(['tab-to link']);
});

test('scrolling and resizing move the popover, whoever caused them; after stop nothing is heard', () => {
  window.dispatchEvent(new Event('scroll'));
  window.dispatchEvent(new Event('resize'));
  expect(said).toEqual(['viewport', 'viewport']);
  on('text').dispatchEvent(asReader(pointer('pointermove', { clientX: 1, clientY: 1 })));
  stop();
  vi.advanceTimersByTime(16);
  window.dispatchEvent(new Event('scroll'));
  on('text').dispatchEvent(asReader(pointer('pointerdown', { clientX: 1, clientY: 1 })));
  expect(said).toEqual(['viewport', 'viewport']);
});
