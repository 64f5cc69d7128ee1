/**
 * Importing a file into the user's glossary. All or nothing: the result is
 * either the complete next glossary or the list of problems, and the caller
 * stores nothing in the second case.
 */
import { checkFlags } from '../../flags/check';
import type { EntryFlag } from '../../flags/types';
import { ID_PATTERN } from '../../schema/checks';
import { msg } from '../../message';
import type { GlossaryEntry, Lang } from '../types';
import { checkEntries, defaultWhere } from './check-entries';
import { parseCsv } from './csv';
import { csvField, csvRowsToEntries } from './csv-entries';
import { readJsonFile, type RawPack } from './file-schema';
import { mergeGlossary, type Overridden, type ShadowedForm } from './merge';
import { allIds, checkPack, packIdFor, packLabel, packNameFromFile, withDefaultSource } from './packs';
import { LIMITS, PACK_ID_PATTERN, type EntryOrigin, type GlossaryPack, type UserGlossary, type UserProblem } from './types';

export interface ImportSource {
  fileName: string;
  /** Bytes, as the file picker reports them. */
  size: number;
  text: string;
}

export interface ImportContext {
  current: UserGlossary;
  bundled: readonly GlossaryEntry[];
  /** Language of CSV explanations without a language column. */
  defaultLang: Lang;
}

export interface ImportSummary {
  kind: 'pack' | 'full';
  /** Name of the new pack (pack files and CSV). */
  packName?: string;
  entries: number;
  packs: number;
  hidden: number;
  /** Items already present exactly as in the file, so left alone. */
  unchanged: number;
  /** Entries the import replaced by id, or that replace the import's. */
  overrides: Overridden[];
  shadowed: ShadowedForm[];
}

/**
 * `flags`: the file's flags, checked (a full export may carry them); the
 * caller merges them into the reader's own (`src/storage/flags-store.ts`).
 */
export type ImportResult = { ok: true; next: UserGlossary; summary: ImportSummary; flags: EntryFlag[] } | { ok: false; problems: UserProblem[] };


export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Checked before the file is read at all. */
export function checkFileSize(size: number): UserProblem | null {
  if (size <= LIMITS.fileBytes) return null;
  return { where: 'file', field: '', message: msg('problem_fileTooBig', formatBytes(size), formatBytes(LIMITS.fileBytes)) };
}

