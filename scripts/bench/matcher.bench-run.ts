import { mkdirSync, writeFileSync } from 'node:fs';
import { BUNDLED_GLOSSARY } from '../../src/core/glossary/bundled';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import { compileMatcher } from '../../src/core/matcher';
import { collectForms } from '../../src/core/matcher/compile-forms';
import { normalizeForm } from '../../src/core/text/normalize';
import { buildBenchText } from './matcher-bench-text';

/**
 * Matcher throughput against the obvious alternatives, on one ~5 MB text:
 * one Unicode regex per form (then resolve overlaps), and one combined
 * alternation regex. Not part of `npm test`; run with
 *   npx vitest run --config vitest.bench.config.ts
 */

const TEXT_LENGTH = 5_000_000;
const RUNS = 7;

interface Hit {
  start: number;
  end: number;
  id: string;
}

/** A glossary of 40 entries × 6 forms, for when the bundled one is still small. */
function fallbackGlossary(): GlossaryEntry[] {
  const words = ['Modell', 'Netz', 'Chip', 'Markt', 'Agent', 'Daten', 'Kosten', 'Strategie'];
  return Array.from({ length: 40 }, (_, i) => {
    const word = words[i % words.length] ?? 'Modell';
    const stem = `Fach${String.fromCharCode(97 + (i % 26))}${i}`;
    return {
      id: `bench-${i}`,
      title: { de: stem, en: stem },
      forms: { de: [`${stem}-${word}`, `${stem}${word.toLowerCase()}s`, `${stem} ${word}e`], en: [`${stem} ${word}`, `${stem}s`, `B${i}X`] },
      short: { de: '', en: '' },
      long: { de: '', en: '' },
      category: 'concept',
      related: [],
      source: { label: 'bench' },
    };
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function time<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}

interface Measured<T> {
  ms: number; // median
  min: number; // fastest: shows how much a busy machine skews the median
  result: T;
}

/** Median and fastest of `runs` timed calls, after one warm-up call (JIT, regex compilation). */
function repeat<T>(runs: number, fn: () => T): Measured<T> {
  let result = fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const run = time(fn);
    times.push(run.ms);
    result = run.result;
  }
  return { ms: median(times), min: Math.min(...times), result };
}

/**
 * Like `repeat` for several contenders, but in rounds (A B C, A B C, …), so
 * that load from other processes falls on all of them alike.
 */
function rounds<T>(runs: number, fns: readonly (() => T)[]): Measured<T>[] {
  const results = fns.map((fn) => fn());
  const times = fns.map((): number[] => []);
  for (let r = 0; r < runs; r++) {
    fns.forEach((fn, i) => {
      const run = time(fn);
      times[i]?.push(run.ms);
      results[i] = run.result;
    });
  }
  return fns.map((_, i) => ({
    ms: median(times[i] ?? []),
    min: Math.min(...(times[i] ?? [])),
    result: results[i] as T,
  }));
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// Separators between words as a class; soft hyphens allowed there too.
const SEP = '[\\s\\-\\u2010\\u2011\\u00AD]+';
const patternOf = (normalizedForm: string): string => normalizedForm.split(' ').map(escapeRegExp).join(SEP);
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/** Leftmost-longest over candidates from all regexes. */
function resolveOverlaps(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  let lastEnd = 0;
  for (const hit of hits) {
    if (hit.start < lastEnd) continue;
    out.push(hit);
    lastEnd = hit.end;
  }
  return out;
}

function perFormBaseline(glossary: readonly GlossaryEntry[]): (text: string) => Hit[] {
  const regexes = collectForms(glossary).map((record) => ({
    id: record.id,
    re: new RegExp(BEFORE + patternOf(record.raw) + AFTER, record.exact ? 'gu' : 'giu'),
  }));
  return (text) => {
    const hits: Hit[] = [];
    for (const { id, re } of regexes) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ start: m.index, end: m.index + m[0].length, id });
    }
    return resolveOverlaps(hits);
  };
}

function combinedBaseline(glossary: readonly GlossaryEntry[]): (text: string) => Hit[] {
  const records = collectForms(glossary);
  const idByKey = new Map<string, string>();
  for (const record of records) if (!idByKey.has(record.key)) idByKey.set(record.key, record.id);
  // Longest first: alternation is leftmost-first, so this approximates longest.
  const alternatives = [...new Set(records.map((r) => r.raw))].sort((a, b) => b.length - a.length);
  // One regex has one case mode: case-insensitive for all (acronyms too).
  const re = new RegExp(`${BEFORE}(?:${alternatives.map(patternOf).join('|')})${AFTER}`, 'giu');
  return (text) => {
    const hits: Hit[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const id = idByKey.get(normalizeForm(m[0])) ?? '?';
      hits.push({ start: m.index, end: m.index + m[0].length, id });
    }
    return hits;
  };
}

function agreement(a: readonly Hit[], b: readonly Hit[]): string {
  const keys = new Set(b.map((h) => `${h.start}:${h.end}:${h.id}`));
  const same = a.filter((h) => keys.has(`${h.start}:${h.end}:${h.id}`)).length;
  return `${((100 * same) / Math.max(1, a.length)).toFixed(1)} %`;
}

test('matcher throughput vs regex baselines', () => {
  const bundled = BUNDLED_GLOSSARY.length >= 20;
  const glossary = bundled ? BUNDLED_GLOSSARY : fallbackGlossary();
  const text = buildBenchText(glossary, TEXT_LENGTH);
  const mb = text.length / 1e6; // UTF-16 units, in millions ("MB" of text)

  const coldCompile = time(() => compileMatcher(glossary));
  // Compiling is cheap, so more runs; the median of 5 would be mostly noise.
  const compile = repeat(Math.max(RUNS, 21), () => compileMatcher(glossary));
  const matcher = compile.result;
  const perForm = perFormBaseline(glossary);
  const combined = combinedBaseline(glossary);
  const [scan, perFormRun, combinedRun] = rounds<Hit[]>(RUNS, [
    () => matcher.match(text, { lang: 'de' }),
    () => perForm(text),
    () => combined(text),
  ]);
  if (!scan || !perFormRun || !combinedRun) throw new Error('bench: missing measurement');

  const row = (name: string, run: Measured<Hit[]>, agree: string): string =>
    `| ${name} | ${run.ms.toFixed(1)} | ${run.min.toFixed(1)} | ${(mb / (run.ms / 1000)).toFixed(1)} | ` +
    `${run.result.length} | ${(run.ms / scan.ms).toFixed(1)}× | ${agree} |`;
  const table = [
    `Glossary: ${bundled ? 'BUNDLED_GLOSSARY' : 'fallback'}, ${glossary.length} entries, ${matcher.size} compiled forms. ` +
      `Text: ${text.length.toLocaleString('en')} UTF-16 units. Median of ${RUNS} interleaved runs after one warm-up.`,
    '',
    `Compile: ${compile.ms.toFixed(2)} ms median, ${compile.min.toFixed(2)} ms fastest ` +
      `(first call in this process: ${coldCompile.ms.toFixed(2)} ms).`,
    '',
    '| method | ms (median) | ms (fastest) | MB/s (median) | matches | time vs matcher | same matches as matcher |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('Klartext matcher (Aho–Corasick)', scan, '100 %'),
    row(`one regex per form (${matcher.size}) + overlaps`, perFormRun, agreement(scan.result, perFormRun.result)),
    row('one combined alternation regex', combinedRun, agreement(scan.result, combinedRun.result)),
  ].join('\n');
  console.log(`\n${table}\n`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/matcher.md', `${table}\n`);

  expect(scan.result.length).toBeGreaterThan(0);
});
