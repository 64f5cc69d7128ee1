/**
 * A reader's flag on an entry: "this explanation is wrong" or "outdated",
 * with an optional note. Flags stay in the browser (`src/storage/flags-store.ts`)
 * and travel only in a full export (`flags` in docs/glossary-format.md), so a
 * reader can pass them on to whoever maintains the entries. Declared once as
 * a schema, `EntryFlag` inferred from it; `check.ts` runs it.
 */
import * as v from 'valibot';
import { msg, type Message } from '../message';
import { CONTROL, firstOf, ID_PATTERN, isIsoDate, MARKUP, tooLong } from '../schema/checks';
import { record, says } from '../schema/issues';
import { describeValue } from '../settings/describe-value';

export type FlagKind = 'wrong' | 'outdated';
export const FLAG_KINDS: readonly FlagKind[] = ['wrong', 'outdated'];

export const FLAGS_VERSION = 1;

export const FLAG_LIMITS = {
  flags: 1000,
  note: 1000,
  title: 200,
} as const;

// A note may have line breaks and tabs.
// eslint-disable-next-line no-control-regex
export const NOTE_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/u;

const trimmed = (ok: (s: string) => boolean, problem: Message) =>
  v.pipe(v.custom<string>((x) => typeof x === 'string' && ok(x.trim()), says(problem)), v.trim());
const date = () => trimmed(isIsoDate, msg('problem_date'));

/** One flag; every problem names its field (`flags[2] › kind: …`). */
export const EntryFlagSchema = record(
  {
    /** The flagged entry's id (bundled, yours or a pack's). */
    entry: trimmed((id) => ID_PATTERN.test(id) && id.length <= 64, msg('problem_entryId')),
    /** The entry's title when it was flagged: the flag stays readable if the entry goes. */
    title: v.pipe(
      trimmed((t) => t !== '', msg('problem_nonEmptyString')),
      firstOf<string>(
        [(t) => t.length <= FLAG_LIMITS.title, (t) => tooLong(t.length, FLAG_LIMITS.title)],
        [(t) => !CONTROL.test(t), () => msg('problem_controlCharacters')],
        [(t) => !MARKUP.test(t), () => msg('problem_markup')],
      ),
    ),
    kind: v.picklist(FLAG_KINDS, says(msg('problem_oneOf', FLAG_KINDS.map((k) => `"${k}"`).join(', ')))),
    /**
     * What is wrong, in the reader's words; '' for none. Shown as text only:
     * markup in it is harmless and may be what the reader means ("<think> tags").
     */
    note: v.optional(
      v.pipe(
        v.string(says(msg('problem_mustBeString'))),
        v.trim(),
        firstOf<string>(
          [(t) => t.length <= FLAG_LIMITS.note, (t) => tooLong(t.length, FLAG_LIMITS.note)],
          [(t) => !NOTE_CONTROL.test(t), () => msg('problem_controlCharacters')],
        ),
      ),
      '',
    ),
    /** The day it was flagged, `YYYY-MM-DD`. */
    date: date(),
    /** The entry's own "as of" date (`checked`) when it was flagged, if it had one. */
    checked: v.optional(date()),
  },
  (input) => msg('problem_objectGot', describeValue(input)),
);

/** A reader's flag on an entry, as checked (trimmed, `note` '' when there is none). */
export type EntryFlag = v.InferOutput<typeof EntryFlagSchema>;

/** What is stored under the key `flags`. One flag per entry: flagging again replaces it. */
export interface StoredFlags {
  version: typeof FLAGS_VERSION;
  flags: EntryFlag[];
}

export function emptyFlags(): StoredFlags {
  return { version: FLAGS_VERSION, flags: [] };
}
