/**
 * Sync between `storage.local` (what every part of Klartext reads) and the
 * browser's `storage.sync`, only after the reader switched it on. Local stays
 * the source every context reads: a change from another browser is
 * validated and written to local, and every open tab, the popup and the
 * options page follow it as they follow any change. This browser's changes
 * are copied to sync item by item (see `core/sync/sync-items.ts`).
 *
 * `sync:state` (local only, never synced): whether sync is on, when each
 * item last changed, what was last copied, what stays local and the last
 * problems — for the options page to show.
 */
import { browser } from 'wxt/browser';
import { BUNDLED_GLOSSARY } from '../core/glossary/bundled';
import type { Problem } from '../core/message';
import { applyRemote, mergeOnSwitchOn, parseSyncItem, readSyncItem, syncItemsOf, type LocalState, type RemoteChange } from '../core/sync/sync-items';
import { parseSyncState, type SyncState } from '../core/sync/sync-state';
import { GLOSSARY_KEY, loadUserGlossary, saveUserGlossary } from './glossary-store';
import { loadSettings, saveSettings, SETTINGS_KEY } from './settings-store';

export const SYNC_STATE_KEY = 'sync:state';
export { parseSyncState, type SyncState };

/** Calls `cb` with the sync state whenever it changes (the options page shows it). */
export function watchSyncState(cb: (state: SyncState) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && SYNC_STATE_KEY in changes) cb(parseSyncState(changes[SYNC_STATE_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function loadSyncState(): Promise<SyncState> {
  return parseSyncState((await browser.storage.local.get(SYNC_STATE_KEY))[SYNC_STATE_KEY]);
}

async function saveSyncState(state: SyncState): Promise<void> {
  await browser.storage.local.set({ [SYNC_STATE_KEY]: state });
}

async function loadLocal(): Promise<LocalState> {
  const [{ settings }, { value }] = await Promise.all([loadSettings(), loadUserGlossary()]);
  return { settings, glossary: value };
}

async function saveLocal(before: LocalState, next: LocalState): Promise<void> {
  if (JSON.stringify(next.settings) !== JSON.stringify(before.settings)) await saveSettings(next.settings);
  if (JSON.stringify(next.glossary) !== JSON.stringify(before.glossary)) await saveUserGlossary(next.glossary);
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

// One sync step at a time in this context: a push must not interleave with an apply.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(step: () => Promise<T>): Promise<T> {
  const run = queue.then(step);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Copies this browser's changed items to sync, and removes entries deleted
 * here (or made private). Nothing happens while sync is off.
 */
export function pushLocal(now = Date.now()): Promise<SyncState> {
  return serial(async () => {
    const state = await loadSyncState();
    if (!state.enabled) return state;
    const { items, localOnly } = syncItemsOf(await loadLocal(), state.privateToSync);
    const toSet: Record<string, { at: number; data: unknown }> = {};
    const stamps = { ...state.stamps };
    const copied = { ...state.copied };
    for (const [key, data] of items) {
      const json = JSON.stringify(data);
      if (copied[key] === json) continue;
      toSet[key] = { at: now, data };
      stamps[key] = now;
      copied[key] = json;
    }
    const toRemove = Object.keys(copied).filter((key) => !items.has(key));
    for (const key of toRemove) {
      delete copied[key];
      delete stamps[key];
    }
    let error: string | null = null;
    try {
      if (Object.keys(toSet).length > 0) await browser.storage.sync.set(toSet);
      if (toRemove.length > 0) await browser.storage.sync.remove(toRemove);
    } catch (e) {
      // Quota, rate limit or sync off in the browser: local keeps everything; the next change tries again.
      error = errorText(e);
      const next = { ...state, localOnly, error };
      await saveSyncState(next);
      return next;
    }
    const next: SyncState = { ...state, stamps, copied, localOnly, error };
    await saveSyncState(next);
    return next;
  });
}

/**
 * Applies changes another browser made (as `storage.onChanged` reports them
 * for the sync area): each item validated, the later version of an item
 * winning, invalid ones reported and the local state kept.
 */
export function applySyncChanges(changes: Record<string, { newValue?: unknown }>): Promise<SyncState> {
  return serial(async () => {
    const state = await loadSyncState();
    if (!state.enabled) return state;
    const accepted: RemoteChange[] = [];
    const stamps = { ...state.stamps };
    const copied = { ...state.copied };
    const problems: Problem[] = [];
    for (const [key, { newValue }] of Object.entries(changes)) {
      const item = readSyncItem(newValue);
      const at = item ? item.at : null;
      // This browser's own write coming back, or an older version than the one here.
      if (at !== null && stamps[key] !== undefined && at <= (stamps[key] as number)) continue;
      if (newValue == null && copied[key] === undefined) continue;
      const change = parseSyncItem(key, newValue, BUNDLED_GLOSSARY);
      if (change.kind === 'invalid') problems.push(change.problem);
      else if (change.kind !== 'ignored') {
        accepted.push(change);
        if (at === null) {
          delete stamps[key];
          delete copied[key];
        } else {
          stamps[key] = at;
          copied[key] = JSON.stringify(item?.data);
        }
      }
    }
    const before = await loadLocal();
    const after = applyRemote(before, accepted);
    let error: string | null = state.error;
    try {
      await saveLocal(before, after);
    } catch (e) {
      error = errorText(e);
    }
    // What this browser would copy now is what it holds: no echo back.
    for (const [key, data] of syncItemsOf(after, state.privateToSync).items) if (stamps[key] !== undefined) copied[key] = JSON.stringify(data);
    const next: SyncState = { ...state, stamps, copied, problems: problems.length > 0 ? problems : state.problems, error };
    await saveSyncState(next);
    return next;
  });
}

/**
 * Switches sync on: what sync storage already holds (from another browser)
 * is joined with what is here (`mergeOnSwitchOn`: nothing here is
 * overwritten), the result kept here and copied to sync.
 */
export async function switchSyncOn(copySuffix: string): Promise<SyncState> {
  await serial(async () => {
    const remoteRaw = await browser.storage.sync.get(null);
    const problems: Problem[] = [];
    const remote: RemoteChange[] = [];
    for (const [key, value] of Object.entries(remoteRaw)) {
      const change = parseSyncItem(key, value, BUNDLED_GLOSSARY);
      if (change.kind === 'invalid') problems.push(change.problem);
      else if (change.kind !== 'ignored') remote.push(change);
    }
    const before = await loadLocal();
    await saveLocal(before, mergeOnSwitchOn(before, remote, copySuffix));
    // Nothing counts as copied yet: everything here is written to sync next, under new times.
    await saveSyncState({ ...(await loadSyncState()), enabled: true, asked: true, stamps: {}, copied: {}, problems, error: null });
  });
  return pushLocal();
}

/** Syncs one private entry after all (`on`), or keeps it local again (its copy in sync storage is removed). */
export async function syncPrivateEntry(id: string, on: boolean): Promise<SyncState> {
  await serial(async () => {
    const state = await loadSyncState();
    const ids = state.privateToSync.filter((x) => x !== id);
    await saveSyncState({ ...state, privateToSync: on ? [...ids, id] : ids });
  });
  return pushLocal();
}

/** Switches sync off: this browser stops copying; what sync storage holds stays there for the reader's other browsers. */
export async function switchSyncOff(): Promise<SyncState> {
  return serial(async () => {
    const next = { ...(await loadSyncState()), enabled: false, asked: true, error: null };
    await saveSyncState(next);
    return next;
  });
}

/** Whether a local change is one sync copies (settings or the user's glossary). */
export function touchesSyncedData(changes: Record<string, unknown>): boolean {
  return SETTINGS_KEY in changes || GLOSSARY_KEY in changes;
}

