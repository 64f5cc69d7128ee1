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
 * for), then the part the popup builds right after it is shown
 * (`prepareSearch`), and per-keystroke p50/p95/max.
 *
 * Each glossary is measured in several rounds (default 5), each on a fresh
 * index; the figures are the medians over the rounds.
 *
 * Run: `npx jiti scripts/bench/search-speed.ts [count] [rounds]` (count defaults to 10,000).
 */
import { BUNDLED_GLOSSARY } from '../../src/core/glossary/bundled';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import { createSearchIndex, prepareSearch, searchGlossary } from '../../src/core/search/glossary-search';
import { bigGlossaryEntry } from './big-glossary';

const COUNT = Number(process.argv[2] ?? 10_000);
const ROUNDS = Number(process.argv[3] ?? 5);

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

interface Round {
  build: number;
  prepare: number;
  p50: number;
  p95: number;
  max: number;
  /** p95 of the CPU time this process spent per keystroke: less moved by other work on the machine. */
  cpu95: number;
  hits: number;
}

function round(entries: readonly GlossaryEntry[]): Round {
  const buildStart = performance.now();
  const index = createSearchIndex(entries);
  const build = performance.now() - buildStart;
  // What the popup does right after it is shown.
  const prepareStart = performance.now();
  prepareSearch(index);
  const prepare = performance.now() - prepareStart;
  const times: number[] = [];
  const cpu: number[] = [];
  let hits = 0;
  for (const query of keystrokes()) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    hits += searchGlossary(index, query, { lang: 'en' }).length;
    const used = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const cpu95 = percentile(cpu.sort((a, b) => a - b), 95);
  return { build, prepare, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? Number.NaN, cpu95, hits };
}

/** Each round on a fresh index; the median of each figure over the rounds, so one busy moment of the machine does not decide. */
function measure(label: string, entries: readonly GlossaryEntry[]): void {
  const rounds = Array.from({ length: ROUNDS }, () => round(entries));
  const median = (key: keyof Round): number => percentile(rounds.map((r) => r[key]).sort((a, b) => a - b), 50);
  const f = (n: number): string => n.toFixed(2).padStart(8);
  console.log(
    `${label.padEnd(28)} build ${f(median('build'))} ms  then ${f(median('prepare'))} ms   ${keystrokes().length} keystrokes: p50 ${f(median('p50'))}   p95 ${f(median('p95'))}   max ${f(median('max'))} ms   cpu p95 ${f(median('cpu95'))} ms   (hits ${median('hits')})`,
  );
}

measure('bundled only', BUNDLED_GLOSSARY);
measure(`bundled + ${COUNT} own entries`, [...BUNDLED_GLOSSARY, ...Array.from({ length: COUNT }, (_, i) => asEntry(i))]);
