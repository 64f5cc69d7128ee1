/**
 * Folding text for search comparisons: what a reader types ("deep seek",
 * "sputnik moment", "kunstliche intelligenz") against how a name is written
 * ("DeepSeek", "Sputnik-Moment", "Künstliche Intelligenz").
 *
 * Only letters and digits survive, lower-cased, without diacritics, "ß" as
 * "ss". Separators and punctuation vanish, so spacing and hyphenation never
 * decide whether two names are the same. Every folded unit remembers which
 * original units it came from, so a match can be emphasised in the original.
 */

export interface FoldedText {
  /** Letters and digits only, lower case, no diacritics. */
  value: string;
  /** `starts[k]`: original offset of the character behind unit k. */
  starts: number[];
  /** `ends[k]`: original offset just after the character behind unit k. */
  ends: number[];
  /** Units of `value` where a word of the original begins (incl. camelCase humps). */
  wordStarts: number[];
}

/** End-exclusive range of UTF-16 offsets into a string. */
export interface TextRange {
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const MARK = /\p{M}/gu;

function foldChar(ch: string): string {
  if (ch === 'ß' || ch === 'ẞ') return 'ss';
  return ch.normalize('NFD').replace(MARK, '').toLowerCase();
}

export function foldText(text: string): FoldedText {
  let value = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const wordStarts: number[] = [];
  let afterLetterOrDigit = false;
  let afterLower = false;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      // Plain ASCII, most of every name: no regular expression, no normalising.
      const upper = code >= 65 && code <= 90;
      const lower = code >= 97 && code <= 122;
      const letterOrDigit = upper || lower || (code >= 48 && code <= 57);
      if (letterOrDigit) {
        if (!afterLetterOrDigit || (upper && afterLower)) wordStarts.push(value.length);
        value += upper ? String.fromCharCode(code + 32) : (text[i] as string);
        starts.push(i);
        ends.push(i + 1);
      }
      afterLetterOrDigit = letterOrDigit;
      afterLower = lower;
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    const letterOrDigit = LETTER_OR_DIGIT.test(ch);
    if (letterOrDigit) {
      const folded = foldChar(ch);
      const boundary = !afterLetterOrDigit || (UPPER.test(ch) && afterLower);
      if (folded.length > 0 && boundary) wordStarts.push(value.length);
      for (const unit of folded) {
        value += unit;
        starts.push(i);
        ends.push(next);
      }
    }
    afterLetterOrDigit = letterOrDigit;
    afterLower = LOWER.test(ch);
    i = next;
  }
  return { value, starts, ends, wordStarts };
}

const ASCII_WORD = /^[A-Za-z0-9]*$/;

/** Just the folded string, for comparisons. */
export function foldKey(text: string): string {
  return ASCII_WORD.test(text) ? text.toLowerCase() : foldText(text).value;
}

/** The words of a query, each folded; empty words dropped. */
export function foldWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}\p{M}ß]+/u)
    .map(foldKey)
    .filter((w) => w.length > 0);
}

/** Original range behind folded units [start, end). */
export function originalRange(folded: FoldedText, start: number, end: number): TextRange {
  return { start: folded.starts[start] ?? 0, end: folded.ends[end - 1] ?? 0 };
}

/** Sorts ranges and merges overlapping or touching ones. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
