/** FNV-1a over folded UTF-16 units: `CueIndex.read` computes it as it reads a word. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

interface Entry {
  /** The folded word (or stem). */
  text: string;
  hash: number;
  cues: number[];
  /** Phrases that begin with this word: the rest, folded, word by word. */
  phrases: { rest: readonly string[]; cue: number }[];
}

/**
 * Folded words by the hash `CueIndex.read` builds as it reads a word: open
 * addressing in a typed array, so a probe allocates nothing, and a found slot
 * is checked character by character (a collision costs one comparison).
 */
export class CueTable {
  private readonly entries: Entry[] = [];
  private readonly byText = new Map<string, number>();
  private slots = new Int32Array(16);
  private mask = 15;

  /** The entry for a folded word, made if new. */
  entry(text: string): Entry {
    const known = this.byText.get(text);
    if (known !== undefined) return this.entries[known] as Entry;
    const entry: Entry = { text, hash: hashOf(text), cues: [], phrases: [] };
    this.byText.set(text, this.entries.length);
    this.entries.push(entry);
    if (this.entries.length * 4 > this.slots.length) this.grow();
    else this.place(this.entries.length - 1);
    return entry;
  }

  /** Makes room for `count` entries at once, so that filling the table never grows it step by step. */
  reserve(count: number): void {
    let size = this.slots.length;
    while (count * 4 > size) size *= 2;
    if (size === this.slots.length) return;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < this.entries.length; i++) this.place(i);
  }

  /** The entry whose folded text is text[start, start + length) (hash given), or -1. */
  find(hash: number, text: string, start: number, length: number, folds: Uint16Array): number {
    const mask = this.mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = (this.slots[slot] as number) - 1;
      if (at < 0) return -1;
      const entry = this.entries[at] as Entry;
      if (entry.hash !== hash || entry.text.length !== length) continue;
      let same = true;
      for (let k = 0; k < length; k++) {
        if (entry.text.charCodeAt(k) !== folds[text.charCodeAt(start + k)]) {
          same = false;
          break;
        }
      }
      if (same) return at;
    }
  }

  cuesOf(at: number): readonly number[] {
    return (this.entries[at] as Entry).cues;
  }

  phrasesOf(at: number): readonly { rest: readonly string[]; cue: number }[] {
    return (this.entries[at] as Entry).phrases;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let i = 0; i < this.entries.length; i++) this.place(i);
  }

  private place(i: number): void {
    const mask = this.mask;
    let slot = (this.entries[i] as Entry).hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = i + 1;
  }
}

/** The hash `CueIndex.read` computes for a folded word. */
function hashOf(folded: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < folded.length; i++) hash = Math.imul(hash ^ folded.charCodeAt(i), HASH_PRIME);
  return hash;
}
