/** Checks shared by stored packs and packs in an imported file. */
import * as v from 'valibot';
import type { GlossaryEntry } from '../types';
import { isRecord, issueList } from '../../schema/issues';
import { checkEntries, defaultWhere } from './check-entries';
import { slugify, uniqueId } from './csv-entries';
import { ImportedPackSchema, LIMITS, StoredPackSchema, type GlossaryPack, type UserProblem } from './types';

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

/**
 * One pack's fields (by `StoredPackSchema` when `checkId`, for stored packs,
 * else `ImportedPackSchema`) and its entries.
 */
export function checkPack(
  raw: unknown,
  spec: { where: string; externalIds: ReadonlySet<string>; checkId: boolean; defaultSource?: boolean },
): { pack: GlossaryPack | null; problems: UserProblem[] } {
  const { where } = spec;
  const result = v.safeParse(spec.checkId ? StoredPackSchema : ImportedPackSchema, raw);
  const problems: UserProblem[] = issueList(result.issues).map(({ field, message }) => ({ where, field, message }));
  // Entries are checked whenever they are a list within the limit, even when another field is wrong: every problem is named at once.
  const fields: unknown = result.output;
  const entries = isRecord(fields) && Array.isArray(fields.entries) && !problems.some((p) => p.field === 'entries') ? fields.entries : null;
  if (!entries) return { pack: null, problems };
  const name = isRecord(fields) && typeof fields.name === 'string' && !problems.some((p) => p.field === 'name') ? fields.name : 'Import';
  const input = spec.defaultSource ? entries.map((e: unknown) => withDefaultSource(e, name)) : entries;
  const checked = checkEntries(input, { externalIds: spec.externalIds, where: (n) => `${where} › ${defaultWhere(n)}` });
  problems.push(...checked.problems);
  if (!result.success || problems.length > 0) return { pack: null, problems };
  const { id, name: packName, enabled } = result.output;
  return { pack: { id: typeof id === 'string' ? id : '', name: packName, enabled, entries: checked.entries }, problems };
}

/** Files may leave out `source`; the pack's name then stands in as its label. */
export function withDefaultSource(raw: unknown, label: string): unknown {
  if (!isRecord(raw) || raw.source !== undefined) return raw;
  return { ...raw, source: { label } };
}

export function allIds(groups: readonly (readonly GlossaryEntry[])[]): Set<string> {
  return new Set(groups.flatMap((g) => g.map((e) => e.id)));
}
