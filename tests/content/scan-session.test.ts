// @vitest-environment happy-dom
import { ScanSession } from '../../src/content/scan-session';
import type { ScanSummary } from '../../src/content/scanner';
import { compileMatcher } from '../../src/core/matcher';
import { highlighted, installHighlights, removeHighlights } from '../dom/fakes';

const matcher = compileMatcher([
  { id: 'r1', forms: { de: ['DeepSeek R1'], en: ['DeepSeek R1'] } },
  { id: 'moe', forms: { de: ['Mixture of Experts'], en: ['Mixture of Experts'] } },
  { id: 'llm', forms: { de: ['LLM'], en: ['LLM'] } },
]);

let registry: Map<string, Set<Range>>;
let session: ScanSession | null = null;

beforeEach(() => {
  registry = installHighlights();
  document.body.innerHTML = '';
  performance.clearMeasures();
});

afterEach(() => {
  session?.stop();
  session = null;
  removeHighlights();
});

/** Starts a session on the page; `scanned()` resolves with the next scan's summary. */
function start(options: { quiet?: string[]; firstOnly?: boolean } = {}) {
  const waiting: ((s: ScanSummary) => void)[] = [];
  const quiet = new Set(options.quiet ?? []);
  session = new ScanSession({
    doc: document,
    matcher,
    senses: null,
    isQuiet: (id) => quiet.has(id),
    firstOnly: options.firstOnly ?? false,
    css: '::highlight(klartext) { text-decoration: underline dotted; }',
    cssIsInjected: false,
    isOwnNode: (node) => node instanceof Element && node.closest('[data-klartext]') !== null,
    onScanned: (summary) => waiting.shift()?.(summary),
    onDegraded: () => {},
  });
  const scanned = () => new Promise<ScanSummary>((resolve) => waiting.push(resolve));
  const first = scanned();
  session.start();
  return { session, first, scanned };
}

test('finds terms across inline elements and in open shadow roots, nested ones too', async () => {
  document.body.innerHTML = '<p>Das <b>Deep</b>Seek R1 Modell</p><div id="host"></div>';
  const host = document.getElementById('host') as HTMLElement;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p>Mixture of Experts</p><div id="inner"></div>';
  const inner = (shadow.getElementById('inner') as HTMLElement).attachShadow({ mode: 'open' });
  inner.innerHTML = '<span>ein LLM</span>';
  const { first, session } = start();
  await first;
  expect(highlighted(registry)).toEqual(['DeepSeek R1', 'LLM', 'Mixture of Experts']);
  expect(session.shadowRoots).toEqual([shadow, inner]);
  // The highlight style is adopted by the document and by each shadow root (::highlight does not cross them).
  expect(shadow.adoptedStyleSheets).toHaveLength(1);
  expect(inner.adoptedStyleSheets).toEqual(shadow.adoptedStyleSheets);
  expect(document.adoptedStyleSheets).toEqual(shadow.adoptedStyleSheets);
});

test('skips fields, code, editors and scripts, and leaves the page’s DOM as it was', async () => {
  const html =
    '<p>LLM</p><input value="LLM"><textarea>LLM</textarea><select><option>LLM</option></select><code>LLM</code><pre>LLM</pre>' +
    '<kbd>LLM</kbd><div contenteditable="true"><p>LLM</p></div><div contenteditable="false">LLM</div><script>var LLM;</script><noscript>LLM</noscript>';
  document.body.innerHTML = html;
  const { first } = start();
  const summary = await first;
  const ranges = [...(registry.get('klartext') ?? [])];
  expect(ranges.map((r) => (r.startContainer.parentNode as Element).localName)).toEqual(['p', 'div']);
  expect((ranges[1] as Range).startContainer.parentElement?.getAttribute('contenteditable')).toBe('false');
  expect(summary.matches).toBe(2);
  expect(document.body.innerHTML).toBe(html);
});

test('each scan records its klartext:scan measure with the number of matches (contract C3)', async () => {
  document.body.innerHTML = '<p>DeepSeek R1 und LLM</p>';
  const { first, scanned } = start();
  await first;
  const next = scanned();
  document.body.insertAdjacentHTML('beforeend', '<p>Mixture of Experts</p>');
  const incremental = await next;
  const measures = performance.getEntriesByName('klartext:scan') as PerformanceMeasure[];
  expect(measures.map((m) => (m.detail as ScanSummary).matches)).toEqual([2, 1]);
  expect(measures.map((m) => (m.detail as ScanSummary).incremental)).toEqual([false, true]);
  expect(incremental.matches).toBe(1);
});

test('follows the page’s text: a changed block loses its old ranges and gets new ones, a removed one loses them all', async () => {
  document.body.innerHTML = '<p id="a">DeepSeek R1</p><p id="b">LLM und LLM</p>';
  const { first, scanned } = start();
  await first;
  expect(highlighted(registry)).toEqual(['DeepSeek R1', 'LLM', 'LLM']);
  let next = scanned();
  ((document.getElementById('a') as HTMLElement).firstChild as Text).data = 'Mixture of Experts';
  await next;
  expect(highlighted(registry)).toEqual(['LLM', 'LLM', 'Mixture of Experts']);
  next = scanned();
  (document.getElementById('b') as HTMLElement).remove();
  document.body.append('…');
  await next;
  expect(highlighted(registry)).toEqual(['Mixture of Experts']);
  expect(session?.store.count('llm')).toBe(0);
});

test('quiet terms are in a highlight of their own that paints nothing; first-only marks each term once', async () => {
  document.body.innerHTML = '<p>LLM, DeepSeek R1 und LLM</p><p>DeepSeek R1</p>';
  const { first } = start({ quiet: ['llm'], firstOnly: true });
  await first;
  expect(highlighted(registry)).toEqual(['DeepSeek R1']);
  expect(highlighted(registry, 'klartext-quiet')).toEqual(['LLM']);
});

test('stop unregisters every highlight and stops following the page', async () => {
  document.body.innerHTML = '<p>LLM</p>';
  const { first, session: started } = start();
  await first;
  started.stop();
  expect([...registry.keys()]).toEqual([]);
  document.body.insertAdjacentHTML('beforeend', '<p>DeepSeek R1</p>');
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(registry.size).toBe(0);
  expect(started.store.size).toBe(0);
  expect(document.adoptedStyleSheets).toEqual([]);
});
