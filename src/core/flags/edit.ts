/** Making flags and changing the list of them; each returns a new value and leaves its input alone. */
import type { GlossaryEntry, Lang } from '../glossary/types';
import { cleanNote } from './check';
import { FLAG_LIMITS, type EntryFlag, type FlagKind } from './types';

/** What the reader chose in the flag form. */
export interface FlagDraft {
  kind: FlagKind;
  note: string;
}

/** The flag the reader's choice makes of an entry shown in `lang`, dated `now` (their day). */
export function newFlag(entry: Pick<GlossaryEntry, 'id' | 'title' | 'checked'>, draft: FlagDraft, lang: Lang, now: Date): EntryFlag {
  const other: Lang = lang === 'de' ? 'en' : 'de';
  const title = (entry.title[lang].trim() || entry.title[other].trim() || entry.id).slice(0, FLAG_LIMITS.title);
  const flag: EntryFlag = { entry: entry.id, title, kind: draft.kind, note: cleanNote(draft.note), date: localDate(now) };
  if (entry.checked) flag.checked = entry.checked;
  return flag;
}

/** Adds a flag, replacing an earlier one on the same entry (the newest comes last). */
export function withFlag(flags: readonly EntryFlag[], flag: EntryFlag): EntryFlag[] {
  return [...flags.filter((f) => f.entry !== flag.entry), flag];
}

export function withoutFlag(flags: readonly EntryFlag[], entry: string): EntryFlag[] {
  return flags.filter((f) => f.entry !== entry);
}

const same = (a: EntryFlag, b: EntryFlag): boolean => JSON.stringify(a) === JSON.stringify(b);

export interface MergedFlags {
  flags: EntryFlag[];
  /** Flags from the file that were new, or newer than the one on the same entry. */
  added: number;
  /** Flags from the file already here, or older than the one here (which is kept). */
  unchanged: number;
}

/**
 * Flags of an imported file into the reader's: a flag on an entry not yet
 * flagged is added; on an entry flagged already, the later one is kept (on
 * the same day, the reader's own).
 */
export function mergeFlags(current: readonly EntryFlag[], incoming: readonly EntryFlag[]): MergedFlags {
  let flags = [...current];
  let added = 0;
  let unchanged = 0;
  for (const flag of incoming) {
    const existing = flags.find((f) => f.entry === flag.entry);
    if (existing && (same(existing, flag) || existing.date >= flag.date)) {
      unchanged++;
      continue;
    }
    flags = withFlag(flags, flag);
    added++;
  }
  return { flags, added, unchanged };
}

/** Today in the reader's time zone, `YYYY-MM-DD`. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
