/**
 * Reading the user's glossary back from storage. Everything is validated:
 * storage can hold what an older Klartext, a sync conflict or a hand edit in
 * DevTools put there.
 *
 * Version 0 (the prototype) stored the user's entries as a bare list under the
 * same key, with no packs and no hidden entries; it is migrated to version 1.
 *
 * Loading is lenient about one thing only: a `related` link to an id that no
 * longer exists (a bundled entry removed by an update, a deleted pack) is
 * dropped rather than failing the whole glossary. Everything else that is
 * wrong is a problem, and the caller falls back to the last good copy.
 */
import * as v from 'valibot';
import { msg, type Problem } from '../../message';
import { isRecord, issueList } from '../../schema/issues';
import { checkEntries, defaultWhere } from './check-entries';
import { checkPack, packLabel } from './packs';
import { LIMITS, StoredGlossarySchema, USER_GLOSSARY_VERSION, toProblem, type GlossaryPack, type UserGlossary, type UserProblem } from './types';

export type StoredResult = { ok: true; glossary: UserGlossary; migrated: boolean } | { ok: false; problems: Problem[] };

function rawIds(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((e: unknown) => (isRecord(e) && typeof e.id === 'string' ? [e.id.trim()] : []));
}

/** Removes `related` items naming no entry anywhere. */
function dropDanglingRelated(list: unknown, known: ReadonlySet<string>): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((e: unknown) => {
    if (!isRecord(e) || !Array.isArray(e.related)) return e;
    return { ...e, related: e.related.filter((r: unknown) => typeof r !== 'string' || known.has(r.trim())) };
  });
}

/** `bundled` is only asked for ids: links from your entries may point at bundled entries. */
export function parseStoredGlossary(raw: unknown, bundled: readonly { id: string }[]): StoredResult {
  if (Array.isArray(raw)) {
    const result = parseStoredGlossary({ version: USER_GLOSSARY_VERSION, entries: raw, packs: [], hiddenBundled: [] }, bundled);
    return result.ok ? { ...result, migrated: true } : result;
  }
  if (!isRecord(raw)) return { ok: false, problems: [{ at: 'glossary', message: msg('problem_expected', msg('expect_object')) }] };
  const version = raw.version;
  if (version !== USER_GLOSSARY_VERSION) {
    const message =
      typeof version === 'number' && version > USER_GLOSSARY_VERSION
        ? msg('problem_glossaryNewer', version, USER_GLOSSARY_VERSION)
        : msg('problem_expectedGot', USER_GLOSSARY_VERSION, JSON.stringify(version) ?? msg('value_nothing'));
    return { ok: false, problems: [{ at: 'version', message }] };
  }
  const where = 'stored glossary';
  const envelope = v.safeParse(StoredGlossarySchema, raw);
  const envelopeProblems: UserProblem[] = issueList(envelope.issues).map(({ field, message }) => ({ where, field, message }));
  // As the options page has always listed them: a list that is none first, a hidden id that is none last.
  const problems = envelopeProblems.filter((p) => !p.field.includes('['));
  const entriesRaw = Array.isArray(raw.entries) ? raw.entries : [];
  const packsRaw = Array.isArray(raw.packs) ? raw.packs : [];

  const known = new Set([...bundled.map((e) => e.id), ...rawIds(entriesRaw), ...packsRaw.flatMap((p: unknown) => (isRecord(p) ? rawIds(p.entries) : []))]);
  const user = checkEntries(dropDanglingRelated(entriesRaw, known) as unknown[], {
    externalIds: known,
    where: (n) => `your entries › ${defaultWhere(n)}`,
  });
  problems.push(...user.problems);

  const packs: GlossaryPack[] = [];
  const packIds = new Set<string>();
  packsRaw.forEach((p: unknown, i) => {
    if (!isRecord(p)) {
      problems.push({ where: `packs[${i}]`, field: '', message: msg('problem_mustBeObject') });
      return;
    }
    const label = packLabel(p.name, i);
    const checked = checkPack({ ...p, entries: dropDanglingRelated(p.entries, known) }, { where: label, externalIds: known, checkId: true });
    problems.push(...checked.problems);
    if (checked.pack && packIds.has(checked.pack.id)) problems.push({ where: label, field: 'id', message: msg('problem_packIdTaken', checked.pack.id) });
    if (checked.pack) {
      packIds.add(checked.pack.id);
      packs.push(checked.pack);
    }
  });
  problems.push(...envelopeProblems.filter((p) => p.field.includes('[')));

  const total = user.entries.length + packs.reduce((n, p) => n + p.entries.length, 0);
  if (total > LIMITS.totalEntries) problems.push({ where, field: '', message: msg('problem_holdsEntries', total, LIMITS.totalEntries) });
  if (packs.length > LIMITS.packs) problems.push({ where, field: 'packs', message: msg('problem_tooManyPacks', packs.length, LIMITS.packs) });
  if (problems.length > 0 || !envelope.success) return { ok: false, problems: problems.map(toProblem) };
  return { ok: true, glossary: { version: USER_GLOSSARY_VERSION, entries: user.entries, packs, hiddenBundled: envelope.output.hiddenBundled }, migrated: false };
}
