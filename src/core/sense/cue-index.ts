import { BmpCharTable } from '../text/char-table';
import { firstAtOrAfter } from '../text/sorted';
import { CLASS_WORD } from '../text/chars';
import type { CueSet } from './cues';

/** One cue of one sense: `key` names the cue, so that a cue found twice counts once. */
export interface CueRef {
  sense: string;
  against: boolean;
  key: string;
}

/** A cue found in a text: characters [start, end) (a phrase spans several words). */
export interface CueHit {
  ref: CueRef;
  start: number;
  end: number;
}

/** The cues of every sense in a stretch of text, and the years it names. */
export interface ReadWords {
  /** In text order. */
  hits: CueHit[];
  /** Four-digit words that read as years (1500–2099), with where they start. */
  years: { at: number; year: number }[];
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Cues that are this whole word. */
  words: CueRef[] | null;
  /** `stem*` cues: any word that starts so. */
  stems: CueRef[] | null;
  /** Phrases whose first word is this whole word: the rest, word by word. */
  phrases: { rest: readonly string[]; ref: CueRef }[] | null;
}

const node = (): TrieNode => ({ next: new Map(), words: null, stems: null, phrases: null });

/**
 * Every cue of every sense in one trie over folded characters, built once per
 * glossary: a text is read once, character by character, for all senses at
 * once, with no string made per word (a regex and a word list per block cost
 * five times the matcher on a 5 MB page).
 */
export class CueIndex {
  private readonly root = node();
  private readonly table = new BmpCharTable();
  /**
   * What cues begin with, hashed: one-letter cues (`singles`), and for
   * longer ones their first two folded units (`pairs`, words of two letters)
   * and first three (`triples`, longer words). A word whose beginning is in
   * none is skipped without walking the trie; a collision only costs a walk.
   */
  private readonly singles = new Uint8Array(0x100);
  private readonly pairs = new Uint8Array(0x10000);
  private readonly triples = new Uint8Array(0x10000);
  /** Stems of one or two letters begin words of any length: such words always walk. */
  private readonly shortStem = new Uint8Array(0x10000);

  add(sense: string, cues: CueSet, against: boolean): void {
    for (const word of cues.words) addTo(this.path(word), 'words', { sense, against, key: word });
    for (const prefix of cues.prefixes) {
      addTo(this.path(prefix), 'stems', { sense, against, key: `${prefix}*` });
      if (prefix.length <= 2) this.shortStem[this.key(prefix, 0, prefix.length)] = 1;
    }
    for (const phrase of cues.phrases) {
      const at = this.path(phrase[0] as string);
      (at.phrases ??= []).push({ rest: phrase.slice(1), ref: { sense, against, key: phrase.join(' ') } });
    }
  }

  /** A hash of the folded units [start, start + n) of `text` (n ≤ 3). */
  private key(text: string, start: number, n: number): number {
    let h = 0;
    for (let k = 0; k < n; k++) h = (Math.imul(h, 31) + this.fold(text.charCodeAt(start + k))) & 0xffff;
    return h;
  }

  private path(word: string): TrieNode {
    if (word.length === 1) this.singles[this.fold(word.charCodeAt(0)) & 0xff] = 1;
    else if (word.length === 2) this.pairs[this.key(word, 0, 2)] = 1;
    else this.triples[this.key(word, 0, 3)] = 1;
    let at = this.root;
    for (let i = 0; i < word.length; i++) {
      const unit = this.fold(word.charCodeAt(i));
      let child = at.next.get(unit);
      if (!child) at.next.set(unit, (child = node()));
      at = child;
    }
    return at;
  }

  private fold(unit: number): number {
    if (unit >= 0xd800 && unit <= 0xdfff) return unit;
    const table = this.table;
    if (table.classes[unit] === 0) table.fill(unit);
    return table.folds[unit] as number;
  }

  /** Whether a code unit is part of a word (letters, marks, digits; a surrogate never is, here). */
  isWordUnit(unit: number): boolean {
    const table = this.table;
    return (table.classes[unit] || table.fill(unit)) === CLASS_WORD;
  }

  /** The end of the word that starts at `i` (stopping at `to`). */
  wordEnd(text: string, i: number, to: number): number {
    const classes = this.table.classes;
    while (i < to) {
      const unit = text.charCodeAt(i);
      if ((classes[unit] || this.table.fill(unit)) !== CLASS_WORD) break;
      i++;
    }
    return i;
  }

