// @vitest-environment happy-dom
import { RunWalker, type TextRun } from '../../src/dom/text-runs';
import { unitOf } from '../../src/dom/units';
import { languageOf } from '../../src/dom/lang';
import { rangeForMatch } from '../../src/dom/run-ranges';

function runsOf(html: string, options: { deep?: boolean } = {}): TextRun[] {
  document.body.innerHTML = html;
  const runs: TextRun[] = [];
  const walker = new RunWalker({
    root: document.body,
    lang: 'de',
    deep: options.deep ?? true,
    onUnitStart: () => {},
    onRun: (run) => runs.push(run),
    onShadowRoot: () => {},
  });
  expect(walker.step(Number.POSITIVE_INFINITY)).toBe(true);
  return runs;
}

test('joins text across inline elements and splits at blocks', () => {
  const runs = runsOf('<p>Das <b>Deep</b>Seek R1 <a href="#">Modell</a></p><div>Zweiter<p>Dritter</p>Vierter</div>');
  expect(runs.map((r) => r.text)).toEqual(['Das DeepSeek R1 Modell', 'Zweiter', 'Dritter', 'Vierter']);
});

test('a line break separates words without being text', () => {
  const runs = runsOf('<p>Open<br>Source</p>');
  expect(runs[0]?.text).toBe('Open\nSource');
  expect(runs[0]?.nodes).toHaveLength(2);
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
  const unit = document.getElementById('u') as Element;
  const runs: string[] = [];
  const walker = new RunWalker({
    root: unit,
    lang: '',
    deep: false,
    onUnitStart: () => {},
    onRun: (run) => runs.push(run.text),
    onShadowRoot: () => {},
  });
  walker.step(Number.POSITIVE_INFINITY);
  expect(runs).toEqual(['Eins', 'Drei']);
});

test('carries the language of the nearest lang attribute', () => {
  const runs = runsOf('<p>de</p><div lang="en"><p>en</p><p lang="fr">fr</p></div>');
  expect(runs.map((r) => [r.text, r.lang])).toEqual([
    ['de', 'de'],
    ['en', 'en'],
    ['fr', 'fr'],
  ]);
  document.documentElement.setAttribute('lang', 'de-CH');
  expect(languageOf(document.body)).toBe('de-CH');
});

test('a resumable walk stops at the deadline and continues', () => {
  document.body.innerHTML = Array.from({ length: 2000 }, (_, i) => `<p>Absatz ${i}</p>`).join('');
  const runs: string[] = [];
  const walker = new RunWalker({
    root: document.body,
    lang: '',
    deep: true,
    onUnitStart: () => {},
    onRun: (run) => runs.push(run.text),
    onShadowRoot: () => {},
  });
  expect(walker.step(0)).toBe(false);
  let steps = 1;
  while (!walker.step(performance.now() + 0.01)) steps++;
  expect(steps).toBeGreaterThan(1);
  expect(runs).toHaveLength(2000);
  expect(runs[1999]).toBe('Absatz 1999');
});

test('maps match offsets back to a range across nodes', () => {
  const [run] = runsOf('<p>Das <b>Deep</b>Seek R1 ist da</p>');
  if (!run) throw new Error('no run');
  const start = run.text.indexOf('DeepSeek');
  const { range, spans } = rangeForMatch(document, run, { start, end: start + 'DeepSeek R1'.length });
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
