import type { TermMatch } from '../glossary/types';
import { firstAtOrAfter, lastAtOrBefore } from '../text/sorted';
import { anyHit, HitList, ROLE_AGAINST, tallyHits, type CueIndex, type CueRoles, type HitSpan, type Tally, type YearAt } from './cue-index';
import { senseFor, supports, type CompiledSense, type SenseIndex } from './compile';
import { DROP_AT, MARK_AT, WEIGHTS as W } from './weights';
import { isCapitalised, sentenceAround, sentenceEnds } from './words';

/** Why an occurrence was left unmarked at once, whatever its score. */
export type Veto = 'name' | 'prefix' | 'other-year' | 'code' | 'phrase' | 'other-subject' | 'qualified';

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
  index: number;
  start: number;
  end: number;
  /** Every sense's cues in the block (offsets into the batch's text), read once. */
  hits: HitSpan;
  /** The years the block names. */
  years: YearAt[];
  /** Indices into `matches` of the matches in this block. */
  matches: number[];
  /** Per match of `matches`: whether it is ambiguous itself (then no evidence for others until decided). */
  ambiguous: boolean[];
  heading: HitSpan | undefined;
  /** Where its sentences end (see `sentenceEnds`), found when first asked. */
  ends: number[] | undefined;
}

const JOINER = /^[\s\u00A0\u2010\u2011-]+$/u;
const HYPHEN = /^[\u2010\u2011-]$/u;
const LOWER = /\p{Ll}/u;
/** A version number right after a form: "Gemini 2.0", "Llama-3.1", "Claude 3". */
const VERSION_AFTER = /^[\s\u00A0-]\d+(?:\.\d+)*(?![\d.]*\s*(?:%|prozent|percent|€|\$|euro|dollar|uhr|jahre|years|mal|times))/iu;
/** Capitalised words that begin sentences without being names. */
const SENTENCE_OPENERS = new Set(
  'the a an and but or so then now today yesterday with when while if in on at for from by as after before since like unlike meanwhile also even only der die das ein eine und aber oder auch nur mit bei von für wenn als wie nach vor seit heute gestern dann jetzt doch'.split(' '),
);

const NOT_WORD = /[^\p{L}\p{N}]+/u;
/** Words that carry grammar, not a sense (see `insideCounterPhrase`). */
const FUNCTION_WORDS = new Set(
  'a an the to of in on at for with by from as is are was be it its this that these their his her our your my and or not no less more much many some any der die das den dem des ein eine einen einem einer zu zum zur im in am an auf mit von für bei aus und oder nicht kein keine es sich'.split(' '),
);

/** Where an occurrence stands: its block and its sentence (offsets into the batch's text). */
interface Place {
  input: BatchInput;
  block: Block;
  at: number;
  m: TermMatch;
  sentence: { start: number; end: number };
}

export class SenseJudge {
  /** The page title's cues, read when the first ambiguous term is judged (the cue tables are built then). */
  private titleHits: HitSpan | null = null;
  /** Cue hits of each section heading met so far (most pages have few headings, each asked many times). */
  private readonly headings = new Map<string, HitSpan>();
  /** The cues of the blocks of the batch being judged (cleared per batch). */
  private readonly blockHits = new HitList();
  /** Reused by every score: the counts of one occurrence's cues. */
  private readonly tally: Tally = { cueInSentence: 0, cueInRest: 0, againstInSentence: 0, againstInRest: 0 };

  constructor(
    private readonly index: SenseIndex,
    private readonly title: string,
  ) {}

  private titleCues(): HitSpan {
    return (this.titleHits ??= this.placeHits(this.title));
  }

  /** Whether the page title holds a cue of the sense and no counter-cue (the page is about its story). */
  titleSupports(sense: CompiledSense): boolean {
    const hits = this.titleCues();
    return anyHit(hits, sense.roles, false) && !anyHit(hits, sense.roles, true);
  }

  private placeHits(text: string): HitSpan {
    return this.index.cues.read(text, { from: 0, to: text.length }, new HitList());
  }

  private headingHits(heading: string): HitSpan {
    let hits = this.headings.get(heading);
    if (!hits) this.headings.set(heading, (hits = this.placeHits(heading)));
    return hits;
  }

