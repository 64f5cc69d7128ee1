/**
 * Words and sentences of a text, for weighing the evidence around an
 * ambiguous term. Deliberately simple and local: a word is a run of letters
 * and digits of any script; a sentence ends at . ! ? … or a line break
 * followed by space, or at the edge of the block.
 */

/** A run of letters, digits and combining marks (any script). */
const WORD_RE = /[\p{L}\p{N}\p{M}]+/gu;
/** . ! ? … | • · line feed, and U+001F, which joins a batch's runs: a run's end is a sentence's end. */
const SENTENCE_END = new Set(['.', '!', '?', '…', '|', '•', '·', '\n', '\u001F']);
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

/** Whether the character at `i` ends a sentence (a full stop must be followed by space or the end). */
function endsSentence(text: string, i: number, limit: number): boolean {
  const c = text[i] as string;
  if (!SENTENCE_END.has(c)) return false;
  if (c !== '.') return true;
  const next = i + 1 < limit ? text[i + 1] : ' ';
  return next === ' ' || next === '\n' || next === '\u00A0' || next === '\t';
}

/** The sentence around [start, end) within the block [blockStart, blockEnd). */
export function sentenceAround(
  text: string,
  span: { start: number; end: number },
  block: { start: number; end: number },
): { start: number; end: number } {
  let from = span.start;
  while (from > block.start && !endsSentence(text, from - 1, block.end)) from--;
  let to = span.end;
  while (to < block.end && !endsSentence(text, to, block.end)) to++;
  return { start: from, end: Math.min(block.end, to + 1) };
}

export function isCapitalised(word: string): boolean {
  return CAPITAL.test(word);
}