  /**
   * The cues in text[from, to). One tight pass finds the words; only words
   * whose first two folded letters begin some cue walk the trie (most words
   * begin none), so a block costs little more than reading it.
   */
  read(text: string, from: number, to: number): ReadWords {
    const out: ReadWords = { hits: [], years: [] };
    const { classes } = this.table;
    let sorted = true;
    let i = from;
    while (i < to) {
      const unit = text.charCodeAt(i);
      if ((classes[unit] || this.table.fill(unit)) !== CLASS_WORD) {
        i++;
        continue;
      }
      const start = i;
      i = this.wordEnd(text, i + 1, to);
      const length = i - start;
      if (length === 4) {
        const year = yearAt(text, start);
        if (year > 0) out.years.push({ at: start, year });
      }
      if (!this.mayBeginCue(text, start, length)) continue;
      if (this.walk(text, { start, end: i, to }, out.hits)) sorted = false;
    }
    if (!sorted) out.hits.sort((a, b) => a.start - b.start);
    return out;
  }

  private mayBeginCue(text: string, start: number, length: number): boolean {
    if (length === 1) return this.singles[this.fold(text.charCodeAt(start)) & 0xff] === 1 || this.shortStem[this.key(text, start, 1)] === 1;
    if (this.shortStem[this.key(text, start, 1)] === 1 || this.shortStem[this.key(text, start, 2)] === 1) return true;
    return (length === 2 ? this.pairs : this.triples)[this.key(text, start, Math.min(3, length))] === 1;
  }

  /** Adds the cues of the word [start, end); true when a phrase was added (hits then need sorting). */
  private walk(text: string, word: { start: number; end: number; to: number }, hits: CueHit[]): boolean {
    const { start, end } = word;
    let at: TrieNode | undefined = this.root;
    for (let i = start; i < end && at; i++) {
      at = at.next.get(this.fold(text.charCodeAt(i)));
      if (at?.stems) for (const ref of at.stems) hits.push({ ref, start, end });
    }
    if (!at) return false;
    if (at.words) for (const ref of at.words) hits.push({ ref, start, end });
    let phrase = false;
    for (const p of at.phrases ?? []) {
      const phraseEnd = this.restAt(text, { from: end, to: word.to }, p.rest);
      if (phraseEnd > 0) {
        hits.push({ ref: p.ref, start, end: phraseEnd });
        phrase = true;
      }
    }
    return phrase;
  }

  /** Where the words `rest` end if they follow `from` (only non-word characters between), else 0. */
  private restAt(text: string, range: { from: number; to: number }, rest: readonly string[]): number {
    let i = range.from;
    for (const want of rest) {
      while (i < range.to && !this.isWordUnit(text.charCodeAt(i))) i++;
      const end = this.wordEnd(text, i, range.to);
      if (end - i !== want.length) return 0;
      for (let c = 0; c < want.length; c++) {
        if (this.fold(text.charCodeAt(i + c)) !== this.fold(want.charCodeAt(c))) return 0;
      }
      i = end;
    }
    return i;
  }
}

function addTo(at: TrieNode, kind: 'words' | 'stems', ref: CueRef): void {
  (at[kind] ??= []).push(ref);
}

/** The year a four-character word names (1500–2099), or 0. */
function yearAt(text: string, start: number): number {
  let year = 0;
  for (let k = 0; k < 4; k++) {
    const d = text.charCodeAt(start + k) - 0x30;
    if (d < 0 || d > 9) return 0;
    year = year * 10 + d;
  }
  return year >= 1500 && year <= 2099 ? year : 0;
}

/** A text's cue hits, by sense. */
export function hitsBySense(hits: readonly CueHit[]): Map<string, CueHit[]> {
  const out = new Map<string, CueHit[]>();
  for (const hit of hits) {
    const list = out.get(hit.ref.sense);
    if (list) list.push(hit);
    else out.set(hit.ref.sense, [hit]);
  }
  return out;
}

/**
 * How many different cues (or counter-cues) of a sense lie within
 * characters [from, to), leaving out those inside `skip` (the term itself, or
 * the sentence when the rest of the block is counted), and counting at most
 * `limit`. A phrase counts unless it lies wholly inside `skip`: "API token"
 * is a cue for the token's other sense although "token" is the term.
 */
export function countHits(
  hits: readonly CueHit[] | undefined,
  query: { against: boolean; from: number; to: number; skip?: { from: number; to: number }; limit?: number },
): number {
  if (!hits) return 0;
  const { against, from, to, skip } = query;
  const limit = query.limit ?? Infinity;
  const seen: string[] = [];
  for (let i = firstAtOrAfter(hits, (h) => h.start, from); i < hits.length; i++) {
    const hit = hits[i] as CueHit;
    if (hit.start >= to) break;
    if (hit.ref.against !== against || hit.end > to) continue;
    if (skip && hit.start >= skip.from && hit.end <= skip.to) continue;
    if (!seen.includes(hit.ref.key)) {
      seen.push(hit.ref.key);
      if (seen.length >= limit) break;
    }
  }
  return seen.length;
}

