/** FNV-1a over folded UTF-16 units: `CueIndex.read` computes it as it reads a word. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

/** A cue of several words, found at its first word: the other words, folded. */
export interface Phrase {
  rest: readonly string[];
  cue: number;
}

/**
 * Folded words (or stems) by the hash `CueIndex.read` builds as it reads a
 * word, each with the cues it is. Open addressing in a typed array, so a
 * probe allocates nothing, and a found slot is checked character by
 * character (a collision costs one comparison).
 */
export interface WordTable {
  /** The entry whose folded text is text[start, start + length) (hash given), or -1. */
  find(hash: number, text: string, start: number, length: number, folds: Uint16Array): number;
  /** How many cues entry `at` is, and the k-th of them. */
  cueCount(at: number): number;
  cue(at: number, k: number): number;
  /** The phrases that begin with entry `at`'s word. */
  phrasesOf(at: number): readonly Phrase[];
  /** Every entry's folded text, in entry order (for the tables' head filters). */
  texts(): readonly string[];
}

/** A table as plain data for the content script's bundle: see `FrozenTable`. */
export interface TableSnapshot {
  /** The folded texts, one a line, in entry order. */
  texts: string;
  /** Per entry, its number of cues as one character (`encodeChar`). */
  counts: string;
  /** Every entry's cues, in entry order (`encodeIds`). */
  cues: string;
  /** Phrases by their first word's entry: [entry, cue, rest of the phrase, folded, space-separated]. */
  phrases: [number, number, string][];
}

/**
 * Small numbers as single UTF-16 units past the ASCII controls and quotes,
 * below the surrogates: a snapshot's ids then load with one `charCodeAt`
 * each, without splitting or parsing numbers.
 */
const CHAR_BASE = 0x30;
export const MAX_CHAR_NUMBER = 0xd7ff - CHAR_BASE;

export function encodeChar(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_CHAR_NUMBER) throw new RangeError(`cannot encode ${n} as one character`);
  return String.fromCharCode(n + CHAR_BASE);
}

export function decodeChar(text: string, i: number): number {
  return text.charCodeAt(i) - CHAR_BASE;
}

/**
 * A list of ids as one character per id: the difference to the previous id,
 * zigzagged (0, −1, 1, −2 … as 0, 1, 2, 3 …). Ids that mostly ascend in
 * small steps become mostly one-byte characters that compress well.
 */
export function encodeIds(ids: readonly number[]): string {
  let previous = 0;
  let out = '';
  for (const id of ids) {
    const step = id - previous;
    previous = id;
    out += encodeChar(step >= 0 ? step * 2 : -step * 2 - 1);
  }
  return out;
}

/** Reads `encodeIds` back into `out` (of the text's length). */
export function decodeIds(text: string, out: Int32Array | number[]): void {
  let id = 0;
  for (let k = 0; k < text.length; k++) {
    const z = decodeChar(text, k);
    id += z & 1 ? -(z + 1) / 2 : z / 2;
    out[k] = id;
  }
}

const NO_PHRASES: readonly Phrase[] = [];

/** Open-addressing slots for `count` entries at a load of at most a quarter. */
function slotsFor(count: number): Int32Array {
  let size = 16;
  while (count * 4 > size) size *= 2;
  return new Int32Array(size);
}

/** Puts entry `i` (1-based in the slots) at the first free slot from its hash. */
function place(slots: Int32Array, hash: number, i: number): void {
  const mask = slots.length - 1;
  let slot = hash & mask;
  while (slots[slot] !== 0) slot = (slot + 1) & mask;
  slots[slot] = i + 1;
}

/**
 * A table that grows: the one the build fills from the glossary's cue lists,
 * and the one a frame fills with the cues of the reader's own entries.
 */
export class CueTable implements WordTable {
  /** Per entry, by index: its folded text, hash, cues and phrases. */
  private readonly list: string[] = [];
  private readonly hashes: number[] = [];
  private readonly cueLists: number[][] = [];
  private readonly phraseLists: Phrase[][] = [];
  private readonly byText = new Map<string, number>();
  private slots: Int32Array = new Int32Array(16);

  get size(): number {
    return this.list.length;
  }

  /** Entry `text` (a folded word), made if new; returns its index. */
  entry(text: string): number {
    const known = this.byText.get(text);
    if (known !== undefined) return known;
    const at = this.list.length;
    const hash = hashOf(text);
    this.list.push(text);
    this.hashes.push(hash);
    this.cueLists.push([]);
    this.phraseLists.push([]);
    this.byText.set(text, at);
    if (this.list.length * 4 > this.slots.length) {
      this.slots = slotsFor(this.list.length);
      this.hashes.forEach((h, i) => place(this.slots, h, i));
    } else {
      place(this.slots, hash, at);
    }
    return at;
  }

