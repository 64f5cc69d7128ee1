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
import { msg, type Problem } from '../../message';
import { checkEntries } from './check-entries';
import { checkPack, packLabel } from './packs';
import { LIMITS, USER_GLOSSARY_VERSION, toProblem, type GlossaryPack, type UserGlossary, type UserProblem } from './types';
import { isRecord } from '../../schema/issues';

export type StoredResult = { ok: true; glossary: UserGlossary; migrated: boolean } | { ok: false; problems: Problem[] };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
  const problems: UserProblem[] = [];
  const where = 'stored glossary';
  const packsRaw = Array.isArray(raw.packs) ? raw.packs : [];
  if (!Array.isArray(raw.entries)) problems.push({ where, field: 'entries', message: msg('problem_list') });
  if (!Array.isArray(raw.packs)) problems.push({ where, field: 'packs', message: msg('problem_list') });
  if (!Array.isArray(raw.hiddenBundled)) problems.push({ where, field: 'hiddenBundled', message: msg('problem_list') });

  const known = new Set([...bundled.map((e) => e.id), ...rawIds(raw.entries), ...packsRaw.flatMap((p: unknown) => (isRecord(p) ? rawIds(p.entries) : []))]);
  const userRaw = dropDanglingRelated(raw.entries, known);
  const user = checkEntries(Array.isArray(userRaw) ? userRaw : [], {
    externalIds: known,
    where: (n) => `your entries › ${n.startsWith('#') ? `entries[${n.slice(1)}]` : `entry "${n}"`}`,
  });
  problems.push(...user.problems);

  const packs: GlossaryPack[] = [];
  const packIds = new Set<string>();
  packsRaw.forEach((p: unknown, i) => {
    const at = `packs[${i}]`;
    if (!isRecord(p)) {
      problems.push({ where: at, field: '', message: msg('problem_mustBeObject') });
      return;
    }
    const label = packLabel(p.name, i);
    const checked = checkPack(
      { id: p.id, name: p.name, enabled: p.enabled, entries: dropDanglingRelated(p.entries, known) },
      { where: label, externalIds: known, checkId: true },
    );
    problems.push(...checked.problems);
    if (p.enabled === undefined) problems.push({ where: label, field: 'enabled', message: msg('problem_boolean') });
    if (checked.pack && packIds.has(checked.pack.id)) problems.push({ where: label, field: 'id', message: msg('problem_packIdTaken', checked.pack.id) });
    if (checked.pack) {
      packIds.add(checked.pack.id);
      packs.push(checked.pack);
    }
  });

  const hiddenBundled: string[] = [];
  (Array.isArray(raw.hiddenBundled) ? raw.hiddenBundled : []).forEach((id: unknown, i) => {
    if (typeof id !== 'string' || !ID.test(id)) problems.push({ where, field: `hiddenBundled[${i}]`, message: msg('problem_entryId') });
    else if (!hiddenBundled.includes(id)) hiddenBundled.push(id);
  });

  const total = user.entries.length + packs.reduce((n, p) => n + p.entries.length, 0);
  if (total > LIMITS.totalEntries) problems.push({ where, field: '', message: msg('problem_holdsEntries', total, LIMITS.totalEntries) });
  if (packs.length > LIMITS.packs) problems.push({ where, field: 'packs', message: msg('problem_tooManyPacks', packs.length, LIMITS.packs) });
  if (problems.length > 0) return { ok: false, problems: problems.map(toProblem) };
  return { ok: true, glossary: { version: USER_GLOSSARY_VERSION, entries: user.entries, packs, hiddenBundled }, migrated: false };
}
