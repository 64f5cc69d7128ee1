/** Checks shared by stored packs and packs in an imported file. */
import { msg, type Message } from '../../message';
import type { GlossaryEntry } from '../types';
import { tooLong } from '../validate';
import { checkEntries } from './check-entries';
import { slugify, uniqueId } from './csv-entries';
import { LIMITS, PACK_ID_PATTERN, type GlossaryPack, type UserProblem } from './types';
import { isRecord } from '../../schema/issues';

// Same rule as the glossary validator: a tag, closing tag, comment or PI.
const MARKUP = /<[\p{L}/!?]/u;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/u;

export function checkPackName(value: unknown, where: string): { name: string | null; problems: UserProblem[] } {
  const bad = (message: Message) => ({ name: null, problems: [{ where, field: 'name', message }] });
  if (typeof value !== 'string') return bad(msg('problem_mustBeString'));
  const name = value.trim();
  if (name === '') return bad(msg('problem_empty'));
  if (name.length > LIMITS.packName) return bad(tooLong(name.length, LIMITS.packName));
  if (MARKUP.test(name)) return bad(msg('problem_markup'));
  if (CONTROL.test(name)) return bad(msg('problem_controlCharacters'));
  return { name, problems: [] };
}

/** A pack name from a file name: "Medizin-Begriffe.csv" → "Medizin-Begriffe". */
export function packNameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').trim();
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[<>\u0000-\u001f\u007f]/g, '').slice(0, LIMITS.packName).trim();
  return clean === '' ? 'Import' : clean;
}

/** Deterministic, readable pack ids: "pack-medizin", "pack-medizin-2". */
export function packIdFor(name: string, taken: ReadonlySet<string>): string {
  return uniqueId(`pack-${slugify(name) || 'import'}`, taken);
}

/** How problems name a pack: by its name when it has a usable one, else by position. */
export function packLabel(name: unknown, index: number): string {
  return typeof name === 'string' && name.trim() !== '' ? `pack "${name.trim().slice(0, 40)}"` : `packs[${index}]`;
}

export interface RawPackFields {
  id: unknown;
  name: unknown;
  enabled: unknown;
  entries: unknown;
}

/**
 * One pack's fields and entries. `id` is checked only when `checkId` (stored
 * packs); an imported pack whose id is unusable simply gets a new one.
 */
export function checkPack(
  raw: RawPackFields,
  spec: { where: string; externalIds: ReadonlySet<string>; checkId: boolean; defaultSource?: boolean },
): { pack: GlossaryPack | null; problems: UserProblem[] } {
  const { where } = spec;
  const problems: UserProblem[] = [];
  const id = typeof raw.id === 'string' ? raw.id : '';
  if (spec.checkId && !PACK_ID_PATTERN.test(id)) {
    problems.push({ where, field: 'id', message: msg('problem_packId') });
  }
  const { name, problems: nameProblems } = checkPackName(raw.name, where);
  problems.push(...nameProblems);
  if (raw.enabled !== undefined && typeof raw.enabled !== 'boolean') problems.push({ where, field: 'enabled', message: msg('problem_boolean') });
  if (!Array.isArray(raw.entries)) {
    problems.push({ where, field: 'entries', message: msg('problem_entryList') });
    return { pack: null, problems };
  }
  if (raw.entries.length > LIMITS.fileEntries) {
    problems.push({ where, field: 'entries', message: msg('problem_tooManyEntriesPack', raw.entries.length, LIMITS.fileEntries) });
    return { pack: null, problems };
  }
  const label = name ?? 'Import';
  const input = spec.defaultSource ? raw.entries.map((e: unknown) => withDefaultSource(e, label)) : raw.entries;
  const checked = checkEntries(input, {
    externalIds: spec.externalIds,
    where: (n) => `${where} › ${n.startsWith('#') ? `entries[${n.slice(1)}]` : `entry "${n}"`}`,
  });
  problems.push(...checked.problems);
  if (problems.length > 0 || name === null) return { pack: null, problems };
  return { pack: { id, name, enabled: raw.enabled !== false, entries: checked.entries }, problems };
}

/** Files may leave out `source`; the pack's name then stands in as its label. */
export function withDefaultSource(raw: unknown, label: string): unknown {
  if (!isRecord(raw) || raw.source !== undefined) return raw;
  return { ...raw, source: { label } };
}

export function allIds(groups: readonly (readonly GlossaryEntry[])[]): Set<string> {
  return new Set(groups.flatMap((g) => g.map((e) => e.id)));
}