function looksLikeJson(source: ImportSource): boolean {
  const name = source.fileName.toLowerCase();
  if (name.endsWith('.json')) return true;
  if (/\.(csv|tsv|txt)$/.test(name)) return false;
  return /^\uFEFF?\s*[{[]/.test(source.text);
}

function fail(problems: UserProblem[]): ImportResult {
  return { ok: false, problems };
}

export function importFile(source: ImportSource, ctx: ImportContext): ImportResult {
  try {
    return importChecked(source, ctx);
  } catch {
    // A shape no check foresaw (e.g. nesting too deep for a recursive step):
    // refuse the file rather than fail the page; nothing was changed.
    return fail([{ where: 'file', field: '', message: msg('problem_fileUnreadable') }]);
  }
}

function importChecked(source: ImportSource, ctx: ImportContext): ImportResult {
  const tooBig = checkFileSize(Math.max(source.size, source.text.length));
  if (tooBig) return fail([tooBig]);
  if (looksLikeJson(source)) {
    const read = readJsonFile(source.text);
    if (!read.ok) return read;
    const { file } = read;
    if (file.kind === 'full') return importFull(file, ctx);
    const name = file.name === undefined ? packNameFromFile(source.fileName) : file.name;
    return importPack({ id: undefined, name, enabled: true, entries: file.entries }, ctx);
  }
  return importCsv(source, ctx);
}

function importCsv(source: ImportSource, ctx: ImportContext): ImportResult {
  const parsed = parseCsv(source.text);
  if (!parsed.ok) return fail([{ where: `line ${parsed.line}`, field: '', message: parsed.message }]);
  const packName = packNameFromFile(source.fileName);
  const rows = csvRowsToEntries(parsed.rows, { packName, defaultLang: ctx.defaultLang });
  if (rows.problems.length > 0) return fail(rows.problems);
  const checked = checkEntries(rows.raw, {
    externalIds: new Set(),
    where: (n) => {
      const line = rows.rowOf.get(n);
      return line === undefined ? defaultWhere(n) : `line ${line}`;
    },
  });
  if (checked.problems.length > 0) return fail(checked.problems.map((p) => ({ ...p, field: csvField(p.field) })));
  return importPack({ id: undefined, name: packName, enabled: true, entries: checked.entries }, ctx);
}

function externalIds(ctx: ImportContext, extra: readonly (readonly GlossaryEntry[])[] = []): Set<string> {
  return allIds([ctx.bundled, ctx.current.entries, ...ctx.current.packs.map((p) => p.entries), ...extra]);
}

function checkCapacity(next: UserGlossary): UserProblem[] {
  const total = next.entries.length + next.packs.reduce((n, p) => n + p.entries.length, 0);
  const problems: UserProblem[] = [];
  if (total > LIMITS.totalEntries) problems.push({ where: 'file', field: '', message: msg('problem_wouldHoldEntries', total, LIMITS.totalEntries) });
  if (next.packs.length > LIMITS.packs) problems.push({ where: 'file', field: '', message: msg('problem_wouldMakePacks', next.packs.length, LIMITS.packs) });
  return problems;
}

type IsNew = (origin: EntryOrigin, id: string) => boolean;

/** Overrides and lost forms that involve what this import adds. */
function summarize(next: UserGlossary, ctx: ImportContext, isNew: IsNew) {
  const merged = mergeGlossary(ctx.bundled, next);
  const overrides = merged.overridden.filter((o) => isNew(o.origin, o.id) || isNew(o.by, o.id));
  const newIds = new Set([...merged.origins].filter(([id, origin]) => isNew(origin, id)).map(([id]) => id));
  const shadowed = merged.shadowed.filter((s) => newIds.has(s.id) || newIds.has(s.byId));
  return { overrides, shadowed };
}

function rawIdsOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((e: unknown) => {
    const id = typeof e === 'object' && e !== null ? (e as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? [id.trim()] : [];
  });
}

function importPack(raw: RawPack, ctx: ImportContext): ImportResult {
  const where = 'file';
  if (Array.isArray(raw.entries) && raw.entries.length === 0) return fail([{ where, field: 'entries', message: msg('problem_noEntries') }]);
  if (Array.isArray(raw.entries) && raw.entries.length > LIMITS.fileEntries) {
    return fail([{ where, field: 'entries', message: msg('problem_tooManyEntriesFile', raw.entries.length, LIMITS.fileEntries) }]);
  }
  const checked = checkPack(raw, { where, externalIds: externalIds(ctx), checkId: false, defaultSource: true });
  if (!checked.pack) return fail(checked.problems.map((p) => ({ ...p, where: p.where.replace(/^file › /, '') })));
  const id = packIdFor(checked.pack.name, new Set(ctx.current.packs.map((p) => p.id)));
  const pack: GlossaryPack = { ...checked.pack, id };
  const next: UserGlossary = { ...ctx.current, packs: [...ctx.current.packs, pack] };
  const capacity = checkCapacity(next);
  if (capacity.length > 0) return fail(capacity);
  const { overrides, shadowed } = summarize(next, ctx, (o) => o.kind === 'pack' && o.packId === id);
  return {
    ok: true,
    next,
    summary: { kind: 'pack', packName: pack.name, entries: pack.entries.length, packs: 1, hidden: 0, unchanged: 0, overrides, shadowed },
    flags: [],
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function importFull(file: { entries: unknown[]; packs: RawPack[]; hiddenBundled: unknown[]; flags: unknown }, ctx: ImportContext): ImportResult {
  const { current } = ctx;
  const problems: UserProblem[] = [];
  const known = new Set([...externalIds(ctx), ...rawIdsOf(file.entries), ...file.packs.flatMap((p) => rawIdsOf(p.entries))]);

  // Your own entries: new ids are added, identical ones left alone, a
  // different entry under an id you already use is a conflict to resolve first.
  const incoming = checkEntries(file.entries.map((e) => withDefaultSource(e, 'Import')), { externalIds: known });
  problems.push(...incoming.problems);
  let unchanged = 0;
  const added: GlossaryEntry[] = [];
  const currentById = new Map(current.entries.map((e) => [e.id, e]));
  for (const entry of incoming.entries) {
    const existing = currentById.get(entry.id);
    if (!existing) added.push(entry);
    else if (same(existing, entry)) unchanged++;
    else problems.push({ where: `entry "${entry.id}"`, field: 'id', message: msg('problem_idConflict') });
  }
  const together = checkEntries([...current.entries, ...added], { externalIds: known });
  const addedWhere = new Set(added.map((e) => `entry "${e.id}"`));
  problems.push(...together.problems.filter((p) => addedWhere.has(p.where)));

  const packs: GlossaryPack[] = [];
  const taken = new Set(current.packs.map((p) => p.id));
  file.packs.forEach((raw, i) => {
    const label = packLabel(raw.name, i);
    const checked = checkPack(raw, { where: label, externalIds: known, checkId: false, defaultSource: true });
    problems.push(...checked.problems);
    if (!checked.pack) return;
    const existing = current.packs.find((p) => p.id === checked.pack?.id);
    if (existing && same(existing, checked.pack)) {
      unchanged++;
      return;
    }
    const usable = PACK_ID_PATTERN.test(checked.pack.id) && !taken.has(checked.pack.id);
    const id = usable ? checked.pack.id : packIdFor(checked.pack.name, taken);
    taken.add(id);
    packs.push({ ...checked.pack, id });
  });

  const hidden: string[] = [];
  file.hiddenBundled.forEach((id, i) => {
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) problems.push({ where: 'file', field: `hiddenBundled[${i}]`, message: msg('problem_entryId') });
    else if (current.hiddenBundled.includes(id) || hidden.includes(id)) unchanged++;
    else hidden.push(id);
  });
  const flags = file.flags === undefined ? { flags: [], problems: [] } : checkFlags(file.flags, { where: 'file', field: 'flags' });
  problems.push(...flags.problems);
  if (problems.length > 0) return fail(problems);

  const next: UserGlossary = {
    ...current,
    entries: [...current.entries, ...added],
    packs: [...current.packs, ...packs],
    hiddenBundled: [...current.hiddenBundled, ...hidden],
  };
  const capacity = checkCapacity(next);
  if (capacity.length > 0) return fail(capacity);
  const newPackIds = new Set(packs.map((p) => p.id));
  const addedIds = new Set(added.map((e) => e.id));
  const isNew: IsNew = (o, id) => (o.kind === 'pack' ? newPackIds.has(o.packId) : o.kind === 'user' && addedIds.has(id));
  const { overrides, shadowed } = summarize(next, ctx, isNew);
  const entries = added.length + packs.reduce((n, p) => n + p.entries.length, 0);
  return {
    ok: true,
    next,
    summary: { kind: 'full', entries, packs: packs.length, hidden: hidden.length, unchanged, overrides, shadowed },
    flags: flags.flags,
  };
}
