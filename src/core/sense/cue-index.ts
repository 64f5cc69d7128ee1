import { BmpCharTable } from '../text/char-table';
import { CLASS_WORD } from '../text/chars';
import { CueTable, decodeIds, encodeIds, FrozenTable, HASH_PRIME, HASH_SEED, type TableSnapshot, type WordTable } from './cue-table';
import type { CueSet } from './cues';

/**
 * Cues found in a text, in text order: hit i is cue `cue(i)` at characters
 * [start(i), end(i)) (a phrase spans several words). Flat, so that reading an
 * AI-dense page allocates no object per hit.
 */
export class HitList {
  private data = new Int32Array(3 * 64);
  length = 0;

  push(cue: number, start: number, end: number): void {
    const at = this.length * 3;
    if (at + 3 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[at] = cue;
    this.data[at + 1] = start;
    this.data[at + 2] = end;
    this.length++;
  }

  cue(i: number): number {
    return this.data[i * 3] as number;
  }

  start(i: number): number {
    return this.data[i * 3 + 1] as number;
  }

  end(i: number): number {
    return this.data[i * 3 + 2] as number;
  }

  clear(): void {
    this.length = 0;
  }
}

/** Hits [from, to) of a list: the cues of one block, heading or title. */
export interface HitSpan {
  list: HitList;
  from: number;
  to: number;
}

/** A four-digit word that reads as a year (1500–2099), and where it starts. */
export interface YearAt {
  at: number;
  year: number;
}

/** A `CueIndex` as plain data (see `CueIndex.toSnapshot`): its tables, built, for the content script's bundle. */
export interface CueSnapshot {
  /** How many cues (ids 0 to cueCount − 1). */
  cueCount: number;
  words: TableSnapshot;
  stems: TableSnapshot;
  senses: string[];
  /** Per sense: its cues' ids and its counter-cues' ids, ascending (`encodeIds`). */
  roles: [string, string][];
}

/** What a cue is to one sense: a cue for it, a counter-cue, both, or nothing (0). Indexed by cue. */
export type CueRoles = Uint8Array;
export const ROLE_FOR = 1;
export const ROLE_AGAINST = 2;

/** A sense's cue ids: as a snapshot holds them (`encodeIds`), or as added here. */
interface SenseCues {
  cues: string | number[];
  against: string | number[];
}

/**
 * Every cue of every sense, in hash tables over folded characters: a text is
 * read once, character by character, for all senses at once. Each word's
 * hash grows as its characters are read, so a word costs one table probe at
 * its end (a whole-word cue or a phrase's first word) and one at each length
 * some `stem*` cue has; nothing is allocated for words that are no cue. A cue
 * that several senses share ("ai") is found once; what it is to each sense
 * is in that sense's `roles`.
 *
 * The bundled glossary's tables are built at build time (`toSnapshot`) and
 * taken back frozen (`fromSnapshot`); cues of the reader's own entries go
 * into tables that grow, probed after the frozen ones.
 */
export class CueIndex {
  private readonly table = new BmpCharTable();
  private readonly wordTables: WordTable[] = [];
  private readonly stemTables: WordTable[] = [];
  private own: { words: CueTable; stems: CueTable } | null = null;
  /** Ids of the cues added here, by key ("w word", "s stem", "p first rest…"). */
  private readonly cueIds = new Map<string, number>();
  private cueCount = 0;
  private readonly senseCues = new Map<string, SenseCues>();
  private readonly roleCache = new Map<string, CueRoles>();
  /** Lengths some stem has (index: length, up to MAX_STEM). */
  private readonly stemLengths = new Uint8Array(MAX_STEM + 1);
  /**
   * The first two units of stems of two or more letters, hashed: a word whose
   * first two begin no stem skips the stem probes (most words; a collision
   * only costs the probes).
   */
  private readonly stemHeads = new Uint8Array(0x10000);
  /** The first two units of whole-word cues and phrase heads of two or more letters, hashed like `stemHeads`. */
  private readonly heads = new Uint8Array(0x10000);
  /** Stem entries met in the current word, waiting for its end, and the table of each. */
  private readonly pending = new Int32Array(MAX_STEM + 1);
  private readonly pendingTable = new Int32Array(MAX_STEM + 1);
  /** For `isCue`: one word's hits. */
  private readonly scratch = new HitList();

