import type { CueSet } from './cues';

/** One cue of one sense: `key` names the cue, so that a cue found twice counts once. */
export interface CueRef {
  sense: string;
  against: boolean;
  key: string;
}

/** A cue found in a list of words: words [word, end) (a phrase spans several). */
export interface CueHit extends CueRef {
  word: number;
  end: number;
}

/**
 * Every cue of every sense in one lookup structure, built once per glossary,
 * so that a block's words are read once for all senses instead of once per
 * sense, cue list and occurrence: whole words in a map, `stem*` cues by their
 * first three letters, phrases by their first word.
 */
export class CueIndex {
  private readonly words = new Map<string, CueRef[]>();
  private readonly stems = new Map<string, { prefix: string; ref: CueRef }[]>();
  /** Stems shorter than three letters, by the stem itself. */
  private readonly shortStems = new Map<string, CueRef[]>();
  private readonly phrases = new Map<string, { rest: readonly string[]; ref: CueRef }[]>();

  add(sense: string, cues: CueSet, against: boolean): void {
    for (const word of cues.words) push(this.words, word, { sense, against, key: word });
    for (const prefix of cues.prefixes) {
      const ref = { sense, against, key: `${prefix}*` };
      if (prefix.length < 3) push(this.shortStems, prefix, ref);
      else push(this.stems, prefix.slice(0, 3), { prefix, ref });
    }
    for (const phrase of cues.phrases) {
      push(this.phrases, phrase[0] as string, { rest: phrase.slice(1), ref: { sense, against, key: phrase.join(' ') } });
    }
  }

  /** Every cue in `words` (lower-cased), in word order. */
  hits(words: readonly string[]): CueHit[] {
    const out: CueHit[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      const exact = this.words.get(word);
      if (exact) for (const ref of exact) out.push(hit(ref, i, i + 1));
      if (word.length >= 3) {
        const stems = this.stems.get(word.slice(0, 3));
        if (stems) for (const s of stems) if (word.startsWith(s.prefix)) out.push(hit(s.ref, i, i + 1));
      }
      for (let n = 1; n <= 2 && n <= word.length; n++) {
        const short = this.shortStems.get(word.slice(0, n));
        if (short) for (const ref of short) out.push(hit(ref, i, i + 1));
      }
      const phrases = this.phrases.get(word);
      if (!phrases) continue;
      for (const p of phrases) {
        if (i + p.rest.length >= words.length) continue;
        let ok = true;
        for (let k = 0; k < p.rest.length && ok; k++) ok = words[i + 1 + k] === p.rest[k];
        if (ok) out.push(hit(p.ref, i, i + 1 + p.rest.length));
      }
    }
    return out;
  }
}

/** A literal, not a spread: spreading a ref into a new object was 40× slower here (V8 leaves such objects slow). */
function hit(ref: CueRef, word: number, end: number): CueHit {
  return { sense: ref.sense, against: ref.against, key: ref.key, word, end };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A block's (or a heading's) cue hits, by sense. */
export function hitsBySense(hits: readonly CueHit[]): Map<string, CueHit[]> {
  const out = new Map<string, CueHit[]>();
  for (const hit of hits) push(out, hit.sense, hit);
  return out;
}

/**
 * How many different cues (or counter-cues) of a sense lie within words
 * [from, to), leaving out those inside `skip` (the term itself, or the
 * sentence when the rest of the block is counted). A phrase counts unless it
 * lies wholly inside `skip`: "API token" is a cue for the token's other sense
 * although "token" is the term.
 */
export function countHits(
  hits: readonly CueHit[] | undefined,
  query: { against: boolean; from: number; to: number; skip?: { from: number; to: number } },
): number {
  if (!hits) return 0;
  const { against, from, to, skip } = query;
  const seen: string[] = [];
  for (const hit of hits) {
    if (hit.against !== against || hit.word < from || hit.end > to) continue;
    // A word inside skip is the term's own (or the sentence's); so is a phrase wholly inside it.
    if (skip && hit.word >= skip.from && hit.end <= skip.to) continue;
    if (!seen.includes(hit.key)) seen.push(hit.key);
  }
  return seen.length;
}
