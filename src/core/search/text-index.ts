/**
 * Fuzzy search in the explanations, word by word.
 *
 * fuse.js's Bitap over every paragraph (or over the vocabulary) for every
 * keystroke measured 30–200 ms per query with the bundled glossary alone, so
 * explanations take a cheaper road: their words form a vocabulary (a few
 * thousand distinct words), a bounded edit distance finds the words close to
 * each query word — inside compounds too: "kontrolle" finds
 * "Exportkontrollen" — and postings lead back to where those words stand. A
 * text matches when every significant query word matches one of its words.
 * Names (titles and forms, a few hundred) still go through fuse.js.
 */
import { foldKey, foldWords, type TextRange } from './fold';
import { queryBigrams, wordDistance } from './word-distance';

interface Posting {
  record: number;
  start: number;
  end: number;
}

export interface TextIndex {
  readonly words: readonly string[];
  readonly postings: ReadonlyMap<string, readonly Posting[]>;
  /** Close words per query word: typing repeats the earlier words of a query on every key. */
  readonly cache: Map<string, { vocab: string; score: number }[]>;
}

export interface TextHit {
  /** Index into the texts the index was built from. */
  record: number;
  /** 0 is perfect: the mean over query words of how far the closest word is. */
  score: number;
  /** Every occurrence of the matched words, in order. */
  ranges: TextRange[];
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Query words shorter than this are skipped ("of", "der") unless nothing else is left. */
const SIGNIFICANT = 3;
/** Enough occurrences to emphasise; a snippet shows only a window anyway. */
const MAX_RANGES_PER_HIT = 12;
const MAX_CACHED = 256;

export function createTextIndex(texts: readonly string[]): TextIndex {
  const postings = new Map<string, Posting[]>();
  // Explanations repeat their words ("the", "model", a reader's own set
  // phrases thousands of times): each is folded once.
  const folded = new Map<string, string>();
  texts.forEach((text, record) => {
    for (const m of text.matchAll(WORD)) {
      let word = folded.get(m[0]);
      if (word === undefined) {
        word = foldKey(m[0]);
        folded.set(m[0], word);
      }
      if (!word) continue;
      const list = postings.get(word) ?? [];
      list.push({ record, start: m.index, end: m.index + m[0].length });
      postings.set(word, list);
    }
  });
  return { words: [...postings.keys()], postings, cache: new Map() };
}

export function searchTexts(index: TextIndex, query: string): TextHit[] {
  const all = foldWords(query);
  const significant = all.filter((w) => w.length >= SIGNIFICANT);
  const queryWords = significant.length > 0 ? significant : all;
  if (queryWords.length === 0) return [];

  // Per record: per query word, the best score and the matched occurrences.
  const perRecord = new Map<number, { scores: number[]; ranges: TextRange[] }>();
  queryWords.forEach((word, i) => {
    for (const { vocab, score } of closeWords(index, word)) {
      for (const p of index.postings.get(vocab) ?? []) {
        let entry = perRecord.get(p.record);
        if (!entry) {
          entry = { scores: queryWords.map(() => Number.POSITIVE_INFINITY), ranges: [] };
          perRecord.set(p.record, entry);
        }
        entry.scores[i] = Math.min(entry.scores[i] ?? Number.POSITIVE_INFINITY, score);
        if (entry.ranges.length < MAX_RANGES_PER_HIT) entry.ranges.push({ start: p.start, end: p.end });
      }
    }
  });

  const hits: TextHit[] = [];
  for (const [record, { scores, ranges }] of perRecord) {
    if (!scores.every(Number.isFinite)) continue;
    const score = scores.reduce((a, b) => a + b, 0) / scores.length;
    hits.push({ record, score, ranges: ranges.sort((a, b) => a.start - b.start) });
  }
  return hits.sort((a, b) => a.score - b.score || a.record - b.record);
}

/** Vocabulary words close to a folded query word, with a score (0 = the word itself). */
function closeWords(index: TextIndex, word: string): { vocab: string; score: number }[] {
  const cached = index.cache.get(word);
  if (cached) return cached;
  const grams = queryBigrams(word);
  const out: { vocab: string; score: number }[] = [];
  for (const vocab of index.words) {
    const score = wordDistance(word, vocab, grams);
    if (score !== null) out.push({ vocab, score });
  }
  if (index.cache.size >= MAX_CACHED) index.cache.clear();
  index.cache.set(word, out);
  return out;
}