  /**
   * The index as plain data, for the build to put into the content script:
   * its tables and who each cue belongs to. Taking it back (`fromSnapshot`)
   * skips reading the cue lists (a regex per cue), finding each cue's
   * duplicates and making an object per word, which would run once per
   * frame, mostly in the interpreter. Only an index without a snapshot of
   * its own can be written as one.
   */
  toSnapshot(): CueSnapshot {
    if (this.wordTables.some((t) => t instanceof FrozenTable)) throw new Error('an index taken from a snapshot is not written as one');
    const own = this.ownTables();
    const senses = [...this.senseCues.keys()];
    const encode = (ids: string | number[]) => (typeof ids === 'string' ? ids : encodeIds([...ids].sort((a, b) => a - b)));
    return {
      cueCount: this.cueCount,
      words: own.words.toSnapshot(),
      stems: own.stems.toSnapshot(),
      senses,
      roles: senses.map((sense) => {
        const lists = this.senseCues.get(sense) as SenseCues;
        return [encode(lists.cues), encode(lists.against)];
      }),
    };
  }

  static fromSnapshot(snapshot: CueSnapshot): CueIndex {
    const index = new CueIndex();
    const words = new FrozenTable(snapshot.words);
    const stems = new FrozenTable(snapshot.stems);
    index.wordTables.push(words);
    index.stemTables.push(stems);
    index.noteHeads(words, stems);
    index.cueCount = snapshot.cueCount;
    snapshot.senses.forEach((sense, i) => {
      const [cues, against] = snapshot.roles[i] as [string, string];
      index.senseCues.set(sense, { cues, against });
    });
    return index;
  }

  /** The senses with cues in the index. */
  senses(): Set<string> {
    return new Set(this.senseCues.keys());
  }

  /** Forgets a sense's cues (its entry was replaced by one with cues of its own). */
  dropSense(sense: string): void {
    this.roleCache.clear();
    this.senseCues.delete(sense);
  }

  add(sense: string, cues: CueSet, against: boolean): void {
    this.roleCache.clear();
    let lists = this.senseCues.get(sense);
    if (!lists) this.senseCues.set(sense, (lists = { cues: [], against: [] }));
    const ids = against ? lists.against : lists.cues;
    // A sense is added from lists in one go, never on top of a snapshot's ids.
    if (typeof ids === 'string') throw new Error(`sense "${sense}" already has prebuilt cues`);
    for (const word of cues.words) ids.push(this.wordCue(word));
    for (const prefix of cues.prefixes) ids.push(this.stemCue(prefix));
    for (const phrase of cues.phrases) ids.push(this.phraseCue(phrase));
  }

  private ownTables(): { words: CueTable; stems: CueTable } {
    if (!this.own) {
      this.own = { words: new CueTable(), stems: new CueTable() };
      this.wordTables.push(this.own.words);
      this.stemTables.push(this.own.stems);
    }
    return this.own;
  }

  /** Records the head filters and stem lengths for every entry of a pair of tables. */
  private noteHeads(words: WordTable, stems: WordTable): void {
    for (const text of words.texts()) if (text.length >= 2) this.heads[headKey(text.charCodeAt(0), text.charCodeAt(1))] = 1;
    for (const text of stems.texts()) {
      this.stemLengths[text.length] = 1;
      if (text.length >= 2) this.stemHeads[headKey(text.charCodeAt(0), text.charCodeAt(1))] = 1;
    }
  }

  /**
   * Each cue is entered in the tables once, however many senses share it
   * ("ai" is a cue of most): a word is then found once, not once per sense.
   */
  private cueId(key: string): number {
    let id = this.cueIds.get(key);
    if (id === undefined) {
      id = this.cueCount++;
      this.cueIds.set(key, id);
      this.enter(key, id);
    }
    return id;
  }

  /** Puts cue `id` into the tables; `key` is "w word", "s stem" or "p first rest…". */
  private enter(key: string, id: number): void {
    const { words, stems } = this.ownTables();
    const text = key.slice(2);
    if (key.startsWith('w ')) {
      const folded = this.foldText(text);
      words.addCue(words.entry(folded), id);
      if (folded.length >= 2) this.heads[headKey(folded.charCodeAt(0), folded.charCodeAt(1))] = 1;
    } else if (key.startsWith('s ')) {
      const folded = this.foldText(text);
      stems.addCue(stems.entry(folded), id);
      this.stemLengths[folded.length] = 1;
      if (folded.length >= 2) this.stemHeads[headKey(folded.charCodeAt(0), folded.charCodeAt(1))] = 1;
    } else {
      const [first, ...rest] = text.split(' ').map((w) => this.foldText(w));
      words.addPhrase(words.entry(first as string), { rest, cue: id });
      if ((first as string).length >= 2) this.heads[headKey((first as string).charCodeAt(0), (first as string).charCodeAt(1))] = 1;
    }
  }