  /** Verdicts in the order of `input.matches`, or null when none of them is ambiguous (the common case). */
  judge(input: BatchInput): SenseVerdict[] | null {
    const { matches } = input;
    if (!matches.some((m) => this.index.byId.has(m.id))) return null;
    this.blockHits.clear();
    const blocks = new Map<number, Block>();
    const senses = matches.map((m) => senseFor(this.index, m, input.text));
    const verdicts = matches.map((m, i): SenseVerdict => {
      const sense = senses[i];
      if (!sense) return 'yes';
      const b = lastAtOrBefore(input.blockStarts, m.start);
      let block = blocks.get(b);
      if (!block) blocks.set(b, (block = this.block(input, { b, senses })));
      return verdictOf(this.score(sense, this.place(input, block, i)));
    });
    // Second look: an ambiguous neighbour decided in the glossary's sense
    // ("Claude" beside "tokens" in an answer about prompts) is evidence now.
    for (const block of blocks.values()) {
      let changed = false;
      block.matches.forEach((j, k) => {
        if (block.ambiguous[k] && verdicts[j] === 'yes') {
          block.ambiguous[k] = false;
          changed = true;
        }
      });
      if (!changed) continue;
      for (const j of block.matches) {
        const sense = senses[j];
        if (sense && typeof verdicts[j] === 'number') verdicts[j] = verdictOf(this.score(sense, this.place(input, block, j)));
      }
    }
    return verdicts;
  }

  /** Block `b` of the batch, read once; `senses`: each match's sense rules (null: unambiguous). */
  private block(input: BatchInput, at: { b: number; senses: readonly (CompiledSense | null)[] }): Block {
    const { b } = at;
    const start = input.blockStarts[b] as number;
    const next = input.blockStarts[b + 1];
    const end = next === undefined ? input.text.length : next - 1;
    const years: YearAt[] = [];
    const hits = this.index.cues.read(input.text, { from: start, to: end }, this.blockHits, years);
    const inBlock: number[] = [];
    const ambiguous: boolean[] = [];
    // Matches are in text order: the block's are one run of them.
    for (let i = firstAtOrAfter(input.matches, (x) => x.start, start); i < input.matches.length; i++) {
      const m = input.matches[i] as TermMatch;
      if (m.start >= end) break;
      if (m.end > end) continue;
      inBlock.push(i);
      ambiguous.push(at.senses[i] !== null);
    }
    return { index: b, start, end, hits, years, matches: inBlock, ambiguous, heading: undefined, ends: undefined };
  }

  private place(input: BatchInput, block: Block, at: number): Place {
    const m = input.matches[at] as TermMatch;
    return { input, block, at, m, sentence: sentenceAround((block.ends ??= sentenceEnds(input.text, block)), m, block) };
  }

  /** The occurrence's score, or the veto that settles it. */
  private score(sense: CompiledSense, p: Place): number | Veto {
    const veto = this.veto(sense, p);
    if (veto) return veto;
    const { input, block, m, sentence } = p;
    const roles = sense.roles;
    const t = tallyHits(block.hits, roles, { sentence, term: m, cap: W.cap }, this.tally);
    let score = 0;
    score += W.cueInSentence * t.cueInSentence + W.cueInBlock * t.cueInRest;
    score += W.againstInSentence * t.againstInSentence + W.againstInBlock * t.againstInRest;

    const heading = (block.heading ??= this.headingHits(input.heading(block.index)));
    score += placeScore(heading, roles, W.cueInHeading, W.againstInHeading);
    score += placeScore(this.titleCues(), roles, W.cueInTitle, W.againstInTitle);

    const support = this.supporters(sense, p);
    score += W.supportInSentence * support.inSentence + W.supportInBlock * support.inBlock;

    if (sense.versioned && VERSION_AFTER.test(input.text.slice(m.end, m.end + 8))) score += W.version;
    if (sense.years.length > 0 && otherYearIn(block.years, sense.years, block)) score += W.otherYearInBlock;
    return score;
  }

  /**
   * Distinct other glossary terms that support the sense, in the sentence and
   * in the rest of the block (not counting those also in the sentence), each
   * at most `cap`: the block's matches are read until both are known.
   */
  private supporters(sense: CompiledSense, p: Place): { inSentence: number; inBlock: number } {
    const { input, block, sentence } = p;
    const inSentence: string[] = [];
    const inBlock: string[] = [];
    const cap = W.cap;
    for (let k = 0; k < block.matches.length; k++) {
      const j = block.matches[k] as number;
      // An ambiguous neighbour is undecided itself: no evidence yet.
      if (j === p.at || block.ambiguous[k]) continue;
      const other = input.matches[j] as TermMatch;
      const within = other.start >= sentence.start && other.end <= sentence.end;
      const list = within ? inSentence : inBlock;
      if (!list.includes(other.id) && supports(this.index, sense, other.id)) list.push(other.id);
      // Past the sentence, with enough others that some are not also in it: nothing more can change the capped counts.
      if (other.start >= sentence.end && inSentence.length >= cap && inBlock.length >= cap + inSentence.length) break;
    }
    const rest = inBlock.filter((id) => !inSentence.includes(id)).length;
    return { inSentence: Math.min(cap, inSentence.length), inBlock: Math.min(cap, rest) };
  }

