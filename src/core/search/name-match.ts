/**
 * Direct (non-fuzzy) matches of a query against a title or form. These decide
 * the top of the result list: someone who types a term's name, or its start,
 * should find that term first, before anything a fuzzy match dredges up.
 */
import { originalRange, type FoldedText, type TextRange } from './fold';

/** Best first. 'fuzzy' and 'text' come from fuse.js, the rest from here. */
export type MatchTier = 'exact' | 'prefix' | 'word' | 'contains' | 'fuzzy' | 'text';
export const TIER_ORDER: readonly MatchTier[] = ['exact', 'prefix', 'word', 'contains', 'fuzzy', 'text'];

export interface DirectMatch {
  tier: Exclude<MatchTier, 'fuzzy' | 'text'>;
  /** Ranges in the original name. */
  ranges: TextRange[];
}

export interface FoldedQuery {
  /** The whole query folded: letters and digits only. */
  key: string;
  /** The query's words, each folded. */
  words: string[];
}

/** Substrings shorter than this (not at a word start) are noise: "ai" is in "Taiwan". */
const MIN_CONTAINS = 3;

export function matchName(name: FoldedText, query: FoldedQuery): DirectMatch | null {
  const q = query.key;
  if (q.length === 0 || name.value.length === 0) return null;
  const whole = (start: number): TextRange[] => [originalRange(name, start, start + q.length)];
  if (name.value === q) return { tier: 'exact', ranges: whole(0) };
  if (name.value.startsWith(q)) return { tier: 'prefix', ranges: whole(0) };
  for (const start of name.wordStarts) {
    if (name.value.startsWith(q, start)) return { tier: 'word', ranges: whole(start) };
  }
  const byWords = matchWords(name, query.words);
  if (byWords) return { tier: 'word', ranges: byWords };
  if (q.length >= MIN_CONTAINS) {
    const at = name.value.indexOf(q);
    if (at >= 0) return { tier: 'contains', ranges: whole(at) };
  }
  return null;
}

/**
 * Every query word starts some word of the name, in any order: "r1 deepseek"
 * finds "DeepSeek R1". Two query words may not claim the same name word.
 */
function matchWords(name: FoldedText, words: readonly string[]): TextRange[] | null {
  if (words.length < 2) return null;
  const used = new Set<number>();
  const ranges: TextRange[] = [];
  for (const word of words) {
    const start = name.wordStarts.find((s) => !used.has(s) && name.value.startsWith(word, s));
    if (start === undefined) return null;
    used.add(start);
    ranges.push(originalRange(name, start, start + word.length));
  }
  return ranges;
}
