/**
 * Checking flags wherever they come from: storage (anything may be there
 * after a hand edit or an older Klartext) and the `flags` of an imported
 * file. Problems name the flag and field: `flags[2] › kind: must be one of …`.
 */
import * as v from 'valibot';
import { msg } from '../message';
import type { UserProblem } from '../glossary/user/types';
import { describeValue } from '../settings/describe-value';
import { issueList, isRecord } from '../schema/issues';
import { EntryFlagSchema, FLAG_LIMITS, FLAGS_VERSION, NOTE_CONTROL, type EntryFlag, type StoredFlags } from './types';

export type FlagsParse = { ok: true; value: StoredFlags; migrated: false } | { ok: false; problems: UserProblem[] };

/** A note as the reader typed it, made storable: line breaks unified, control characters dropped, trimmed, cut to length. */
export function cleanNote(note: string): string {
  return note.replace(/\r\n?/g, '\n').replace(new RegExp(NOTE_CONTROL.source, 'gu'), '').trim().slice(0, FLAG_LIMITS.note);
}

/** One flag, or the problems with it (`where` names it: `flags[2]`). */
export function checkFlag(raw: unknown, where: string): { flag: EntryFlag | null; problems: UserProblem[] } {
  const result = v.safeParse(EntryFlagSchema, raw);
  if (result.success) return { flag: result.output, problems: [] };
  return { flag: null, problems: issueList(result.issues).map(({ field, message }) => ({ where, field, message })) };
}

/** A list of flags (`field`: how the list itself is named, e.g. `flags`); one flag per entry. */
export function checkFlags(raw: unknown, spec: { where: string; field: string }): { flags: EntryFlag[]; problems: UserProblem[] } {
  if (!Array.isArray(raw)) return { flags: [], problems: [{ where: spec.where, field: spec.field, message: msg('problem_listGot', describeValue(raw)) }] };
  if (raw.length > FLAG_LIMITS.flags) {
    return { flags: [], problems: [{ where: spec.where, field: spec.field, message: msg('problem_tooManyItems', raw.length, FLAG_LIMITS.flags) }] };
  }
  const flags: EntryFlag[] = [];
  const problems: UserProblem[] = [];
  const firstAt = new Map<string, number>();
  raw.forEach((item: unknown, i) => {
    const where = `${spec.field}[${i}]`;
    const checked = checkFlag(item, where);
    problems.push(...checked.problems);
    if (!checked.flag) return;
    const earlier = firstAt.get(checked.flag.entry);
    if (earlier !== undefined) {
      problems.push({ where, field: 'entry', message: msg('problem_flagTwice', `${spec.field}[${earlier}]`) });
      return;
    }
    firstAt.set(checked.flag.entry, i);
    flags.push(checked.flag);
  });
  return { flags, problems };
}

/** What storage holds under `flags`: `{ version: 1, flags: [...] }`. */
export function parseStoredFlags(raw: unknown): FlagsParse {
  if (!isRecord(raw)) return { ok: false, problems: [{ where: 'flags', field: '', message: msg('problem_objectGot', describeValue(raw)) }] };
  if (raw.version !== FLAGS_VERSION) {
    const message =
      typeof raw.version === 'number' && raw.version > FLAGS_VERSION
        ? msg('problem_flagsNewer', raw.version, FLAGS_VERSION)
        : msg('problem_expectedGot', FLAGS_VERSION, describeValue(raw.version));
    return { ok: false, problems: [{ where: 'flags', field: 'version', message }] };
  }
  const checked = checkFlags(raw.flags, { where: 'flags', field: 'flags' });
  if (checked.problems.length > 0) return { ok: false, problems: checked.problems };
  return { ok: true, value: { version: FLAGS_VERSION, flags: checked.flags }, migrated: false };
}
