/**
 * How close a query word is to a word of the text, for typo-tolerant search
 * in explanations: the word itself, a word it begins ("export" →
 * "exportiert"), a typo of the word or of its beginning ("reinforcment" →
 * "reinforcement"), or a part of a compound ("kontrolle" →
 * "exportkontrollen"). Scores run from 0 (the word itself) up; null means
 * "not close". Both words are folded (see fold.ts).
 */

/** Typos allowed in a query word of this length. */
export function maxEdits(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

const PREFIX_COST = 0.05;
const INSIDE_COST = 0.1;
/** Compounds are matched inside only from this length: shorter pieces are in too many words. */
const MIN_INSIDE = 5;

export function wordDistance(query: string, word: string, bigrams?: ReadonlySet<string>): number | null {
  if (query === word) return 0;
  const q = query.length;
  const allowed = maxEdits(q);
  if (word.length + allowed < q) return null;
  if (q >= 3 && word.startsWith(query)) return PREFIX_COST;
  if (q >= MIN_INSIDE && word.includes(query)) return INSIDE_COST;
  if (allowed === 0) return null;
  // An edit spoils at most three of the query's bigrams (a swap of two
  // letters does): a word sharing too few cannot be close, and most words are
  // rejected here, cheaply.
  const grams = bigrams ?? queryBigrams(query);
  if (sharedBigrams(grams, word) < grams.size - 3 * allowed) return null;
  const { whole, prefix, inside } = alignments(query, word, allowed);
  let best: number | null = null;
  const take = (edits: number, extra: number): void => {
    if (edits > allowed) return;
    const score = edits / q + extra;
    if (best === null || score < best) best = score;
  };
  take(whole, 0);
  take(prefix, PREFIX_COST);
  if (q >= MIN_INSIDE + 2) take(inside, INSIDE_COST);
  return best;
}

/**
 * Which letters a word has, one bit each (a–z; digits share a bit, other
 * characters a few). A word within k edits of the query lacks at most k of
 * the query's letters — each missing one needs an edit of its own —, so
 * `missingLetters(query, word) > maxEdits` rules a word out before any
 * alignment: most of a vocabulary, for one AND and a bit count.
 */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const bit = code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? 26 : 27 + (code % 5);
    mask |= 1 << bit;
  }
  return mask;
}

/** How many of the query's letter bits the word lacks. */
export function missingLetters(queryMask: number, wordMask: number): number {
  let x = queryMask & ~wordMask;
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** The distinct two-letter pieces of a word. */
export function queryBigrams(query: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < query.length; i++) out.add(query.slice(i, i + 2));
  return out;
}

/** Reused: this runs for every word of the vocabulary on a new query word. */
const seen = new Set<string>();

function sharedBigrams(grams: ReadonlySet<string>, word: string): number {
  seen.clear();
  for (let i = 0; i + 1 < word.length; i++) {
    const g = word.slice(i, i + 2);
    if (grams.has(g)) seen.add(g);
  }
  return seen.size;
}

/**
 * Edit distances (with transpositions) of the query against the whole word,
 * against its best prefix, and against its best substring. Rows stop early
 * once every cell exceeds the allowed edits.
 */
function alignments(query: string, word: string, allowed: number): { whole: number; prefix: number; inside: number } {
  const n = word.length;
  const none = allowed + 1;
  // Anchored at the word's start (whole/prefix) and free-start (inside).
  let [prevA, prevF, prev2A, prev2F, curA, curF] = rows(n + 1);
  for (let j = 0; j <= n; j++) {
    prevA[j] = j;
    prevF[j] = 0;
  }
  for (let i = 1; i <= query.length; i++) {
    curA[0] = i;
    curF[0] = i;
    let rowMin = none;
    for (let j = 1; j <= n; j++) {
      const cost = query.charCodeAt(i - 1) === word.charCodeAt(j - 1) ? 0 : 1;
      let a = Math.min((prevA[j] ?? 0) + 1, (curA[j - 1] ?? 0) + 1, (prevA[j - 1] ?? 0) + cost);
      let f = Math.min((prevF[j] ?? 0) + 1, (curF[j - 1] ?? 0) + 1, (prevF[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && query[i - 1] === word[j - 2] && query[i - 2] === word[j - 1]) {
        a = Math.min(a, (prev2A[j - 2] ?? 0) + 1);
        f = Math.min(f, (prev2F[j - 2] ?? 0) + 1);
      }
      curA[j] = a;
      curF[j] = f;
      rowMin = Math.min(rowMin, a, f);
    }
    if (rowMin > allowed) return { whole: none, prefix: none, inside: none };
    [prev2A, prevA, curA] = [prevA, curA, prev2A];
    [prev2F, prevF, curF] = [prevF, curF, prev2F];
  }
  let prefix = none;
  let inside = none;
  for (let j = 0; j <= n; j++) {
    prefix = Math.min(prefix, prevA[j] ?? none);
    inside = Math.min(inside, prevF[j] ?? none);
  }
  return { whole: prevA[n] ?? none, prefix, inside };
}

/** Six reused rows of at least `length` cells (zeroed): a new query word is compared with thousands of words. */
let scratch: Int32Array[] = [];

function rows(length: number): [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array] {
  if ((scratch[0]?.length ?? 0) < length) scratch = Array.from({ length: 6 }, () => new Int32Array(Math.max(length, 64)));
  for (const row of scratch) row.fill(0, 0, length);
  return scratch as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
}