  addCue(at: number, cue: number): void {
    this.cueLists[at]?.push(cue);
  }

  addPhrase(at: number, phrase: Phrase): void {
    this.phraseLists[at]?.push(phrase);
  }

  find(hash: number, text: string, start: number, length: number, folds: Uint16Array): number {
    return probe(this.slots, this.hashes, this.list, hash, text, start, length, folds);
  }

  cueCount(at: number): number {
    return this.cueLists[at]?.length ?? 0;
  }

  cue(at: number, k: number): number {
    return this.cueLists[at]?.[k] ?? -1;
  }

  phrasesOf(at: number): readonly Phrase[] {
    return this.phraseLists[at] ?? NO_PHRASES;
  }

  texts(): readonly string[] {
    return this.list;
  }

  toSnapshot(): TableSnapshot {
    const phrases: [number, number, string][] = [];
    this.phraseLists.forEach((list, i) => {
      for (const p of list) phrases.push([i, p.cue, p.rest.join(' ')]);
    });
    return {
      texts: this.list.join('\n'),
      counts: this.cueLists.map((cues) => encodeChar(cues.length)).join(''),
      cues: encodeIds(this.cueLists.flat()),
      phrases,
    };
  }
}

/**
 * A table made at build time (`CueTable.toSnapshot`) and taken back in the
 * content script: a split, one pass that hashes the texts, and reading ids
 * one character each. Made in every frame that meets an ambiguous term, so
 * it allocates no object per entry (building entry objects and maps cost
 * about 10 ms per frame in the interpreter).
 */
export class FrozenTable implements WordTable {
  private readonly list: string[];
  private readonly hashes: Int32Array;
  private readonly slots: Int32Array;
  /** Entry i's cues are cueIds[cueStarts[i], cueStarts[i + 1]). */
  private readonly cueStarts: Int32Array;
  private readonly cueIds: Int32Array;
  private readonly phrases = new Map<number, Phrase[]>();

  constructor(snapshot: TableSnapshot) {
    const list = snapshot.texts === '' ? [] : snapshot.texts.split('\n');
    const count = list.length;
    this.list = list;
    this.hashes = new Int32Array(count);
    this.slots = slotsFor(count);
    this.cueStarts = new Int32Array(count + 1);
    for (let i = 0; i < count; i++) {
      const hash = hashOf(list[i] as string);
      this.hashes[i] = hash;
      place(this.slots, hash, i);
      this.cueStarts[i + 1] = (this.cueStarts[i] as number) + decodeChar(snapshot.counts, i);
    }
    this.cueIds = new Int32Array(snapshot.cues.length);
    decodeIds(snapshot.cues, this.cueIds);
    for (const [at, cue, rest] of snapshot.phrases) {
      let list = this.phrases.get(at);
      if (!list) this.phrases.set(at, (list = []));
      list.push({ rest: rest.split(' '), cue });
    }
  }

  find(hash: number, text: string, start: number, length: number, folds: Uint16Array): number {
    return probe(this.slots, this.hashes, this.list, hash, text, start, length, folds);
  }

  cueCount(at: number): number {
    return (this.cueStarts[at + 1] as number) - (this.cueStarts[at] as number);
  }

  cue(at: number, k: number): number {
    return this.cueIds[(this.cueStarts[at] as number) + k] as number;
  }

  phrasesOf(at: number): readonly Phrase[] {
    return this.phrases.get(at) ?? NO_PHRASES;
  }

  texts(): readonly string[] {
    return this.list;
  }
}

/**
 * The entry of a table whose folded text is text[start, start + length)
 * (`hash` its hash), or -1: the open-addressing probe both tables share.
 */
// Positional parameters: it runs for most words of a block, and allocates nothing.
function probe(slots: Int32Array, hashes: ArrayLike<number>, list: readonly string[], hash: number, text: string, start: number, length: number, folds: Uint16Array): number {
  const mask = slots.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const at = (slots[slot] as number) - 1;
    if (at < 0) return -1;
    if (hashes[at] === hash && sameText(list[at] as string, text, start, length, folds)) return at;
  }
}

/** Whether `entry` is text[start, start + length) folded. */
function sameText(entry: string, text: string, start: number, length: number, folds: Uint16Array): boolean {
  if (entry.length !== length) return false;
  for (let k = 0; k < length; k++) if (entry.charCodeAt(k) !== folds[text.charCodeAt(start + k)]) return false;
  return true;
}

/** The hash `CueIndex.read` computes for a folded word. */
function hashOf(folded: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < folded.length; i++) hash = Math.imul(hash ^ folded.charCodeAt(i), HASH_PRIME);
  return hash;
}
