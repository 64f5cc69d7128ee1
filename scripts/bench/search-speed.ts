/**
 * How fast the popup's search is (issue 18, part 4: "popup search ≤ 16 ms per
 * keystroke at the 95th percentile" with 10,000 user entries).
 *
 * Two glossaries: the bundled one alone, and the bundled one with 10,000
 * generated user entries (`big-glossary.ts`, two forms each). For each, the
 * time to build the search index (what opening the popup pays), then every
 * prefix of 20 queries typed letter by letter (about 200 keystrokes: own
 * entries, bundled ones, typos, explanation words), searched in order the way
 * the popup does, once each. Prints build ms (what opening the popup waits
 * for), the idle-time part (`prepareSearch`, which the popup runs while the
 * reader looks), and per-keystroke p50/p95/max.
 *
 * Run: `npx jiti scripts/bench/search-speed.ts [count]` (count defaults to 10,000).
 */
import { BUNDLED_GLOSSARY } from '../../src/core/glossary/bundled';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import { createSearchIndex, prepareSearch, searchGlossary } from '../../src/core/search/glossary-search';
import { bigGlossaryEntry } from './big-glossary';

const COUNT = Number(process.argv[2] ?? 10_000);

/** Typed letter by letter; own entries (term-1234 is "berroteka syndrome", term-4711 "graquigraka", …), bundled ones, typos. */
const QUERIES: readonly string[] = [
  'berroteka syndrome',
  'Graquigrakasyndrom',
  'dredreluro',
  'oxdisdrka',
  'kaphenstoka',
  'mimkaka',
  'syndrom',
  'rozanka',
  'Destilation',
  'mixtur of experts',
  'deep seek',
  'nvida',
  'kunstliche inteligenz',
  'export',
  'Markt',
  'chatgtp',
  'sputnik moment',
  'Hangzhou',
  'reinforcment',
  'made-up term',
];

function keystrokes(queries: readonly string[] = QUERIES): string[] {
  return queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
}

/** A generated entry as the popup gets a user entry: every field filled. */
function asEntry(i: number): GlossaryEntry {
  const e = bigGlossaryEntry(i);
  return { ...e, long: { de: '', en: '' }, related: [], source: { label: 'Big glossary' } };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function measure(label: string, entries: readonly GlossaryEntry[]): void {
  const buildStart = performance.now();
  const index = createSearchIndex(entries);
  const buildMs = performance.now() - buildStart;
  // What the popup does in idle time after opening.
  const prepareStart = performance.now();
  prepareSearch(index);
  const prepareMs = performance.now() - prepareStart;
  const times: number[] = [];
  let hits = 0;
  for (const query of keystrokes()) {
    const start = performance.now();
    hits += searchGlossary(index, query, { lang: 'en' }).length;
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const f = (n: number): string => n.toFixed(2).padStart(8);
  console.log(
    `${label.padEnd(28)} build ${f(buildMs)} ms  +idle ${f(prepareMs)} ms   keystrokes ${times.length}   p50 ${f(percentile(sorted, 50))}   p95 ${f(percentile(sorted, 95))}   max ${f(sorted[sorted.length - 1] ?? Number.NaN)} ms   (hits ${hits})`,
  );
}

// The popup shows the reader's own entries with the bundled ones.
measure('bundled only', BUNDLED_GLOSSARY);
measure(`bundled + ${COUNT} own entries`, [...BUNDLED_GLOSSARY, ...Array.from({ length: COUNT }, (_, i) => asEntry(i))]);
