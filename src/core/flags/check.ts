/**
 * Checking flags wherever they come from: storage (anything may be there
 * after a hand edit or an older Klartext) and the `flags` of an imported
 * file. Problems name the flag and field: `flags[2] › kind: must be one of …`.
 */
import { msg, type Message } from '../message';
import { tooLong } from '../glossary/validate';
import type { UserProblem } from '../glossary/user/types';
import { describeValue } from '../settings/describe-value';
import { FLAG_KINDS, FLAG_LIMITS, FLAGS_VERSION, type EntryFlag, type FlagKind, type StoredFlags } from './types';
import { isRecord } from '../schema/issues';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// A tag, closing tag, comment or PI, as in the glossary validator.
const MARKUP = /<[\p{L}/!?]/u;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/u;
// A note may have line breaks and tabs.
// eslint-disable-next-line no-control-regex
const NOTE_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/u;

export type FlagsParse = { ok: true; value: StoredFlags; migrated: false } | { ok: false; problems: UserProblem[] };

export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A note as the reader typed it, made storable: line breaks unified, control characters dropped, trimmed, cut to length. */
export function cleanNote(note: string): string {
  // eslint-disable-next-line no-control-regex
  return note.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim().slice(0, FLAG_LIMITS.note);
}

function checkText(value: unknown, spec: { max: number; control: RegExp; required: boolean; markup: boolean }): { text: string } | { problem: Message } {
  if (value === undefined && !spec.required) return { text: '' };
  if (typeof value !== 'string') return { problem: msg(spec.required ? 'problem_nonEmptyString' : 'problem_mustBeString') };
  const text = value.trim();
  if (spec.required && text === '') return { problem: msg('problem_nonEmptyString') };
  if (text.length > spec.max) return { problem: tooLong(text.length, spec.max) };
  if (spec.control.test(text)) return { problem: msg('problem_controlCharacters') };
  if (spec.markup && MARKUP.test(text)) return { problem: msg('problem_markup') };
  return { text };
}

/** One flag, or the problems with it (`where` names it: `flags[2]`). */
export function checkFlag(raw: unknown, where: string): { flag: EntryFlag | null; problems: UserProblem[] } {
  if (!isRecord(raw)) return { flag: null, problems: [{ where, field: '', message: msg('problem_objectGot', describeValue(raw)) }] };
  const problems: UserProblem[] = [];
  const report = (field: string, message: Message) => problems.push({ where, field, message });

  const entry = typeof raw.entry === 'string' ? raw.entry.trim() : '';
  if (!ID.test(entry) || entry.length > 64) report('entry', msg('problem_entryId'));
  const title = checkText(raw.title, { max: FLAG_LIMITS.title, control: CONTROL, required: true, markup: true });
  if ('problem' in title) report('title', title.problem);
  const kind = raw.kind;
  if (!(FLAG_KINDS as readonly unknown[]).includes(kind)) report('kind', msg('problem_oneOf', FLAG_KINDS.map((k) => `"${k}"`).join(', ')));
  // The note is shown as text only; markup in it is harmless and may be what the reader means ("<think> tags").
  const note = checkText(raw.note, { max: FLAG_LIMITS.note, control: NOTE_CONTROL, required: false, markup: false });
  if ('problem' in note) report('note', note.problem);
  const date = typeof raw.date === 'string' ? raw.date.trim() : '';
  if (!isIsoDate(date)) report('date', msg('problem_date'));
  const checked = typeof raw.checked === 'string' ? raw.checked.trim() : undefined;
  if (raw.checked !== undefined && (checked === undefined || !isIsoDate(checked))) report('checked', msg('problem_date'));

  if (problems.length > 0 || 'problem' in title || 'problem' in note) return { flag: null, problems };
  const flag: EntryFlag = { entry, title: title.text, kind: kind as FlagKind, note: note.text, date };
  if (checked !== undefined) flag.checked = checked;
  return { flag, problems };
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
