/**
 * The options page's edits to the user's glossary. Pure: each returns the next
 * glossary (the same object when nothing changed) or the problems that stop
 * the edit, so nothing invalid ever reaches storage.
 */
import { msg } from '../../message';
import type { GlossaryEntry } from '../types';
import { checkEntries } from './check-entries';
import { slugify, uniqueId } from './csv-entries';
import { allIds } from './packs';
import { LIMITS, type UserGlossary, type UserProblem } from './types';

export type EditResult = { ok: true; next: UserGlossary; entry: GlossaryEntry } | { ok: false; problems: UserProblem[] };

/**
 * An id for a new entry that takes nothing over by accident: it avoids your
 * own, packs' and bundled ids (overriding a bundled entry is a deliberate
 * choice, made by editing it under its own id).
 */
export function newEntryId(title: string, user: UserGlossary, bundled: readonly GlossaryEntry[]): string {
  const taken = allIds([bundled, user.entries, ...user.packs.map((p) => p.entries)]);
  return uniqueId(slugify(title), taken);
}

/**
 * Adds or replaces one of your entries. `previousId` is the id being edited
 * (absent for a new entry); a changed id renames the entry in place and
 * updates links to it from your other entries.
 */
export function saveUserEntry(
  user: UserGlossary,
  raw: unknown,
  options: { previousId?: string; bundled: readonly GlossaryEntry[] },
): EditResult {
  const { previousId, bundled } = options;
  const rawId = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  const id = typeof rawId === 'string' ? rawId.trim() : '';
  const renamed = previousId !== undefined && previousId !== id;
  const relink = (e: GlossaryEntry): GlossaryEntry =>
    renamed && e.related.includes(previousId) ? { ...e, related: e.related.map((r) => (r === previousId ? id : r)) } : e;
  const entries = user.entries.map(relink);
  const others = entries.filter((e) => e.id !== previousId);
  if (previousId === undefined && others.length >= LIMITS.totalEntries) {
    return { ok: false, problems: [{ where: 'your entries', field: '', message: msg('problem_atMostEntries', LIMITS.totalEntries) }] };
  }
  const externalIds = allIds([bundled, ...user.packs.map((p) => p.entries)]);
  // Checked last so that a form it shares with another entry of yours is
  // reported on the entry being edited, not on the other one.
  const checked = checkEntries([...others, raw], { externalIds });
  const mine = checked.problems.filter((p) => p.where === `entry "${id}"` || p.where.startsWith('entries['));
  const problems = mine.length > 0 ? mine : checked.problems;
  const entry = checked.entries.find((e) => e.id === id);
  if (problems.length > 0 || !entry) {
    return { ok: false, problems: problems.length > 0 ? problems : [{ where: 'entry', field: 'id', message: msg('problem_missing') }] };
  }
  const index = entries.findIndex((e) => e.id === previousId);
  if (index === -1) entries.push(entry);
  else entries[index] = entry;
  return { ok: true, next: { ...user, entries }, entry };
}

/** Removes one of your entries, and links to it unless another entry still has its id. */
export function deleteUserEntry(user: UserGlossary, id: string, bundled: readonly GlossaryEntry[]): UserGlossary {
  if (!user.entries.some((e) => e.id === id)) return user;
  const stillThere = allIds([bundled, ...user.packs.map((p) => p.entries)]).has(id);
  const entries = user.entries
    .filter((e) => e.id !== id)
    .map((e) => (!stillThere && e.related.includes(id) ? { ...e, related: e.related.filter((r) => r !== id) } : e));
  return { ...user, entries };
}
export function setPackEnabled(user: UserGlossary, packId: string, enabled: boolean): UserGlossary {
  const pack = user.packs.find((p) => p.id === packId);
  if (!pack || pack.enabled === enabled) return user;
  return { ...user, packs: user.packs.map((p) => (p.id === packId ? { ...p, enabled } : p)) };
}

/** Removes a pack, and links from your entries and other packs to entries that went with it. */
export function removePack(user: UserGlossary, packId: string, bundled: readonly GlossaryEntry[]): UserGlossary {
  if (!user.packs.some((p) => p.id === packId)) return user;
  const packs = user.packs.filter((p) => p.id !== packId);
  const ids = allIds([bundled, user.entries, ...packs.map((p) => p.entries)]);
  const prune = (list: GlossaryEntry[]): GlossaryEntry[] =>
    list.map((e) => (e.related.every((r) => ids.has(r)) ? e : { ...e, related: e.related.filter((r) => ids.has(r)) }));
  return { ...user, entries: prune(user.entries), packs: packs.map((p) => ({ ...p, entries: prune(p.entries) })) };
}

export function setBundledHidden(user: UserGlossary, id: string, hidden: boolean): UserGlossary {
  const isHidden = user.hiddenBundled.includes(id);
  if (isHidden === hidden) return user;
  const hiddenBundled = hidden ? [...user.hiddenBundled, id] : user.hiddenBundled.filter((h) => h !== id);
  return { ...user, hiddenBundled };
}
