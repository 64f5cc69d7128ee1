// @vitest-environment happy-dom
import { MarkStore, type Mark, type PlacedMark } from '../../src/dom/mark-store';
import { fakeVisibility } from './fakes';

/** Marks for every occurrence of `word` in the text of `unit` (its text nodes joined, as a scan batch would). */
function marksOf(unit: Node, id: string, word: string): Mark[] {
  const walker = document.createTreeWalker(unit, 4);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  const at = { nodes, starts };
  const marks: Mark[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    marks.push({ id, unit, textLang: 'de', formLang: 'de', quiet: false, at, start: i, end: i + word.length });
  }
  return marks;
}

function setup(eagerLimit = 1000) {
  const added: Range[] = [];
  const removed: Range[] = [];
  let placedOutsideScan = 0;
  const visibility = fakeVisibility();
  const store = new MarkStore({
    doc: document,
    eagerLimit,
    onRangesChanged: (a: readonly PlacedMark[], r: readonly Range[]) => {
      added.push(...a.map((p) => p.range));
      removed.push(...r);
    },
    watchVisibility: visibility.watch,
    onPlacedOutsideScan: () => placedOutsideScan++,
  });
  /** Ranges now in the highlight: added and not removed since. */
  const live = () => added.filter((r) => !removed.includes(r)).map((r) => r.toString());
  return { store, added, removed, live, visibility, placedOutsideScan: () => placedOutsideScan };
}

const el = (id: string) => document.getElementById(id) as HTMLElement;

beforeEach(() => {
  document.body.innerHTML = '';
});

test('each mark gets one range over its term, across inline elements, and counts per term', () => {
  document.body.innerHTML = '<p id="a">Das <b>Deep</b>Seek R1 und DeepSeek R1</p><p id="b">Ein LLM</p>';
  const { store, added } = setup();
  store.add([...marksOf(el('a'), 'r1', 'DeepSeek R1'), ...marksOf(el('b'), 'llm', 'LLM')]);
  expect(added.map((r) => r.toString())).toEqual(['DeepSeek R1', 'DeepSeek R1', 'LLM']);
  // The first one spans two text nodes: each of them knows it.
  const deep = el('a').querySelector('b')?.firstChild as Text;
  expect(store.placedOnNode(deep).map((p) => p.range)).toEqual([added[0]]);
  expect(store.placedOnNode(el('a').childNodes[2] as Text).map((p) => p.range.toString())).toEqual(['DeepSeek R1', 'DeepSeek R1']);
  expect(store.size).toBe(3);
  expect(store.count('r1')).toBe(2);
  expect(store.termCounts().sort((x, y) => x.id.localeCompare(y.id))).toEqual([
    { id: 'llm', count: 1 },
    { id: 'r1', count: 2 },
  ]);
});

test('when a block’s text changes, its old ranges go and the new ones come; other blocks keep theirs', () => {
  document.body.innerHTML = '<p id="a">DeepSeek R1 und LLM</p><p id="b">Ein LLM</p>';
  const { store, live } = setup();
  store.add([...marksOf(el('a'), 'r1', 'DeepSeek R1'), ...marksOf(el('a'), 'llm', 'LLM'), ...marksOf(el('b'), 'llm', 'LLM')]);
  expect(live().sort()).toEqual(['DeepSeek R1', 'LLM', 'LLM']);
  el('a').textContent = 'Mixture of Experts statt DeepSeek';
  store.clearUnit(el('a'));
  store.add(marksOf(el('a'), 'moe', 'Mixture of Experts'));
  expect(live().sort()).toEqual(['LLM', 'Mixture of Experts']);
  expect(store.count('r1')).toBe(0);
  expect(store.count('llm')).toBe(1);
  expect(store.count('moe')).toBe(1);
  expect(store.placedOnNode(el('b').firstChild as Text)).toHaveLength(1);
});

test('blocks that left the page are swept with their ranges', () => {
  document.body.innerHTML = '<p id="a">LLM</p><p id="b">LLM und LLM</p>';
  const { store, live } = setup();
  store.add([...marksOf(el('a'), 'llm', 'LLM'), ...marksOf(el('b'), 'llm', 'LLM')]);
  el('b').remove();
  expect(store.sweepDisconnected()).toBe(2);
  expect(live()).toEqual(['LLM']);
  expect(store.count('llm')).toBe(1);
});

