/**
 * What Klartext keeps in the browser's sync storage when the reader switches
 * sync on, as items that fit its quotas: the settings (site rules and known
 * terms included) as one item, the list of hidden bundled entries as one,
 * and each of the reader's own entries as one. Packs, private entries (unless
 * the reader asks for one) and anything too large stay local, and the reader
 * is told which.
 *
 * Each item carries the time it was changed (`at`): when two browsers change
 * the same item, the later change wins whole; items are never merged field
 * by field.
 */
import * as v from 'valibot';
import { entryTitle } from '../glossary/localized';
import { itemBytes } from '../item-bytes';
import { parseStoredGlossary } from '../glossary/user/stored';
import { USER_GLOSSARY_VERSION, type UserGlossary } from '../glossary/user/types';
import type { GlossaryEntry } from '../glossary/types';
import { msg, type Problem } from '../message';
import type { Settings } from '../settings/types';
import { parseSettings } from '../settings/validate';

export const SYNC_SETTINGS_KEY = 'k:settings';
export const SYNC_HIDDEN_KEY = 'k:hidden';
export const SYNC_ENTRY_PREFIX = 'k:e:';

/** Chrome's sync quotas (Firefox's are alike): per item, key and JSON value together; and in all. */
export const SYNC_QUOTA = { perItem: 8192, total: 102_400 } as const;

/** One item in sync storage: what it holds and when it was changed. */
const SyncItemSchema = v.object({
  /** When this browser (or another) last changed it, ms since 1970. */
  at: v.number(),
  data: v.unknown(),
});
export type SyncItem = v.InferOutput<typeof SyncItemSchema>;

/** An item as sync storage holds it, or null for anything else (a removed item, another extension's data). */
export function readSyncItem(raw: unknown): SyncItem | null {
  const item = v.safeParse(SyncItemSchema, raw);
  return item.success ? item.output : null;
}

export type { LocalOnly } from './sync-state';
import type { LocalOnly } from './sync-state';

export interface LocalState {
  settings: Settings;
  glossary: UserGlossary;
}

export function entryKey(id: string): string {
  return `${SYNC_ENTRY_PREFIX}${id}`;
}

const titleOf = (e: GlossaryEntry) => entryTitle(e, 'de');

/**
 * The items the local state becomes (their data; times are added by the
 * caller), in the order they claim the quota: settings, hidden entries, then
 * entries by id. Whatever does not fit, or must not leave, is in `localOnly`.
 */
export function syncItemsOf(state: LocalState, privateToSync: readonly string[] = []): { items: Map<string, unknown>; localOnly: LocalOnly } {
  const items = new Map<string, unknown>();
  const localOnly: LocalOnly = { packs: state.glossary.packs.map((p) => p.name), private: [], tooLarge: [] };
  // Room for each item's time, which the caller adds ({"at":…,"data":…}).
  const wrapped = (key: string, data: unknown) => itemBytes(key, { at: 1e13, data });
  let total = 0;
  const add = (key: string, data: unknown): boolean => {
    const bytes = wrapped(key, data);
    if (bytes > SYNC_QUOTA.perItem || total + bytes > SYNC_QUOTA.total) return false;
    total += bytes;
    items.set(key, data);
    return true;
  };
  add(SYNC_SETTINGS_KEY, state.settings);
  add(SYNC_HIDDEN_KEY, state.glossary.hiddenBundled);
  for (const entry of [...state.glossary.entries].sort((a, b) => a.id.localeCompare(b.id))) {
    // A private entry syncs only when the reader asked for that one.
    if (entry.private && !privateToSync.includes(entry.id)) localOnly.private.push({ id: entry.id, title: titleOf(entry) });
    else if (!add(entryKey(entry.id), entry)) localOnly.tooLarge.push(titleOf(entry));
  }
  return { items, localOnly };
}

/** One item from sync storage, validated: what it changes, or the problem with it. */
export type RemoteChange =
  | { kind: 'settings'; settings: Settings }
  | { kind: 'hidden'; ids: string[] }
  | { kind: 'entry'; id: string; entry: GlossaryEntry | null }
  | { kind: 'invalid'; problem: Problem }
  | { kind: 'ignored' };

