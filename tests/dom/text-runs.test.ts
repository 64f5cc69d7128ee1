// @vitest-environment happy-dom
import { RUN_SEPARATOR, RunWalker, type TextBatch } from '../../src/dom/text-runs';
import { unitOf } from '../../src/dom/units';
import { languageOf } from '../../src/dom/lang';
import { rangeForMatch } from '../../src/dom/run-ranges';

interface Run {
  text: string;
  lang: string;
  unit: Node;
}

/** The runs of a batch: its text split at the run separators. */
function runsIn(batch: TextBatch): Run[] {
  return batch.text.split(RUN_SEPARATOR).map((text, i) => ({ text, lang: batch.lang, unit: batch.units[i] as Node }));
}

function walk(root: Node, deep: boolean, deadline = Number.POSITIVE_INFINITY) {
  const batches: TextBatch[] = [];
  const walker = new RunWalker({
    root,
    lang: 'de',
    deep,
    onUnitStart: () => {},
    fresh: false,
    onBatch: (batch) => batches.push(batch),
    onShadowRoot: () => {},
  });
  return { walker, batches, done: walker.step(deadline) };
}

function runsOf(html: string): Run[] {
  document.body.innerHTML = html;
  const { batches, done } = walk(document.body, true);
  expect(done).toBe(true);
  return batches.flatMap(runsIn);
}

test('joins text across inline elements and splits at blocks', () => {
  const runs = runsOf('<p>Das <b>Deep</b>Seek R1 <a href="#">Modell</a></p><div>Zweiter<p>Dritter</p>Vierter</div>');
  expect(runs.map((r) => r.text)).toEqual(['Das DeepSeek R1 Modell', 'Zweiter', 'Dritter', 'Vierter']);
  expect(runs.map((r) => (r.unit as Element).localName)).toEqual(['p', 'div', 'p', 'div']);
});

test('an empty block between two texts of one block still separates them', () => {
  expect(runsOf('<div>Open<p></p>Source</div>').map((r) => r.text)).toEqual(['Open', 'Source']);
});

test('a line break separates words without being text', () => {
  document.body.innerHTML = '<p>Open<br>Source</p>';
  const { batches } = walk(document.body, true);
  expect(batches[0]?.text).toBe('Open\nSource');
  expect(batches[0]?.nodes).toHaveLength(2);
  expect(batches[0]?.starts).toEqual([0, 5]);
});

test('skips fields, editors, code and scripts', () => {
  const runs = runsOf(
    '<p>A</p><input value="x"><textarea>B</textarea><div contenteditable="true">C</div><div contenteditable="false">D</div>' +
      '<code>E</code><pre>F</pre><kbd>G</kbd><samp>H</samp><script>I</script><style>J</style><noscript>K</noscript><select><option>L</option></select>',
  );
  expect(runs.map((r) => r.text)).toEqual(['A', 'D']);
});

test('a shallow walk rescans only the block itself, not nested blocks', () => {
  document.body.innerHTML = '<div id="u">Eins<p id="n">Zwei</p>Drei</div>';
  const { batches } = walk(document.getElementById('u') as Element, false);
  expect(batches.flatMap(runsIn).map((r) => r.text)).toEqual(['Eins', 'Drei']);
});

test('carries the language of the nearest lang attribute, one batch per language', () => {
  document.body.innerHTML = '<p>de</p><div lang="en"><p>en</p><p lang="fr">fr</p></div>';
  const { batches } = walk(document.body, true);
  expect(batches.map((b) => [b.text, b.lang])).toEqual([
    ['de', 'de'],
    ['en', 'en'],
    ['fr', 'fr'],
  ]);
  document.documentElement.setAttribute('lang', 'de-CH');
  expect(languageOf(document.body)).toBe('de-CH');
});

test('a resumable walk stops at the deadline and continues; big pages come in several batches', () => {
  document.body.innerHTML = Array.from({ length: 4000 }, (_, i) => `<p>Absatz ${i}</p>`).join('');
  const { walker, batches, done } = walk(document.body, true, 0);
  expect(done).toBe(false);
  let steps = 1;
  while (!walker.step(performance.now() + 0.01)) steps++;
  expect(steps).toBeGreaterThan(1);
  const runs = batches.flatMap(runsIn);
  expect(runs).toHaveLength(4000);
  expect(runs[3999]?.text).toBe('Absatz 3999');
  expect(batches.length).toBeGreaterThan(1);
});

test('maps match offsets back to a range across nodes', () => {
  document.body.innerHTML = '<p>Vorher</p><p>Das <b>Deep</b>Seek R1 ist da</p>';
  const { batches } = walk(document.body, true);
  const batch = batches[0] as TextBatch;
  const start = batch.text.indexOf('DeepSeek');
  const { range, spans } = rangeForMatch(document, batch, { start, end: start + 'DeepSeek R1'.length });
  expect(range.toString()).toBe('DeepSeek R1');
  expect(spans.map((s) => s.node.data.slice(s.start, s.end))).toEqual(['Deep', 'Seek R1']);
});

test('the unit of a node is its nearest block, or none inside skipped elements', () => {
  document.body.innerHTML = '<p id="p"><b><i id="i">x</i></b></p><pre><span id="s">y</span></pre>';
  const i = document.getElementById('i')?.firstChild as Node;
  expect(unitOf(i)).toBe(document.getElementById('p'));
  expect(unitOf(document.getElementById('s')?.firstChild as Node)).toBeNull();
  expect(unitOf(document.createElement('p'))).toBeNull();
});