  private wordCue(word: string): number {
    return this.cueId(`w ${word}`);
  }

  private stemCue(prefix: string): number {
    // Longer stems than any word worth a prefix: kept as whole words.
    return this.foldText(prefix).length > MAX_STEM ? this.wordCue(prefix) : this.cueId(`s ${prefix}`);
  }

  private phraseCue(phrase: readonly string[]): number {
    return this.cueId(`p ${phrase.join(' ')}`);
  }

  /** What each cue is to `sense` (0 for cues of other senses only). */
  roles(sense: string): CueRoles {
    let roles = this.roleCache.get(sense);
    if (roles) return roles;
    const lists = this.senseCues.get(sense);
    if (!lists) return EMPTY_ROLES;
    roles = new Uint8Array(this.cueCount);
    mark(roles, lists.cues, ROLE_FOR);
    mark(roles, lists.against, ROLE_AGAINST);
    this.roleCache.set(sense, roles);
    return roles;
  }

  /** Whether the one word text[start, end) is a cue of the sense whose roles these are (a whole-word cue or one of its stems). */
  isCue(roles: CueRoles, text: string, word: { start: number; end: number }): boolean {
    this.scratch.clear();
    return anyHit(this.read(text, { from: word.start, to: word.end }, this.scratch), roles, false);
  }

  private foldText(word: string): string {
    // Cues are written in lower case; most are ASCII, which folds to itself.
    if (ASCII_LOWER.test(word)) return word;
    let out = '';
    for (let i = 0; i < word.length; i++) out += String.fromCharCode(this.fold(word.charCodeAt(i)));
    return out;
  }

  private fold(unit: number): number {
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
    const table = this.table;
    const classes = table.classes;
    while (i < to) {
      const unit = text.charCodeAt(i);
      if ((classes[unit] || table.fill(unit)) !== CLASS_WORD) break;
      i++;
    }
    return i;
  }

  /** Adds the cues in text[from, to) to `hits` (in text order), and the years there to `years`; returns the span of hits added. */
  read(text: string, range: { from: number; to: number }, hits: HitList, years: YearAt[] | null = null): HitSpan {
    const { from, to } = range;
    const first = hits.length;
    const table = this.table;
    const { classes, folds } = table;
    const { stemLengths, stemHeads, heads, stemTables, wordTables, pending, pendingTable } = this;
    let i = from;
    while (i < to) {
      let unit = text.charCodeAt(i);
      if ((classes[unit] || table.fill(unit)) !== CLASS_WORD) {
        i++;
        continue;
      }
      const start = i;
      let hash = HASH_SEED;
      let length = 0;
      let found = 0;
      // Whether some stem begins as this word does (its first two units): most words begin none.
      let stemmed = true;
      let first = 0;
      let cueless = false;
      for (;;) {
        const folded = folds[unit] as number;
        hash = Math.imul(hash ^ folded, HASH_PRIME);
        length++;
        if (length === 1) first = folded;
        else if (length === 2) {
          const key = headKey(first, folded);
          stemmed = stemHeads[key] === 1;
          // No cue of two or more letters begins so, and no one-letter stem: the rest of the word is only skipped.
          if (!stemmed && heads[key] === 0 && stemLengths[1] === 0) {
            cueless = true;
            break;
          }
        }
        if (stemmed && length <= MAX_STEM && stemLengths[length] === 1) {
          for (let t = 0; t < stemTables.length; t++) {
            const stem = (stemTables[t] as WordTable).find(hash, text, start, length, folds);
            if (stem >= 0) {
              pendingTable[found] = t;
              pending[found++] = stem;
            }
          }
        }
        if (++i >= to) break;
        unit = text.charCodeAt(i);
        if ((classes[unit] || table.fill(unit)) !== CLASS_WORD) break;
      }
      if (cueless) i = this.wordEnd(text, i + 1, to);
      if (i - start === 4 && years) {
        const year = yearAt(text, start);
        if (year > 0) years.push({ at: start, year });
      }
      if (cueless) continue;
      for (let k = 0; k < found; k++) pushCues(stemTables[pendingTable[k] as number] as WordTable, pending[k] as number, hits, start, i);
      for (let t = 0; t < wordTables.length; t++) {
        const words = wordTables[t] as WordTable;
        const word = words.find(hash, text, start, length, folds);
        if (word < 0) continue;
        pushCues(words, word, hits, start, i);
        for (const p of words.phrasesOf(word)) {
          const end = this.restAt(text, { from: i, to }, p.rest);
          if (end > 0) hits.push(p.cue, start, end);
        }
      }
    }
    return { list: hits, from: first, to: hits.length };
  }

