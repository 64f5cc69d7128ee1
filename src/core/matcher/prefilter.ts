/**
 * Where a form may start, found by the engine's native regex search.
 *
 * The scan steps its automaton in JS over every character that could begin
 * or continue a form; before the JIT has warmed up (a fresh content script)
 * that costs tens of milliseconds on a long page. One regex over the keys'
 * first words finds the places worth stepping several times faster (about
 * 10 ns a char, warm or cold), and the scan jumps from one to the next.
 *
 * The regex may report too much, never too little:
 * - `iu` compares by simple case folding, under which every code point
 *   equals its per-code-point lower case (`foldCodePoint`), e.g. K (U+212A)
 *   and k; a test checks this for every code point.
 * - The lookbehind rejects ASCII letters and digits only (and, under `iu`,
 *   U+212A and U+017F): all word chars, after which no form starts. Not `\b`,
 *   which counts `_` as a word char; a `\p{L}` lookbehind is slower and
 *   would only spare the scan the few candidates after other letters.
 * - First words only: the text may join the words by any run of separators,
 *   and the scan checks the rest anyway.
 * - A soft hyphen can split a first word ("Destil\u00ADlation"), so the scan
 *   walks the stretch before each one as if there were no regex.
 */

import type { BmpCharTable } from '../text/char-table';
import { CLASS_OTHER, SOFT_HYPHEN, classifyCodePoint } from '../text/chars';

// Local copies, as in scan.ts: imported bindings can be getters.
const OTHER = CLASS_OTHER;
const SHY = SOFT_HYPHEN;

/** Past this many distinct first words the regex compiles and runs too slowly to pay off. */
export const MAX_PREFILTER_WORDS = 2000;

/**
 * Code points of a first word the regex spells out: more only add states
 * (the bundled glossary's regex compiles in half the time) while removing
 * few candidates.
 */
const TRIE_DEPTH = 4;

// Syntax characters only: with `u`, escaping anything else (`\-`) is an error.
const SYNTAX_CHARS = '$()*+.?[\\]^{|}';

/**
 * Alternation over sorted `words[lo..hi)`, which share their first `at`
 * units, written as a trie (`d(?:eep|ens)` for deepseek, deepmind, dense)
 * so the engine never retries a prefix. Where a word ends, its prefix suffices.
 */
function trieSource(words: readonly string[], lo: number, hi: number, at: number, depth: number): string {
  if (depth === TRIE_DEPTH) return '';
  const alternatives: string[] = [];
  for (let i = lo; i < hi; ) {
    const cp = words[i]?.codePointAt(at);
    if (cp === undefined) return '';
    let j = i + 1;
    while (j < hi && words[j]?.codePointAt(at) === cp) j++;
    // By code point: with `u` an astral char is one pattern char.
    const ch = String.fromCodePoint(cp);
    const escaped = SYNTAX_CHARS.includes(ch) ? `\\${ch}` : ch;
    alternatives.push(escaped + trieSource(words, i, j, at + ch.length, depth + 1));
    i = j;
  }
  return alternatives.length === 1 ? (alternatives[0] ?? '') : `(?:${alternatives.join('|')})`;
}

/** The regex source for these first words (folded, non-empty). */
export function prefilterSource(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort();
  return `(?<![A-Za-z0-9])(?=${trieSource(sorted, 0, sorted.length, 0, 0)})`;
}

/**
 * The candidate regex for the automaton's keys (folded, normalised, a
 * single space between words), or undefined when there is none worth using.
 * Zero-width, so `test` leaves `lastIndex` at the candidate start.
 */
export function buildPrefilter(keys: readonly string[]): RegExp | undefined {
  const words = new Set<string>();
  for (const key of keys) {
    const space = key.indexOf(' ');
    const word = space < 0 ? key : key.slice(0, space);
    // Cannot happen for collected forms; without a first word there is nothing to look for.
    if (word === '') return undefined;
    words.add(word);
  }
  if (words.size === 0 || words.size > MAX_PREFILTER_WORDS) return undefined;
  try {
    return new RegExp(prefilterSource(words), 'giu');
  } catch {
    return undefined;
  }
}

/** First candidate start at or after `from`, or -1. */
export function nextCandidate(prefilter: RegExp, text: string, from: number): number {
  prefilter.lastIndex = from;
  return prefilter.test(text) ? prefilter.lastIndex : -1;
}

/** The candidate search through one text. */
export interface CandidateSearch {
  prefilter: RegExp;
  text: string;
  /** Longest key in units: a soft hyphen can hide a form starting this close before it. */
  reach: number;
  /** The first candidate at or after `from` is `found` (the text's length if none). */
  from: number;
  found: number;
  /** Next soft hyphen at or after the last position asked about, or past the end. */
  softHyphen: number;
}

export function startSearch(prefilter: RegExp, text: string, reach: number): CandidateSearch {
  return { prefilter, text, reach, from: 0, found: -1, softHyphen: -1 };
}

/**
 * Where the scan must look next, at or after `at`: the next candidate, or
 * the stretch before a soft hyphen, which it walks whole. The text's length
 * when nothing is left. Never the low half of a surrogate pair.
 */
export function nextStart(search: CandidateSearch, at: number): number {
  const { text } = search;
  if (search.softHyphen < at) {
    const next = text.indexOf('\u00AD', at);
    search.softHyphen = next < 0 ? Number.MAX_SAFE_INTEGER : next;
  }
  // Asked again before the candidate last found: the answer is the same.
  if (at < search.from || at > search.found) {
    const found = nextCandidate(search.prefilter, text, at);
    search.from = at;
    search.found = found < 0 ? text.length : found;
  }
  const stretch = search.softHyphen - search.reach;
  if (search.found <= stretch) return search.found;
  if (stretch <= at) return at;
  const unit = text.charCodeAt(stretch);
  const before = text.charCodeAt(stretch - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && before >= 0xd800 && before <= 0xdbff ? stretch - 1 : stretch;
}

/** Class of the char before `at` (soft hyphens skipped), or OTHER at the start of the text. */
export function classBefore(text: string, at: number, table: BmpCharTable): number {
  let k = at - 1;
  while (k >= 0 && text.charCodeAt(k) === SHY) k--;
  if (k < 0) return OTHER;
  const unit = text.charCodeAt(k);
  if (unit < 0xd800 || unit > 0xdfff) return table.classes[unit] || table.fill(unit);
  const high = k > 0 ? text.charCodeAt(k - 1) : 0;
  if (unit >= 0xdc00 && high >= 0xd800 && high <= 0xdbff) {
    return classifyCodePoint(((high - 0xd800) << 10) + (unit - 0xdc00) + 0x10000);
  }
  return OTHER; // a lone surrogate
}
