import type { Matcher, SerializedMatcher } from '../../matcher';
import type { MatchEntry } from '../types';

/**
 * The glossary a frame matches against, prepared once where the glossary
 * changes (options page, background) and stored in `storage.local`, so a
 * frame neither parses nor validates nor merges the user's glossary: it
 * reads this, checks its shape, and scans.
 *
 * `bundled` and `source` say what it was built from: the bundled match index
 * (a frame of another version of Klartext ignores it) and the user's stored
 * glossary (the background rebuilds when they differ).
 */
export interface PrebuiltGlossary {
  format: typeof PREBUILT_FORMAT;
  /** Stamp of the bundled match index the user's entries were merged over. */
  bundled: string;
  /** Stamp of the user's glossary it was built from (`stampOf`). */
  source: string;
  /** Number of entries, for the console and the benchmark. */
  count: number;
  /**
   * The effective glossary reduced to what matching needs (`MatchEntry[]`),
   * as JSON text: one string crosses from storage to a frame far faster than
   * ten thousand objects do.
   */
  entries: string;
  /** The entries with sense rules or marked familiar, which a frame needs at start (JSON text of `MatchEntry[]`). */
  senses: string;
  /** Ids of private entries: never marked. */
  private: string[];
  /** The matcher compiled over all entries (every category), ready to load (`compileToStorable`). */
  matcher: SerializedMatcher;
}

export const PREBUILT_FORMAT = 1;

/** What a frame gets from a prebuilt glossary. */
export interface PrebuiltView {
  /** All entries, read when first asked (titles, a glossary with hidden categories). */
  entries: () => readonly MatchEntry[];
  /** Entries with sense rules or familiar. */
  senses: readonly MatchEntry[];
  private: ReadonlySet<string>;
  /** Over all entries and categories. */
  matcher: Matcher;
}

/**
 * A short stamp of a JSON-serialisable value (cyrb53 over its JSON text):
 * equal values give equal stamps; a changed glossary a different one, but
 * for a 1 in 2^53 chance.
 */
export function stampOf(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
