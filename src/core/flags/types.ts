/**
 * A reader's flag on an entry: "this explanation is wrong" or "outdated",
 * with an optional note. Flags stay in the browser (`src/storage/flags-store.ts`)
 * and travel only in a full export (`flags` in docs/glossary-format.md), so a
 * reader can pass them on to whoever maintains the entries.
 */
export type FlagKind = 'wrong' | 'outdated';
export const FLAG_KINDS: readonly FlagKind[] = ['wrong', 'outdated'];

export interface EntryFlag {
  /** The flagged entry's id (bundled, yours or a pack's). */
  entry: string;
  /** The entry's title when it was flagged: the flag stays readable if the entry goes. */
  title: string;
  kind: FlagKind;
  /** What is wrong, in the reader's words; '' for none. */
  note: string;
  /** The day it was flagged, `YYYY-MM-DD`. */
  date: string;
  /** The entry's own "as of" date (`checked`) when it was flagged, if it had one. */
  checked?: string;
}

/** What is stored under the key `flags`. One flag per entry: flagging again replaces it. */
export interface StoredFlags {
  version: typeof FLAGS_VERSION;
  flags: EntryFlag[];
}

export const FLAGS_VERSION = 1;

export const FLAG_LIMITS = {
  flags: 1000,
  note: 1000,
  title: 200,
} as const;

export function emptyFlags(): StoredFlags {
  return { version: FLAGS_VERSION, flags: [] };
}
