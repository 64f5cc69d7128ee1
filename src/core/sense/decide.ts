import type { TermMatch } from '../glossary/types';
import { countHits, hitsBySense, type CueHit } from './cue-index';
import { isCueWord } from './cues';
import { senseFor, supports, type CompiledSense, type SenseIndex } from './compile';
import { DROP_AT, MARK_AT, WEIGHTS as W } from './weights';
import { isCapitalised, isYear, lowerWords, sentenceAround, wordsIn, type Word } from './words';

/** Why an occurrence was left unmarked at once, whatever its score. */
export type Veto = 'name' | 'prefix' | 'other-year';

/**
 * 'yes': mark; 'no' or a veto: another sense; a number: the local score of
 * an undecided occurrence, settled with the page's evidence at the end of the
 * scan (`SensePage`).
 */
export type SenseVerdict = 'yes' | 'no' | Veto | number;

export interface BatchInput {
  /** The text the matches were found in: blocks joined by a separator. */
  text: string;
  matches: readonly TermMatch[];
  /** Where each block starts in `text`, ascending (a block ends one character before the next starts). */
  blockStarts: readonly number[];
  /** The heading of block i's section ('' when none); asked only for blocks with an ambiguous term. */
  heading: (block: number) => string;
}

interface Block {
  start: number;
  end: number;
  words: Word[];
  lower: string[];
  /** Indices into `matches` of the matches in this block. */
  matches: number[];
  /** Per match of `matches`: whether it is ambiguous itself (then no evidence for others until decided). */
  ambiguous: boolean[];
  /** Every sense's cues in the block, read once. */
  hits: Map<string, CueHit[]>;
  heading: Map<string, CueHit[]> | undefined;
}

/** The last index i with starts[i] <= offset. */
function blockAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** First index of a word at or after `offset`. */
function wordIndexAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as Word).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const JOINER = /^[\s\u00A0\u2010\u2011-]+$/u;
const HYPHEN = /^[\u2010\u2011-]$/u;
/** Capitalised words that begin sentences without being names. */
const SENTENCE_OPENERS = new Set(
  'the a an and but or so then now today yesterday with when while if in on at for from by as after before since like unlike meanwhile also even only der die das ein eine und aber oder auch nur mit bei von für wenn als wie nach vor seit heute gestern dann jetzt doch'.split(' '),
);

export class SenseJudge {
  private readonly title: Map<string, CueHit[]>;
  /** Cue hits of each section heading met so far (most pages have few headings, each asked many times). */
  private readonly headings = new Map<string, Map<string, CueHit[]>>();

  constructor(
    private readonly index: SenseIndex,
    title: string,
  ) {
    this.title = this.placeHits(title);
  }

  private placeHits(text: string): Map<string, CueHit[]> {
    return hitsBySense(this.index.cues.hits(lowerWords(wordsIn(text, 0, text.length))));
  }

  private headingHits(heading: string): Map<string, CueHit[]> {
    let hits = this.headings.get(heading);
    if (!hits) this.headings.set(heading, (hits = this.placeHits(heading)));
    return hits;
  }

  /** Verdicts in the order of `input.matches`, or null when none of them is ambiguous (the common case). */
  judge(input: BatchInput): SenseVerdict[] | null {
    const { matches } = input;
    let any = false;
    for (const m of matches) {
      if (this.index.byId.has(m.id)) {
        any = true;
        break;
      }
    }
    if (!any) return null;
    const blocks = new Map<number, Block>();
    return matches.map((m, i) => {
      const sense = senseFor(this.index, m.id, input.text.slice(m.start, m.end));
      if (!sense) return 'yes';
      const b = blockAt(input.blockStarts, m.start);
      let block = blocks.get(b);
      if (!block) blocks.set(b, (block = this.block(input, b)));
      const score = this.score(sense, { input, block, at: i });
      if (typeof score !== 'number') return score;
      if (score >= MARK_AT) return 'yes';
      if (score <= DROP_AT) return 'no';
      return score;
    });
  }

  private block(input: BatchInput, b: number): Block {
    const start = input.blockStarts[b] as number;
    const next = input.blockStarts[b + 1];
    const end = next === undefined ? input.text.length : next - 1;
    const words = wordsIn(input.text, start, end);
    const lower = lowerWords(words);
    const inBlock: number[] = [];
    const ambiguous: boolean[] = [];
    // Matches are in text order: the block's are one run of them.
    for (let i = firstMatchFrom(input.matches, start); i < input.matches.length; i++) {
      const m = input.matches[i] as TermMatch;
      if (m.start >= end) break;
      if (m.end > end) continue;
      inBlock.push(i);
      ambiguous.push(senseFor(this.index, m.id, input.text.slice(m.start, m.end)) !== null);
    }
    return { start, end, words, lower, matches: inBlock, ambiguous, hits: hitsBySense(this.index.cues.hits(lower)), heading: undefined };
  }