  private veto(sense: CompiledSense, p: Place): Veto | null {
    const { input, block, m, sentence } = p;
    const text = input.text;
    const cues = this.index.cues;
    const isTermAt = (offset: number) => block.matches.some((j) => (input.matches[j] as TermMatch).start === offset);
    const endsTermAt = (offset: number) => block.matches.some((j) => (input.matches[j] as TermMatch).end === offset);
    const known = (w: { start: number; end: number }) => cues.isCue(sense.roles, text, w);
    const next = wordAfter(text, m.end, sentence.end, cues);
    const gapAfter = next ? text.slice(m.end, next.start) : '';

    if (isIdentifierPart(text, m)) return 'code';
    // The form is part of a fixed phrase of another sense ("by the same token", "access token"): that is its own wording, not context.
    if (insideCounterPhrase(block.hits, sense.roles, m, text)) return 'phrase';

    if (sense.prefix && next && HYPHEN.test(gapAfter) && !known(next) && !isTermAt(next.start)) return 'prefix';
    if (otherQualifier(text, m.end, sense.roles, cues, block, input.matches)) return 'qualified';

    if (sense.name) {
      const before = wordBefore(text, m.start, sentence.start, cues);
      // "Sprachmodell Claude Berichten zufolge", "Anthropics Claude Sonnet": a cue or a glossary term right before
      // the form names the product, and the capitalised word after it (a German noun, a model tier) is no surname.
      const named = before !== null && JOINER.test(text.slice(before.end, m.start)) && (known(before) || endsTermAt(before.end));
      if (!named && next && JOINER.test(gapAfter) && isName(text.slice(next.start, next.end)) && !known(next) && !isTermAt(next.start)) return 'name';
      const prev = wordBefore(text, m.start, sentence.start, cues);
      if (prev && JOINER.test(text.slice(prev.end, m.start)) && isName(text.slice(prev.start, prev.end)) && !known(prev) && !endsTermAt(prev.end)) {
        const opensSentence = wordBefore(text, prev.start, sentence.start, cues) === null && SENTENCE_OPENERS.has(text.slice(prev.start, prev.end).toLowerCase());
        if (!opensSentence) return 'name';
      }
    }

    if (sense.years.length > 0 && otherYearIn(block.years, sense.years, sentence)) return 'other-year';
    if (sense.local && next && aboutAnother(text, next, sentence.end, { cues, known, isTermAt })) return 'other-subject';
    return null;
  }
}

/** The word after `from` (only non-word characters between), before `limit`. */
function wordAfter(text: string, from: number, limit: number, cues: CueIndex): { start: number; end: number } | null {
  let i = from;
  while (i < limit && !cues.isWordUnit(text.charCodeAt(i))) i++;
  if (i >= limit) return null;
  return { start: i, end: cues.wordEnd(text, i, limit) };
}

/** The word before `to` (only non-word characters between), from `limit` on. */
function wordBefore(text: string, to: number, limit: number, cues: CueIndex): { start: number; end: number } | null {
  let i = to;
  while (i > limit && !cues.isWordUnit(text.charCodeAt(i - 1))) i--;
  if (i <= limit) return null;
  const end = i;
  while (i > limit && cues.isWordUnit(text.charCodeAt(i - 1))) i--;
  return { start: i, end };
}

/**
 * A counter-cue of the sense spans the occurrence and a content word more: a
 * fixed phrase of another sense ("by the same token", "access token"). A
 * phrase that adds only function words ("to compute", "compute the") is a
 * grammatical hint, weighed as a counter-cue like any other.
 */
function insideCounterPhrase(hits: HitSpan, roles: CueRoles, m: { start: number; end: number }, text: string): boolean {
  const { list } = hits;
  for (let i = hits.from; i < hits.to; i++) {
    const start = list.start(i);
    if (start > m.start) continue;
    const end = list.end(i);
    if (end < m.end || end - start === m.end - m.start) continue;
    if (((roles[list.cue(i)] as number) & ROLE_AGAINST) === 0) continue;
    const rest = `${text.slice(start, m.start)} ${text.slice(m.end, end)}`.toLowerCase().split(NOT_WORD);
    if (rest.some((w) => w !== '' && !FUNCTION_WORDS.has(w))) return true;
  }
  return false;
}

