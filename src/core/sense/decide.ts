import type { TermMatch } from '../glossary/types';
import { countCues, isCueWord } from './cues';
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
  heading: string[] | undefined;
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
  private readonly titleWords: string[];

  constructor(
    private readonly index: SenseIndex,
    title: string,
  ) {
    this.titleWords = lowerWords(wordsIn(title, 0, title.length));
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
    const inBlock: number[] = [];
    input.matches.forEach((m, i) => {
      if (m.start >= start && m.end <= end) inBlock.push(i);
    });
    return { start, end, words, lower: lowerWords(words), matches: inBlock, heading: undefined };
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
    const sentenceWords = block.lower.slice(sFrom, sTo);
    const veto = this.veto(sense, { input, block, m, sFrom, sTo, tFrom, tTo });
    if (veto) return veto;

    const cap = (n: number) => Math.min(W.cap, n);
    const term = { from: tFrom - sFrom, to: tTo - sFrom };
    let score = 0;
    score += W.cueInSentence * cap(countCues(sense.cues, sentenceWords, term));
    score += W.cueInBlock * cap(countCues(sense.cues, block.lower, { from: sFrom, to: sTo }));
    score += W.againstInSentence * countCues(sense.against, sentenceWords, term);
    score += W.againstInBlock * cap(countCues(sense.against, block.lower, { from: sFrom, to: sTo }));

    const heading = (block.heading ??= lowerWords(wordsIn(input.heading(blockIndex(input, block)), 0, Infinity)));
    score += this.placeScore(sense, heading, W.cueInHeading, W.againstInHeading);
    score += this.placeScore(sense, this.titleWords, W.cueInTitle, W.againstInTitle);

    const inSentence = new Set<string>();
    const inBlock = new Set<string>();
    for (const j of block.matches) {
      const other = input.matches[j] as TermMatch;
      if (j === at.at || !supports(this.index, sense, other.id)) continue;
      // An ambiguous neighbour is undecided itself: no evidence yet.
      if (senseFor(this.index, other.id, text.slice(other.start, other.end))) continue;
      if (other.start >= sentence.start && other.end <= sentence.end) inSentence.add(other.id);
      else inBlock.add(other.id);
    }
    score += W.supportInSentence * cap(inSentence.size);
    score += W.supportInBlock * cap([...inBlock].filter((id) => !inSentence.has(id)).length);

    if (sense.years.length > 0 && mentionsOtherYear(block.lower, sense.years)) score += W.otherYearInBlock;
    return score;
  }

  private placeScore(sense: CompiledSense, words: readonly string[], cue: number, against: number): number {
    if (words.length === 0) return 0;
    return (countCues(sense.cues, words) > 0 ? cue : 0) + (countCues(sense.against, words) > 0 ? against : 0);
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
