/**
 * User entries through the shared glossary validator, with the two things a
 * user's entries need beyond it: `related` may point to entries outside the
 * list being checked (bundled ones, other packs), and problems name the entry
 * the way the caller's context does ("row 4", "pack "Medizin" › entry x").
 */
import { validateGlossary } from '../validate';
import type { GlossaryEntry } from '../types';
import type { UserProblem } from './types';
import { isRecord } from '../../schema/issues';

export interface CheckEntriesOptions {
  /** Ids `related` may name besides the checked entries themselves. */
  externalIds: ReadonlySet<string>;
  /**
   * How a problem names its entry; `name` is the entry's id, or `#<index>`
   * (0-based) when it has none.
   */
  where?: (name: string) => string;
}

export interface CheckedEntries {
  entries: GlossaryEntry[];
  problems: UserProblem[];
}

/** Names an entry in a problem: `entry "x"`, or `entries[3]` when it has no id. */
export function defaultWhere(name: string): string {
  return name.startsWith('#') ? `entries[${name.slice(1)}]` : `entry "${name}"`;
}

/** Each entry's trimmed id, for the entries that have one. */
function idOf(raw: unknown): string | undefined {
  return isRecord(raw) && typeof raw.id === 'string' ? raw.id.trim() : undefined;
}

export function checkEntries(input: readonly unknown[], options: CheckEntriesOptions): CheckedEntries {
  const where = options.where ?? defaultWhere;
  // By id, the first entry that has it: one lookup per problem and per entry, not a scan of the list each time.
  const firstWithId = new Map<string, number>();
  input.forEach((raw, i) => {
    const id = idOf(raw);
    if (id !== undefined && !firstWithId.has(id)) firstWithId.set(id, i);
  });
  const isExternal = (value: unknown, selfId: unknown): value is string => {
    if (typeof value !== 'string') return false;
    const id = value.trim();
    return options.externalIds.has(id) && !firstWithId.has(id) && id !== (typeof selfId === 'string' ? selfId.trim() : '');
  };

  // The validator only knows the ids it is given: hide links to outside
  // entries from it, remembering where each remaining item came from so
  // `related[i]` problems still point at the item the user wrote.
  const indexMaps: number[][] = [];
  const stripped = input.map((raw, i) => {
    indexMaps[i] = [];
    if (!isRecord(raw) || !Array.isArray(raw.related)) return raw;
    const kept: unknown[] = [];
    raw.related.forEach((item: unknown, j) => {
      if (isExternal(item, raw.id)) return;
      indexMaps[i]?.push(j);
      kept.push(item);
    });
    return { ...raw, related: kept };
  });

  // The validator counts entries from 0 as "entry #0"; say it the way files are read: entries[0].
  const result = validateGlossary(stripped, { requireBothLangs: false, entryAt: (i) => `entries[${i}]` });
  const indexOfName = (name: string): number | undefined => (name.startsWith('#') ? Number(name.slice(1)) : firstWithId.get(name));
  const problems = result.problems.map((p): UserProblem => {
    const m = /^related\[(\d+)\]$/.exec(p.field);
    const index = m ? indexOfName(p.entry) : undefined;
    const map = index === undefined ? undefined : indexMaps[index];
    const field = m && map ? `related[${map[Number(m[1])] ?? m[1]}]` : p.field;
    return { where: where(p.entry), field, message: p.message };
  });

  const entries = result.entries.map((entry) => {
    const index = firstWithId.get(entry.id);
    const raw = index === undefined ? undefined : input[index];
    if (!isRecord(raw) || !Array.isArray(raw.related)) return entry;
    // Put the outside links back, in the order the user wrote them.
    const inside = new Set(entry.related);
    const related = new Set<string>();
    for (const item of raw.related as unknown[]) {
      if (typeof item !== 'string') continue;
      const id = item.trim();
      if (inside.has(id) || isExternal(id, entry.id)) related.add(id);
    }
    return { ...entry, related: [...related] };
  });
  return { entries, problems };
}