  /** The occurrence's score, or the veto that settles it. */
  private score(sense: CompiledSense, at: { input: BatchInput; block: Block; at: number }): number | Veto {
    const { input, block } = at;
    const m = input.matches[at.at] as TermMatch;
    const text = input.text;
    const sentence = sentenceAround(text, m, block);
    const sFrom = wordIndexAt(block.words, sentence.start);
    const sTo = wordIndexAt(block.words, sentence.end);
    const tFrom = wordIndexAt(block.words, m.start);
    const tTo = wordIndexAt(block.words, m.end);
    const veto = this.veto(sense, { input, block, m, sFrom, sTo, tFrom, tTo });
    if (veto) return veto;

    const cap = (n: number) => Math.min(W.cap, n);
    const hits = block.hits.get(sense.id);
    const inSentenceWords = { from: sFrom, to: sTo, skip: { from: tFrom, to: tTo } };
    const restOfBlock = { from: 0, to: block.words.length, skip: { from: sFrom, to: sTo } };
    let score = 0;
    score += W.cueInSentence * cap(countHits(hits, { against: false, ...inSentenceWords }));
    score += W.cueInBlock * cap(countHits(hits, { against: false, ...restOfBlock }));
    score += W.againstInSentence * countHits(hits, { against: true, ...inSentenceWords });
    score += W.againstInBlock * cap(countHits(hits, { against: true, ...restOfBlock }));

    const heading = (block.heading ??= this.headingHits(input.heading(blockIndex(input, block))));
    score += placeScore(heading.get(sense.id), W.cueInHeading, W.againstInHeading);
    score += placeScore(this.title.get(sense.id), W.cueInTitle, W.againstInTitle);

    const inSentence = new Set<string>();
    const inBlock = new Set<string>();
    block.matches.forEach((j, k) => {
      const other = input.matches[j] as TermMatch;
      // An ambiguous neighbour is undecided itself: no evidence yet.
      if (j === at.at || block.ambiguous[k] || !supports(this.index, sense, other.id)) return;
      if (other.start >= sentence.start && other.end <= sentence.end) inSentence.add(other.id);
      else inBlock.add(other.id);
    });
    score += W.supportInSentence * cap(inSentence.size);
    score += W.supportInBlock * cap([...inBlock].filter((id) => !inSentence.has(id)).length);

    if (sense.years.length > 0 && mentionsOtherYear(block.lower, sense.years)) score += W.otherYearInBlock;
    return score;
  }

  private veto(
    sense: CompiledSense,
    at: { input: BatchInput; block: Block; m: TermMatch; sFrom: number; sTo: number; tFrom: number; tTo: number },
  ): Veto | null {
    const { input, block, m, sFrom, sTo, tFrom, tTo } = at;
    const text = input.text;
    const next = tTo < sTo ? block.words[tTo] : undefined;
    const gapAfter = next ? text.slice(m.end, next.start) : '';
    const isTermAt = (offset: number) => block.matches.some((j) => (input.matches[j] as TermMatch).start === offset);
    const endsTermAt = (offset: number) => block.matches.some((j) => (input.matches[j] as TermMatch).end === offset);
    const known = (word: Word) => isCueWord(sense.cues, word.text.toLowerCase());

    if (sense.prefix && next && HYPHEN.test(gapAfter) && !known(next) && !isTermAt(next.start)) return 'prefix';

    if (sense.name) {
      if (next && JOINER.test(gapAfter) && isName(next.text) && !known(next) && !isTermAt(next.start)) return 'name';
      const prev = tFrom > sFrom ? block.words[tFrom - 1] : undefined;
      if (prev && JOINER.test(text.slice(prev.end, m.start)) && isName(prev.text) && !known(prev) && !endsTermAt(prev.end)) {
        const opensSentence = tFrom - 1 === sFrom && SENTENCE_OPENERS.has(prev.text.toLowerCase());
        if (!opensSentence) return 'name';
      }
    }

    if (sense.years.length > 0 && mentionsOtherYear(block.lower.slice(sFrom, sTo), sense.years)) return 'other-year';
    return null;
  }
}

/** A cue of the sense in a heading or the title adds `cue`, a counter-cue `against` (each once). */
function placeScore(hits: readonly CueHit[] | undefined, cue: number, against: number): number {
  if (!hits) return 0;
  return (hits.some((h) => !h.against) ? cue : 0) + (hits.some((h) => h.against) ? against : 0);
}

/** The first match that starts at or after `offset` (matches ascending by start). */
function firstMatchFrom(matches: readonly TermMatch[], offset: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((matches[mid] as TermMatch).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function blockIndex(input: BatchInput, block: Block): number {
  return blockAt(input.blockStarts, block.start);
}

/** A capitalised word of letters (a name part); "3", "AI" and "GPT" are not names. */
function isName(word: string): boolean {
  return isCapitalised(word) && /\p{Ll}/u.test(word);
}

/** Names a year, and none of the entry's own years. */
function mentionsOtherYear(words: readonly string[], years: readonly number[]): boolean {
  let other = false;
  for (const word of words) {
    if (!isYear(word)) continue;
    if (years.includes(Number(word))) return false;
    other = true;
  }
  return other;
}
