/**
 * Which names are worth handing to fuse.js for a query.
 *
 * fuse.js's Bitap costs a few microseconds per name and keystroke: fine for
 * the bundled glossary's few hundred names, 100 ms and more for a reader's
 * 10,000 entries. Most names cannot be a fuzzy hit at all, and a cheap
 * necessary condition says which: a name within k edits of the query (as a
 * substring, the way Bitap matches) keeps all but at most 2k of the query's
 * distinct two-letter pieces, since one edit spoils at most two of them. So
 * names sharing fewer pieces are left out — fuse.js would reject them anyway.
 * Of those left, at most `limit` go on, the ones sharing the most pieces.
 * While no more than `limit` names pass, fuse.js sees every name it could
 * accept, so its hits are exactly those of a search over all names.
 *
 * The pieces are taken from the text as fuse.js compares it (lower case,
 * combining accents removed, spaces and punctuation kept). Where that is not
 * plain ASCII, fuse.js may fold a letter this module does not know about
 * ("ł" as "l"), so such names always pass and such queries filter nothing
 * (they are still ranked by shared pieces).
 */

export interface NameGramIndex {
  /** How many names were indexed. */
  readonly size: number;
  /** Name ids per two-letter piece (each id once per piece, ascending). */
  readonly postings: ReadonlyMap<number, readonly number[]>;
  /** Names whose compared form is not plain ASCII. */
  readonly unsure: Uint8Array;
}

/** fuse.js splits longer patterns into pieces of this size and scores them apart; no condition is drawn then. */
const FUSE_MAX_BITS = 32;
const COMBINING = /[\u0300-\u036f]/g;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** A text as fuse.js compares it (with `ignoreDiacritics`), as far as plain ASCII goes. */
export function fuseForm(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING, '');
}

function gramsOf(form: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < form.length; i++) out.add(form.charCodeAt(i) * 0x10000 + form.charCodeAt(i + 1));
  return out;
}

export function createNameGramIndex(names: readonly string[]): NameGramIndex {
  const postings = new Map<number, number[]>();
  const unsure = new Uint8Array(names.length);
  names.forEach((name, id) => {
    const form = fuseForm(name);
    if (!isAscii(form)) unsure[id] = 1;
    for (let i = 0; i + 1 < form.length; i++) {
      const gram = form.charCodeAt(i) * 0x10000 + form.charCodeAt(i + 1);
      let list = postings.get(gram);
      if (!list) {
        list = [];
        postings.set(gram, list);
      }
      // Names come in order, so a piece seen twice in one name is the last id.
      if (list[list.length - 1] !== id) list.push(id);
    }
  });
  return { size: names.length, postings, unsure };
}

/**
 * Ids (ascending) of the names fuse.js could accept for `query` at
 * `threshold` (its score ≈ errors / pattern length), at most `limit`.
 */
export function nameCandidates(index: NameGramIndex, query: string, threshold: number, limit: number): number[] {
  const form = fuseForm(query);
  const grams = gramsOf(form);
  const edits = Math.floor(threshold * form.length + 1e-9);
  const sure = form.length <= FUSE_MAX_BITS && isAscii(form);
  const need = sure ? grams.size - 2 * edits : 0;

  const counts = new Uint8Array(index.size);
  for (const gram of grams) {
    for (const id of index.postings.get(gram) ?? []) counts[id] = (counts[id] ?? 0) + 1;
  }
  // Buckets by shared pieces; filled in id order, so each is ascending.
  const buckets: number[][] = Array.from({ length: grams.size + 1 }, () => []);
  for (let id = 0; id < index.size; id++) {
    const count = counts[id] ?? 0;
    if (count >= need || index.unsure[id] === 1) buckets[count]?.push(id);
  }
  const chosen: number[] = [];
  for (let count = grams.size; count >= 0 && chosen.length < limit; count--) {
    const bucket = buckets[count] ?? [];
    for (let i = 0; i < bucket.length && chosen.length < limit; i++) chosen.push(bucket[i] as number);
  }
  return chosen.sort((a, b) => a - b);
}
