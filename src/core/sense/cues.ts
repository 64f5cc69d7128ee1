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
