import { lowerWords, wordsIn } from './words';

/** Cue words and phrases, ready for lookups in lower-cased word lists. */
export interface CueSet {
  words: ReadonlySet<string>;
  /** From cues written `stem*`. */
  prefixes: readonly string[];
  /** Cues of several words ("api token"), word by word. */
  phrases: readonly (readonly string[])[];
  readonly size: number;
}

export const EMPTY_CUES: CueSet = { words: new Set(), prefixes: [], phrases: [], size: 0 };

export function compileCues(cues: readonly string[] | undefined): CueSet {
  if (!cues || cues.length === 0) return EMPTY_CUES;
  const words = new Set<string>();
  const prefixes: string[] = [];
  const phrases: string[][] = [];
  for (const cue of cues) {
    const parts = lowerWords(wordsIn(cue, 0, cue.length));
    if (parts.length === 0) continue;
    if (parts.length > 1) phrases.push(parts);
    else if (cue.trim().endsWith('*')) prefixes.push(parts[0] as string);
    else words.add(parts[0] as string);
  }
  return { words, prefixes, phrases, size: words.size + prefixes.length + phrases.length };
}

/** Whether one word is a single-word cue (or starts with a prefix cue). */
export function isCueWord(cues: CueSet, word: string): boolean {
  if (cues.words.has(word)) return true;
  for (const prefix of cues.prefixes) if (word.startsWith(prefix)) return true;
  return false;
}

/**
 * How many different cues occur in `words` (lower-cased), skipping the words
 * in [skipFrom, skipTo): the term's own words are no evidence for itself.
 */
export function countCues(cues: CueSet, words: readonly string[], skip?: { from: number; to: number }): number {
  if (cues.size === 0 || words.length === 0) return 0;
  const found = new Set<string>();
  const skipped = (i: number) => skip !== undefined && i >= skip.from && i < skip.to;
  for (let i = 0; i < words.length; i++) {
    if (skipped(i)) continue;
    const word = words[i] as string;
    if (cues.words.has(word)) found.add(word);
    for (const prefix of cues.prefixes) if (word.startsWith(prefix)) found.add(`${prefix}*`);
  }
  // A phrase may include the term itself ("API token"): only its other words must lie outside.
  for (const phrase of cues.phrases) {
    const first = phrase[0] as string;
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (words[i] !== first) continue;
      let ok = true;
      for (let k = 1; k < phrase.length && ok; k++) ok = words[i + k] === phrase[k];
      if (ok && !(skipped(i) && skipped(i + phrase.length - 1))) {
        found.add(phrase.join(' '));
        break;
      }
    }
  }
  return found.size;
}
