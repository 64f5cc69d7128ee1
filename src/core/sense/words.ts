/**
 * Words and sentences of a text, for weighing the evidence around an
 * ambiguous term. Deliberately simple and local: a word is a run of letters
 * and digits of any script; a sentence ends at . ! ? … or a line break
 * followed by space, or at the edge of the block.
 */

/** A run of letters, digits and combining marks (any script). */
const WORD_RE = /[\p{L}\p{N}\p{M}]+/gu;
/** . ! ? … | • · line feed, and U+001F, which joins a batch's runs: a run's end is a sentence's end. */
// U+001F is intended: it joins a batch's runs.
// eslint-disable-next-line no-control-regex
const SENTENCE_END_RE = /[.!?\u2026|\u2022\u00B7\n\u001F]/g;
const FULL_STOP = 0x2e;
/** What must follow a full stop for it to end a sentence: space, line feed, no-break space, tab. */
const AFTER_STOP = new Set([0x20, 0x0a, 0xa0, 0x09]);
const CAPITAL = /^\p{Lu}/u;

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words of `text` between `from` and `to` (offsets of the whole text). */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = from;
  for (let m = WORD_RE.exec(text); m && m.index < to; m = WORD_RE.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return out;
}

/** Lower-cased word texts, for cue lookups. */
export function lowerWords(words: readonly Word[]): string[] {
  return words.map((w) => w.text.toLowerCase());
}

/** Whether the sentence-end character at `i` (one `SENTENCE_END_RE` found) ends a sentence: a full stop must be followed by space or the end. */
function endsSentence(text: string, i: number, limit: number): boolean {
  return text.charCodeAt(i) !== FULL_STOP || i + 1 >= limit || AFTER_STOP.has(text.charCodeAt(i + 1));
}

/** Where sentences end in the block [start, end): the offsets of their last characters, ascending. */
export function sentenceEnds(text: string, block: { start: number; end: number }): number[] {
  const ends: number[] = [];
  // A regex finds the candidates natively; most characters are none.
  SENTENCE_END_RE.lastIndex = block.start;
  for (let m = SENTENCE_END_RE.exec(text); m && m.index < block.end; m = SENTENCE_END_RE.exec(text)) {
    if (endsSentence(text, m.index, block.end)) ends.push(m.index);
  }
  return ends;
}

/** The sentence around [start, end) within the block, given the block's `sentenceEnds`. */
export function sentenceAround(
  ends: readonly number[],
  span: { start: number; end: number },
  block: { start: number; end: number },
): { start: number; end: number } {
  // The last end before the span, and the first at or after its end.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] as number) < span.start) lo = mid + 1;
    else hi = mid;
  }
  const from = lo > 0 ? (ends[lo - 1] as number) + 1 : block.start;
  while (lo < ends.length && (ends[lo] as number) < span.end) lo++;
  const to = lo < ends.length ? (ends[lo] as number) + 1 : block.end;
  return { start: from, end: Math.min(block.end, to) };
}

export function isCapitalised(word: string): boolean {
  return CAPITAL.test(word);
}