test('a term’s occurrences come in document order, also from a shadow root', () => {
  document.body.innerHTML = '<p id="a">LLM</p><div id="host"></div><p id="c">LLM</p>';
  const shadow = el('host').attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p>LLM</p>';
  const { store } = setup();
  store.add([...marksOf(el('c'), 'llm', 'LLM'), ...marksOf(shadow.firstChild as Node, 'llm', 'LLM'), ...marksOf(el('a'), 'llm', 'LLM')]);
  expect(store.marksOf('llm').map((m) => m.unit)).toEqual([el('a'), shadow.firstChild, el('c')]);
});

test('a mark whose text the page changed since the scan gets no range', () => {
  document.body.innerHTML = '<p id="a">Ein LLM</p>';
  const { store, added } = setup(0);
  const [mark] = marksOf(el('a'), 'llm', 'LLM');
  store.add([mark as Mark]);
  expect(added).toEqual([]);
  (el('a').firstChild as Text).data = 'Ein';
  expect(store.place(mark as Mark)).toBeNull();
});

test('clear takes every range out and stops watching', () => {
  document.body.innerHTML = '<p id="a">LLM</p><p id="b">LLM</p>';
  const { store, live, visibility } = setup(1);
  store.add(marksOf(el('a'), 'llm', 'LLM'));
  store.add(marksOf(el('b'), 'llm', 'LLM'));
  visibility.report([[el('a'), true]]);
  expect(live()).toEqual(['LLM']);
  store.clear();
  expect(live()).toEqual([]);
  expect(store.size).toBe(0);
  expect(visibility.disconnected).toBe(true);
});

describe('past the eager limit', () => {
  /** Three batches of one block each, far apart (each block its own group). */
  function page() {
    document.body.innerHTML = '<p id="a">LLM LLM</p><p id="b">LLM</p><p id="c">LLM</p>';
    const env = setup(2);
    for (const id of ['a', 'b', 'c']) env.store.add(marksOf(el(id), 'llm', 'LLM'));
    return env;
  }

  test('only blocks near the viewport are in the highlight, and the highlight follows the scrolling', () => {
    const { store, live, visibility, placedOutsideScan } = page();
    // Up to the limit every mark was placed; past it they all went out, waiting for the observer.
    expect(live()).toEqual([]);
    expect(visibility.started).toBe(true);
    expect([...visibility.watched]).toEqual([el('a'), el('b'), el('c')]);
    expect(store.size).toBe(4);
    visibility.report([
      [el('a'), true],
      [el('b'), true],
    ]);
    expect(live()).toEqual(['LLM', 'LLM', 'LLM']);
    expect(placedOutsideScan()).toBe(1);
    // The reader scrolls down: a leaves the neighbourhood, c enters it.
    visibility.report([
      [el('a'), false],
      [el('c'), true],
    ]);
    expect(live()).toEqual(['LLM', 'LLM']);
    expect(store.placedMarks().map((p) => p.mark.unit)).toEqual([el('b'), el('c')]);
    // Counts stay whole, whatever is placed.
    expect(store.count('llm')).toBe(4);
  });

  test('new marks of a block out of view wait for it; the block under the pointer is placed at once', () => {
    const { store, live, visibility } = page();
    visibility.report([[el('b'), true]]);
    expect(live()).toEqual(['LLM']);
    expect(store.placedOnNode(el('a').firstChild as Text).map((p) => p.range.toString())).toEqual(['LLM', 'LLM']);
    expect(live()).toEqual(['LLM', 'LLM', 'LLM']);
  });

  test('pointing at unmarked text inside a marked block places nothing of the block around it', () => {
    document.body.innerHTML = '<div id="outer">LLM <p id="inner">nichts</p> LLM LLM</div>';
    const { store, live } = setup(2);
    store.add(marksOf(el('outer'), 'llm', 'LLM'));
    expect(live()).toEqual([]);
    expect(store.placedOnNode(el('inner').firstChild as Text)).toEqual([]);
    expect(live()).toEqual([]);
  });
});
