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
import { letterMask, maxEdits, missingLetters, queryBigrams, wordDistance } from './word-distance';

export interface TextIndex {
  readonly texts: readonly string[];
  readonly words: readonly string[];
  /** `letterMask` of each word. */
  readonly masks: Int32Array;
  /** The texts each word is in (ascending, each once). */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** Close words per query word: typing repeats the earlier words of a query on every key. */
  readonly cache: Map<string, CloseWord[]>;
  /** Per query word, the best score in each text; reused from keystroke to keystroke. */
  readonly scores: Float64Array[];
}

interface CloseWord {
  vocab: string;
  score: number;
}

export interface TextScore {
  /** Index into the texts the index was built from. */
  record: number;
  /** 0 is perfect: the mean over query words of how far the closest word is. */
  score: number;
}

export interface TextHit extends TextScore {
  /** Every occurrence of the matched words, in order (at most a dozen). */
  ranges: TextRange[];
}

export interface TextSearch {
  /** Best first; ties in text order. */
  hits: TextScore[];
  /**
   * Occurrences of the matched words in a text that was hit, in order (at
   * most a dozen). Asked for the few hits that are shown, not for all of
   * them: a word of a reader's own set phrase stands in 10,000 texts.
   */
  ranges: (record: number) => TextRange[];
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Query words shorter than this are skipped ("of", "der") unless nothing else is left. */
const SIGNIFICANT = 3;
/** Enough occurrences to emphasise; a snippet shows only a window anyway. */
const MAX_RANGES_PER_HIT = 12;
const MAX_CACHED = 256;

export function createTextIndex(texts: readonly string[]): TextIndex {
  const postings = new Map<string, number[]>();
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
      let list = postings.get(word);
      if (!list) {
        list = [];
        postings.set(word, list);
      }
      if (list[list.length - 1] !== record) list.push(record);
    }
  });
  const words = [...postings.keys()];
  return { texts, words, masks: Int32Array.from(words, letterMask), postings, cache: new Map(), scores: [] };
}

/** The texts that match `query`, best first, with what to emphasise. */
export function searchTexts(index: TextIndex, query: string): TextHit[] {
  const found = findTexts(index, query);
  return found.hits.map((hit) => ({ ...hit, ranges: found.ranges(hit.record) }));
}

/** Like `searchTexts`, with the ranges left for later. */
export function findTexts(index: TextIndex, query: string): TextSearch {
  const all = foldWords(query);
  const significant = all.filter((w) => w.length >= SIGNIFICANT);
  const queryWords = significant.length > 0 ? significant : all;
  const close = queryWords.map((word) => closeWords(index, word));
  const ranges = (record: number): TextRange[] => rangesIn(index.texts[record] ?? '', close);
  if (queryWords.length === 0) return { hits: [], ranges };

  // Per query word, the best score in each text (Infinity: not there).
  const size = index.texts.length;
  const perWord = close.map((words, i) => {
    const best = (index.scores[i] ??= new Float64Array(size)).fill(Number.POSITIVE_INFINITY);
    for (const { vocab, score } of words) {
      for (const record of index.postings.get(vocab) ?? []) if (score < (best[record] as number)) best[record] = score;
    }
    return best;
  });
  const hits: TextScore[] = [];
  for (let record = 0; record < size; record++) {
    let sum = 0;
    for (const best of perWord) sum += best[record] as number;
    if (Number.isFinite(sum)) hits.push({ record, score: sum / perWord.length });
  }
  return { hits: hits.sort((a, b) => a.score - b.score || a.record - b.record), ranges };
}

/** Occurrences of the close words in `text`: per query word, per close word, in text order; then sorted. */
function rangesIn(text: string, close: readonly (readonly CloseWord[])[]): TextRange[] {
  const at = new Map<string, TextRange[]>();
  for (const m of text.matchAll(WORD)) {
    const word = foldKey(m[0]);
    const list = at.get(word) ?? [];
    list.push({ start: m.index, end: m.index + m[0].length });
    at.set(word, list);
  }
  const out: TextRange[] = [];
  for (const words of close) {
    for (const { vocab } of words) {
      for (const range of at.get(vocab) ?? []) {
        if (out.length >= MAX_RANGES_PER_HIT) return out.sort((a, b) => a.start - b.start);
        out.push({ ...range });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Vocabulary words close to a folded query word, with a score (0 = the word itself). */
function closeWords(index: TextIndex, word: string): CloseWord[] {
  const cached = index.cache.get(word);
  if (cached) return cached;
  const grams = queryBigrams(word);
  const mask = letterMask(word);
  const allowed = maxEdits(word.length);
  const out: CloseWord[] = [];
  index.words.forEach((vocab, i) => {
    if (missingLetters(mask, index.masks[i] ?? 0) > allowed) return;
    const score = wordDistance(word, vocab, grams);
    if (score !== null) out.push({ vocab, score });
  });
  if (index.cache.size >= MAX_CACHED) index.cache.clear();
  index.cache.set(word, out);
  return out;
}