/** A qualifier in brackets right after a form, of words only: "Gemini (astrology)", "Transformer (Spielzeug)". */
const QUALIFIER = /[\s\u00A0]*\(([^()\d]{2,40})\)/uy;

/**
 * The form is followed by a qualifier in brackets, the way encyclopedias and
 * their disambiguation lines tell one sense from another ("Gemini
 * (astrology)", "Stargate (film)", "Gemini (disambiguation)"), and no word of
 * it is a cue of the sense or a glossary term: it names the other thing.
 * "Gemini (language model)" and "Mixture of Experts (MoE)" keep their sense;
 * bracketed numbers and dates ("Claude (1870–1960)") are left to the rest of
 * the evidence.
 */
function otherQualifier(text: string, from: number, roles: CueRoles, cues: CueIndex, block: Block, matches: readonly TermMatch[]): boolean {
  // Sticky, from the form's end: no copy of the text per occurrence.
  QUALIFIER.lastIndex = from;
  const found = QUALIFIER.exec(text);
  if (!found) return false;
  const end = from + found[0].length - 1;
  const start = end - (found[1] as string).length;
  if (block.matches.some((j) => (matches[j] as TermMatch).start >= start && (matches[j] as TermMatch).end <= end)) return false;
  return !anyHit(cues.read(text, { from: start, to: end }, new HitList()), roles, false);
}

/** Prepositions that name what a story's event happened to ("Kurssturz bei Varta", "privacy concerns about TikTok"). */
const SUBJECT_PREPOSITIONS = new Set(['bei', 'von', 'um', 'gegen', 'über', 'of', 'at', 'in', 'about', 'over', 'around', 'for']);
/**
 * English names take "the" ("the A380"); German capitalises every noun, so
 * only a bare capitalised word after the preposition counts there ("bei
 * Varta"), and "bei der App" is no name.
 */
const ARTICLES = new Set(['the']);

/**
 * A story entry's form followed by a preposition and a name that is neither
 * a cue of the story nor a glossary term: the phrase says the event was
 * someone else's ("der Kursrutsch bei Varta", "development costs of the A380").
 */
function aboutAnother(
  text: string,
  first: { start: number; end: number },
  limit: number,
  at: { cues: CueIndex; known: (w: { start: number; end: number }) => boolean; isTermAt: (offset: number) => boolean },
): boolean {
  if (!SUBJECT_PREPOSITIONS.has(text.slice(first.start, first.end).toLowerCase())) return false;
  let word = wordAfter(text, first.end, limit, at.cues);
  if (word && ARTICLES.has(text.slice(word.start, word.end).toLowerCase())) word = wordAfter(text, word.end, limit, at.cues);
  if (!word || !/^[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu.test(text.slice(first.end, word.start))) return false;
  const w = text.slice(word.start, word.end);
  return isCapitalised(w) && !at.known(word) && !at.isTermAt(word.start);
}

function verdictOf(score: number | Veto): SenseVerdict {
  if (typeof score !== 'number') return score;
  if (score >= MARK_AT) return 'yes';
  if (score <= DROP_AT) return 'no';
  return score;
}

/** A cue of the sense in a heading or the title adds `cue`, a counter-cue `against` (each once). */
function placeScore(hits: HitSpan, roles: CueRoles, cue: number, against: number): number {
  return (anyHit(hits, roles, false) ? cue : 0) + (anyHit(hits, roles, true) ? against : 0);
}

/**
 * The form begins a name in code or a user name: a call ("compute()"), a
 * member ("stats.inference"), or a name it is joined to by an underscore
 * ("Meta_Morph"). Prose does not write a term so. A name that ends with the
 * form keeps its sense: `max_tokens` counts the model's tokens.
 */
function isIdentifierPart(text: string, m: { start: number; end: number }): boolean {
  const after = text.charCodeAt(m.end);
  const before = text.charCodeAt(m.start - 1);
  if (after === 0x28 /* ( */ || after === 0x5f /* _ */) return true;
  return before === 0x2e /* . */ && /[\p{L}\p{N}]/u.test(text.charAt(m.start - 2));
}

/** A capitalised word of letters (a name part); "3", "AI" and "GPT" are not names. */
function isName(word: string): boolean {
  return isCapitalised(word) && LOWER.test(word);
}

/** Characters [start, end) name a year, and none of the entry's own years. */
function otherYearIn(named: readonly YearAt[], years: readonly number[], range: { start: number; end: number }): boolean {
  let other = false;
  for (const { at, year } of named) {
    if (at < range.start || at >= range.end) continue;
    if (years.includes(year)) return false;
    other = true;
  }
  return other;
}