  /** Where the (folded) words `rest` end if they follow `from` (only non-word characters between), else 0. */
  private restAt(text: string, range: { from: number; to: number }, rest: readonly string[]): number {
    let i = range.from;
    for (const want of rest) {
      while (i < range.to && !this.isWordUnit(text.charCodeAt(i))) i++;
      const end = this.wordEnd(text, i, range.to);
      if (end - i !== want.length) return 0;
      for (let c = 0; c < want.length; c++) {
        if (this.fold(text.charCodeAt(i + c)) !== want.charCodeAt(c)) return 0;
      }
      i = end;
    }
    return i;
  }
}

function pushCues(table: WordTable, at: number, hits: HitList, start: number, end: number): void {
  const count = table.cueCount(at);
  for (let k = 0; k < count; k++) hits.push(table.cue(at, k), start, end);
}

/** Sets `role` on the cues of a list (a snapshot's `encodeIds` or ids). */
function mark(roles: CueRoles, ids: string | readonly number[], role: number): void {
  let list: ArrayLike<number> & Iterable<number>;
  if (typeof ids === 'string') decodeIds(ids, (list = new Int32Array(ids.length)));
  else list = ids;
  for (const id of list) roles[id] = (roles[id] as number) | role;
}

const ASCII_LOWER = /^[a-z0-9 ]*$/;
const EMPTY_ROLES: CueRoles = new Uint8Array(0);

/** Stems longer than this are whole-word cues: a stem of 24 letters is a word. */
const MAX_STEM = 24;

function headKey(first: number, second: number): number {
  return (Math.imul(first, 31) + second) & 0xffff;
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

/** How many different cues and counter-cues of a sense surround one occurrence (see `tallyHits`). */
export interface Tally {
  cueInSentence: number;
  cueInRest: number;
  againstInSentence: number;
  againstInRest: number;
}

/**
 * Counts, in one pass over a block's hits, the different cues and counter-cues
 * of a sense in the occurrence's sentence (leaving out those wholly inside the
 * term itself: "API token" is a cue for the token's other sense although
 * "token" is the term) and in the rest of the block (leaving out those wholly
 * inside the sentence). Cues count at most `cap` per place; counter-cues in
 * the sentence count without a cap. Fills and returns `out`.
 */
export function tallyHits(
  hits: HitSpan,
  roles: CueRoles,
  at: { sentence: { start: number; end: number }; term: { start: number; end: number }; cap: number },
  out: Tally,
): Tally {
  const { list } = hits;
  const { sentence, term, cap } = at;
  const forIn: number[] = [];
  const forRest: number[] = [];
  const againstIn: number[] = [];
  const againstRest: number[] = [];
  for (let i = hits.from; i < hits.to; i++) {
    const cue = list.cue(i);
    const role = roles[cue] as number;
    if (role === 0) continue;
    const start = list.start(i);
    const end = list.end(i);
    const inSentence = start >= sentence.start && end <= sentence.end;
    if (inSentence) {
      if (start >= term.start && end <= term.end) continue;
      if (role & ROLE_FOR && forIn.length < cap && !forIn.includes(cue)) forIn.push(cue);
      if (role & ROLE_AGAINST && !againstIn.includes(cue)) againstIn.push(cue);
    } else {
      if (role & ROLE_FOR && forRest.length < cap && !forRest.includes(cue)) forRest.push(cue);
      if (role & ROLE_AGAINST && againstRest.length < cap && !againstRest.includes(cue)) againstRest.push(cue);
    }
  }
  out.cueInSentence = forIn.length;
  out.cueInRest = forRest.length;
  out.againstInSentence = againstIn.length;
  out.againstInRest = againstRest.length;
  return out;
}

/** Whether any hit of the span is a cue (or a counter-cue) of the sense. */
export function anyHit(hits: HitSpan, roles: CueRoles, against: boolean): boolean {
  const role = against ? ROLE_AGAINST : ROLE_FOR;
  for (let i = hits.from; i < hits.to; i++) if (((roles[hits.list.cue(i)] as number) & role) !== 0) return true;
  return false;
}
