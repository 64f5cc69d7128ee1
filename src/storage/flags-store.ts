/**
 * The reader's flags ("wrong", "outdated") in `browser.storage.local`. They
 * never leave the browser except in a file the reader exports.
 *
 * - `flags`                 `{ version: 1, flags: EntryFlag[] }`
 * - `flags:lastGood`        a copy of the last valid value Klartext wrote,
 *                           used when `flags` turns out to be invalid
 * - `flags:backup-invalid`  an invalid `flags` value a save replaced
 *
 * Same rules as `settings-store.ts`: everything read is validated; nothing is
 * reset without the reader saving; no `browser.*` at module top level.
 */
import { browser } from 'wxt/browser';
import { parseStoredFlags } from '../core/flags/check';
import { mergeFlags, withFlag, withoutFlag } from '../core/flags/edit';
import { emptyFlags, FLAGS_VERSION, type EntryFlag, type StoredFlags } from '../core/flags/types';
import { toProblem } from '../core/glossary/user/types';
import { msg, type Problem } from '../core/message';
import { resolveStored, type ParseResult, type Resolved } from './last-good';
import { getStorageUsage, itemBytes } from './storage-bytes';

export const FLAGS_KEY = 'flags';
export const FLAGS_LAST_GOOD_KEY = 'flags:lastGood';
export const FLAGS_BACKUP_INVALID_KEY = 'flags:backup-invalid';

export type LoadedFlags = Resolved<StoredFlags>;

function parse(raw: unknown): ParseResult<StoredFlags> {
  const parsed = parseStoredFlags(raw);
  return parsed.ok ? parsed : { ok: false, problems: parsed.problems.map(toProblem) };
}

export function resolveFlags(raw: unknown, lastGoodRaw: unknown): LoadedFlags {
  return resolveStored(raw, lastGoodRaw, { parse, fallback: emptyFlags, fallbackName: msg('fallback_noFlags') });
}

export async function loadFlags(): Promise<LoadedFlags> {
  const stored = await browser.storage.local.get([FLAGS_KEY, FLAGS_LAST_GOOD_KEY]);
  return resolveFlags(stored[FLAGS_KEY], stored[FLAGS_LAST_GOOD_KEY]);
}

/** Calls `cb` with the flags whenever they change in any context; never writes. */
export function watchFlags(cb: (loaded: LoadedFlags) => void): () => void {
  let latest = 0;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || !(FLAGS_KEY in changes)) return;
    const call = ++latest;
    const newValue = changes[FLAGS_KEY]?.newValue;
    const lastGood =
      FLAGS_LAST_GOOD_KEY in changes
        ? Promise.resolve(changes[FLAGS_LAST_GOOD_KEY]?.newValue)
        : browser.storage.local.get(FLAGS_LAST_GOOD_KEY).then((s) => s[FLAGS_LAST_GOOD_KEY]);
    void lastGood.then((value) => {
      // A late lookup for an older change must not overwrite a newer one.
      if (call === latest) cb(resolveFlags(newValue, value));
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export type FlagsOutcome = { ok: true; flags: EntryFlag[] } | { ok: false; problems: Problem[] };

/** Validates and writes `flags` as the current and the last good value, if they fit the quota. */
async function save(flags: EntryFlag[]): Promise<FlagsOutcome> {
  const parsed = parseStoredFlags({ version: FLAGS_VERSION, flags });
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map(toProblem) };
  const value = parsed.value;
  const stored = await browser.storage.local.get([FLAGS_KEY, FLAGS_LAST_GOOD_KEY]);
  const items: Record<string, unknown> = { [FLAGS_KEY]: value, [FLAGS_LAST_GOOD_KEY]: value };
  const current = stored[FLAGS_KEY];
  if (current != null && !parseStoredFlags(current).ok) items[FLAGS_BACKUP_INVALID_KEY] = current;
  const { bytes, quota } = await getStorageUsage();
  const replaced = Object.keys(items).reduce((n, key) => n + (key in stored ? itemBytes(key, stored[key]) : 0), 0);
  const after = bytes - replaced + Object.entries(items).reduce((n, [key, v]) => n + itemBytes(key, v), 0);
  if (after > quota) return { ok: false, problems: [{ at: '', message: msg('problem_quota', Math.ceil(after / 1024), Math.floor(quota / 1024)) }] };
  await browser.storage.local.set(items);
  return { ok: true, flags: value.flags };
}

// Serialises read-modify-write cycles in this context. (The background, the
// popup and the options page each have their own; the last write wins.)
let queue: Promise<unknown> = Promise.resolve();

/**
 * Loads (the last good flags when the stored value is invalid), applies `fn`,
 * saves. A change that changes nothing writes nothing, so an invalid stored
 * value is only replaced by a real change.
 */
export function updateFlags(fn: (flags: readonly EntryFlag[]) => EntryFlag[]): Promise<FlagsOutcome> {
  const run = queue.then(async (): Promise<FlagsOutcome> => {
    const current = (await loadFlags()).value.flags;
    const next = fn(current);
    return JSON.stringify(next) === JSON.stringify(current) ? { ok: true, flags: current } : save(next);
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Flags an entry, replacing the reader's earlier flag on it. */
export function saveFlag(flag: EntryFlag): Promise<FlagsOutcome> {
  return updateFlags((flags) => withFlag(flags, flag));
}

export function removeFlag(entry: string): Promise<FlagsOutcome> {
  return updateFlags((flags) => withoutFlag(flags, entry));
}

/** The flags of an imported file, merged into the reader's (see `mergeFlags`). */
export async function importFlags(incoming: readonly EntryFlag[]): Promise<FlagsOutcome & { added: number; unchanged: number }> {
  let counts = { added: 0, unchanged: 0 };
  const outcome = await updateFlags((flags) => {
    const merged = mergeFlags(flags, incoming);
    counts = { added: merged.added, unchanged: merged.unchanged };
    return merged.flags;
  });
  return { ...outcome, ...counts };
}
