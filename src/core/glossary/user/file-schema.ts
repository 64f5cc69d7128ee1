/**
 * The glossary file format (docs/glossary-format.md): reading a file's
 * envelope — JSON syntax, `format`, `version`, the top-level shape — and
 * writing files. The entries inside are checked by `import.ts`.
 */
import * as v from 'valibot';
import type { EntryFlag } from '../../flags/types';
import { msg, type Message } from '../../message';
import { isRecord, issueList, record, says } from '../../schema/issues';
import { describeValue } from '../../settings/describe-value';
import type { GlossaryEntry } from '../types';
import { findJsonError } from './json-error';
import { FILE_FORMAT, FILE_VERSION, type GlossaryPack, type UserGlossary, type UserProblem } from './types';

/** "expected 1, got "1"". */
const expectedGot = (expected: string | number | Message, value: unknown) => msg('problem_expectedGot', expected, describeValue(value));

const rawPack = v.object({ id: v.optional(v.unknown()), name: v.optional(v.unknown()), enabled: v.optional(v.unknown()), entries: v.optional(v.unknown()) });
export type RawPack = v.InferOutput<typeof rawPack>;

/**
 * A file's envelope, version 1. Its first three fields decide whether it is a
 * Klartext glossary at all, so only the first of their problems is named;
 * `packs` and `hiddenBundled` (a full export) name each.
 */
const FileSchema = record(
  {
  format: v.literal(FILE_FORMAT, says((input) => msg('problem_notKlartextFile', FILE_FORMAT, describeValue(input)))),
  version: v.literal(
    FILE_VERSION,
    says((version) =>
      typeof version === 'number' && Number.isInteger(version) && version > FILE_VERSION ? msg('problem_fileNewer', version, FILE_VERSION) : expectedGot(FILE_VERSION, version),
    ),
  ),
  entries: v.array(v.unknown(), says((input) => (input === undefined ? msg('problem_entriesMissing') : msg('problem_listGot', describeValue(input))))),
  /** A pack file's name for the new pack. */
  name: v.optional(v.unknown()),
  /** A full export: its packs, the bundled entries hidden and the reader's flags (checked by `core/flags/check.ts`). */
  packs: v.optional(
    v.array(
      v.pipe(v.custom<Record<string, unknown>>(isRecord, says((input) => msg('problem_objectGot', describeValue(input)))), rawPack),
      says((input) => msg('problem_listGot', describeValue(input))),
    ),
  ),
  hiddenBundled: v.optional(v.array(v.unknown(), says((input) => msg('problem_idListGot', describeValue(input))))),
  flags: v.optional(v.unknown()),
  },
  (input) => expectedGot(msg('expect_jsonObject'), input),
);

/**
 * A pack file holds `entries` (and optionally a `name`) and becomes one new
 * pack. A full export also has `packs`, `hiddenBundled` and/or `flags` and is
 * restored as it was: its `entries` become your own entries again. `flags`
 * (the reader's "wrong"/"outdated" flags) is checked by `core/flags/check.ts`;
 * undefined when the file has none.
 */
export type ParsedFile =
  | { kind: 'pack'; name: unknown; entries: unknown[] }
  | { kind: 'full'; entries: unknown[]; packs: RawPack[]; hiddenBundled: unknown[]; flags: unknown };

export type ReadFileResult = { ok: true; file: ParsedFile } | { ok: false; problems: UserProblem[] };

const FILE = 'file';
const DECIDING = ['format', 'version', 'entries'];

function fail(field: string, message: Message): ReadFileResult {
  return { ok: false, problems: [{ where: FILE, field, message }] };
}

export function readJsonFile(input: string): ReadFileResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    let where: ReturnType<typeof findJsonError> = null;
    try {
      where = findJsonError(text);
    } catch {
      // The locator descends recursively; nesting this deep is no glossary anyway.
      return fail('JSON', msg('problem_jsonTooDeep'));
    }
    // Without a position (the scanner found nothing wrong) the engine's own words are all there is.
    return fail('JSON', where ? msg('problem_jsonAt', where.line, where.column, where.message) : msg('problem_json', String(error)));
  }
  if (Array.isArray(data)) return fail('format', msg('problem_bareList', FILE_FORMAT, FILE_VERSION));
  if (!isRecord(data)) return fail('format', expectedGot(msg('expect_jsonObject'), data));
  const result = v.safeParse(FileSchema, data);
  const problems = issueList(result.issues);
  const deciding = DECIDING.flatMap((field) => problems.filter((p) => p.field === field).slice(0, 1))[0];
  if (deciding) return fail(deciding.field, deciding.message);
  // A pack's problem names the pack (`packs[2]`), a list's the file and the list.
  if (!result.success) return { ok: false, problems: problems.map(({ field, message }) => (/^packs\[\d+\]$/.test(field) ? { where: field, field: '', message } : { where: FILE, field, message })) };
  const file = result.output;
  const full = file.packs !== undefined || file.hiddenBundled !== undefined || file.flags !== undefined;
  if (!full) return { ok: true, file: { kind: 'pack', name: file.name, entries: file.entries } };
  return { ok: true, file: { kind: 'full', entries: file.entries, packs: file.packs ?? [], hiddenBundled: file.hiddenBundled ?? [], flags: file.flags } };
}

/**
 * Everything of the user's, restorable with `kind: 'full'`. The reader's
 * flags go along when there are any; without them the file is as it always was.
 */
export function exportFull(glossary: UserGlossary, flags: readonly EntryFlag[] = []): string {
  return `${JSON.stringify(
    {
      format: FILE_FORMAT,
      version: FILE_VERSION,
      entries: glossary.entries,
      packs: glossary.packs.map((p) => ({ id: p.id, name: p.name, enabled: p.enabled, entries: p.entries })),
      hiddenBundled: glossary.hiddenBundled,
      ...(flags.length > 0 ? { flags } : {}),
    },
    null,
    2,
  )}\n`;
}

/** One pack (or your own entries) as a pack file. */
export function exportPack(pack: Pick<GlossaryPack, 'name'> & { entries: readonly GlossaryEntry[] }): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, name: pack.name, entries: pack.entries }, null, 2)}\n`;
}
