/**
 * The glossary file format (docs/glossary-format.md): reading a file's
 * envelope — JSON syntax, `format`, `version`, the top-level shape — and
 * writing files. The entries inside are checked by `import.ts`.
 */
import type { EntryFlag } from '../../flags/types';
import { msg, type Message, type MessageArg } from '../../message';
import type { GlossaryEntry } from '../types';
import { findJsonError } from './json-error';
import { FILE_FORMAT, FILE_VERSION, type GlossaryPack, type UserGlossary, type UserProblem } from './types';
import { isRecord } from '../../schema/issues';

export interface RawPack {
  id: unknown;
  name: unknown;
  enabled: unknown;
  entries: unknown;
}

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

function fail(field: string, message: Message): ReadFileResult {
  return { ok: false, problems: [{ where: FILE, field, message }] };
}

function describe(value: unknown): MessageArg {
  if (value === undefined) return msg('value_nothing');
  if (Array.isArray(value)) return msg('value_list');
  if (value === null || typeof value !== 'object') return JSON.stringify(value).slice(0, 40);
  return msg('value_object');
}

/** "expected 1, got "1"". */
function expectedGot(expected: MessageArg, value: unknown): Message {
  return msg('problem_expectedGot', expected, describe(value));
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
  if (data.format !== FILE_FORMAT) return fail('format', msg('problem_notKlartextFile', FILE_FORMAT, describe(data.format)));
  const version = data.version;
  if (version !== FILE_VERSION) {
    const newer = typeof version === 'number' && Number.isInteger(version) && version > FILE_VERSION;
    return fail('version', newer ? msg('problem_fileNewer', Number(version), FILE_VERSION) : expectedGot(FILE_VERSION, version));
  }
  if (!Array.isArray(data.entries)) {
    return fail('entries', data.entries === undefined ? msg('problem_entriesMissing') : msg('problem_listGot', describe(data.entries)));
  }
  const full = data.packs !== undefined || data.hiddenBundled !== undefined || data.flags !== undefined;
  if (!full) return { ok: true, file: { kind: 'pack', name: data.name, entries: data.entries } };

  const problems: UserProblem[] = [];
  const packs: RawPack[] = [];
  if (data.packs !== undefined && !Array.isArray(data.packs)) problems.push({ where: FILE, field: 'packs', message: msg('problem_listGot', describe(data.packs)) });
  if (Array.isArray(data.packs)) {
    data.packs.forEach((raw: unknown, i) => {
      if (!isRecord(raw)) problems.push({ where: `packs[${i}]`, field: '', message: msg('problem_objectGot', describe(raw)) });
      else packs.push({ id: raw.id, name: raw.name, enabled: raw.enabled, entries: raw.entries });
    });
  }
  const hidden = data.hiddenBundled ?? [];
  if (!Array.isArray(hidden)) problems.push({ where: FILE, field: 'hiddenBundled', message: msg('problem_idListGot', describe(hidden)) });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, file: { kind: 'full', entries: data.entries, packs, hiddenBundled: hidden as unknown[], flags: data.flags } };
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