export function parseSyncItem(key: string, raw: unknown, bundled: readonly { id: string }[]): RemoteChange {
  const where = `sync › ${key}`;
  if (!key.startsWith('k:')) return { kind: 'ignored' };
  // A removed item: only an entry can be removed (deleted in another browser).
  if (raw == null) return key.startsWith(SYNC_ENTRY_PREFIX) ? { kind: 'entry', id: key.slice(SYNC_ENTRY_PREFIX.length), entry: null } : { kind: 'ignored' };
  const item = readSyncItem(raw);
  if (!item) return { kind: 'invalid', problem: { at: where, message: msg('problem_expected', msg('expect_object')) } };
  const { data } = item;
  if (key === SYNC_SETTINGS_KEY) {
    const parsed = parseSettings(data);
    return parsed.ok && !parsed.migrated ? { kind: 'settings', settings: parsed.settings } : { kind: 'invalid', problem: firstProblem(where, parsed.ok ? [] : parsed.problems) };
  }
  const asGlossary = (entries: unknown, hidden: unknown) => parseStoredGlossary({ version: USER_GLOSSARY_VERSION, entries, packs: [], hiddenBundled: hidden }, bundled);
  if (key === SYNC_HIDDEN_KEY) {
    const parsed = asGlossary([], data);
    return parsed.ok ? { kind: 'hidden', ids: parsed.glossary.hiddenBundled } : { kind: 'invalid', problem: firstProblem(where, parsed.problems) };
  }
  if (key.startsWith(SYNC_ENTRY_PREFIX)) {
    const id = key.slice(SYNC_ENTRY_PREFIX.length);
    const parsed = asGlossary([data], []);
    const entry = parsed.ok ? parsed.glossary.entries[0] : undefined;
    if (entry && entry.id === id) return { kind: 'entry', id, entry };
    return { kind: 'invalid', problem: firstProblem(where, parsed.ok ? [] : parsed.problems) };
  }
  return { kind: 'ignored' };
}

function firstProblem(where: string, problems: readonly Problem[]): Problem {
  const first = problems[0];
  return first ? { at: `${where} › ${first.at}`, message: first.message } : { at: where, message: msg('problem_expected', msg('expect_object')) };
}

/** The local state with remote changes applied (each whole: the later change of an item wins). */
export function applyRemote(state: LocalState, changes: readonly RemoteChange[]): LocalState {
  let { settings, glossary } = state;
  for (const change of changes) {
    if (change.kind === 'settings') settings = change.settings;
    else if (change.kind === 'hidden') glossary = { ...glossary, hiddenBundled: change.ids };
    else if (change.kind === 'entry') {
      const others = glossary.entries.filter((e) => e.id !== change.id);
      const at = glossary.entries.findIndex((e) => e.id === change.id);
      if (!change.entry) glossary = { ...glossary, entries: others };
      else if (at < 0) glossary = { ...glossary, entries: [...glossary.entries, change.entry] };
      else glossary = { ...glossary, entries: glossary.entries.map((e, i) => (i === at ? (change.entry as GlossaryEntry) : e)) };
    }
  }
  return { settings, glossary };
}

/**
 * Switching sync on with data on both sides keeps both, visibly: the lists
 * (site rules, known terms, hidden entries) are joined; for the other
 * settings this browser's values stay; an entry both sides have in different
 * versions is kept twice, the other browser's under a new id and with
 * `suffix` after its title, so the reader sees both and chooses.
 */
export function mergeOnSwitchOn(local: LocalState, remote: readonly RemoteChange[], suffix: string): LocalState {
  let { settings, glossary } = local;
  const ids = new Set(glossary.entries.map((e) => e.id));
  for (const change of remote) {
    if (change.kind === 'settings') {
      const rules = [...settings.siteRules];
      for (const r of change.settings.siteRules) if (!rules.some((x) => x.host === r.host)) rules.push(r);
      settings = { ...settings, siteRules: rules, knownTerms: [...new Set([...settings.knownTerms, ...change.settings.knownTerms])] };
    } else if (change.kind === 'hidden') {
      glossary = { ...glossary, hiddenBundled: [...new Set([...glossary.hiddenBundled, ...change.ids])] };
    } else if (change.kind === 'entry' && change.entry) {
      const mine = glossary.entries.find((e) => e.id === change.id);
      if (!mine) {
        glossary = { ...glossary, entries: [...glossary.entries, change.entry] };
        ids.add(change.id);
      } else if (JSON.stringify(mine) !== JSON.stringify(change.entry)) {
        let n = 2;
        while (ids.has(`${change.id}-${n}`)) n++;
        const id = `${change.id}-${n}`;
        ids.add(id);
        const title = { de: change.entry.title.de ? `${change.entry.title.de} ${suffix}` : '', en: change.entry.title.en ? `${change.entry.title.en} ${suffix}` : '' };
        // The copy cannot claim the same forms a second time: its only forms are its marked titles, so it is
        // listed and found in the search, not drawn on pages, until the reader keeps one of the two.
        const forms = { de: title.de ? [title.de] : [], en: title.en ? [title.en] : [] };
        glossary = { ...glossary, entries: [...glossary.entries, { ...change.entry, id, title, forms }] };
      }
    }
  }
  return { settings, glossary };
}
