/**
 * Every folded name in one string, to find the names that contain a piece of
 * the query without visiting each name.
 *
 * A direct match (exact, prefix, word start, any-order words, inside — see
 * name-match.ts) always has the folded query, or each of its words, inside
 * the folded name. So the names worth matching are those where `indexOf`
 * over this one string lands: a scan the engine does far faster than 20,000
 * separate calls, and it ends at once for a piece no name has.
 */

export interface NameHaystack {
  /** The folded names, each followed by a separator no folded name has. */
  readonly text: string;
  /** `starts[id]`: where name `id` begins in `text`; one more entry for the end. */
  readonly starts: Int32Array;
}

/** Folded names hold letters and digits only. */
const SEPARATOR = '\n';

export function createNameHaystack(folded: readonly string[]): NameHaystack {
  const starts = new Int32Array(folded.length + 1);
  let at = 0;
  folded.forEach((name, id) => {
    starts[id] = at;
    at += name.length + SEPARATOR.length;
  });
  starts[folded.length] = at;
  return { text: folded.join(SEPARATOR) + SEPARATOR, starts };
}

/** Ids (ascending) of the names containing `piece` (folded, not empty). */
export function namesContaining(haystack: NameHaystack, piece: string): number[] {
  const out: number[] = [];
  if (piece.length === 0) return out;
  const { text, starts } = haystack;
  let from = 0;
  for (;;) {
    const at = text.indexOf(piece, from);
    if (at < 0) return out;
    const id = nameAt(starts, at);
    out.push(id);
    // The rest of this name adds nothing: go on with the next one.
    from = starts[id + 1] ?? text.length;
  }
}

/** The name whose span holds position `at`. */
function nameAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
