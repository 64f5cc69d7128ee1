/**
 * Settings in `browser.storage.local`: the one place that reads and writes
 * them. Everything read is validated (core/settings/validate); nothing the
 * user wrote is ever deleted or overwritten without the user saving:
 *
 * - `settings`            the current settings (what the user last saved)
 * - `settings:lastGood`   a copy of the last valid settings Klartext wrote,
 *                         used when `settings` turns out to be invalid
 * - `settings:backup-v0`  the pre-version settings a migration replaced
 * - `settings:backup-invalid`  an invalid `settings` value that a save
 *                         replaced, so even a broken value can be recovered
 *
 * No `browser.*` at module top level: importing this must not touch the API
 * (tests, and contexts where storage is not ready yet).
 */
import { browser } from 'wxt/browser';
import { msg, type Problem } from '../core/message';
import { defaultSettings } from '../core/settings/defaults';
import type { Settings } from '../core/settings/types';
import { parseSettings } from '../core/settings/validate';
import { expectedGot } from '../core/settings/describe-value';
import { resolveStored, type ResolvedSource } from './last-good';

export const SETTINGS_KEY = 'settings';
export const LAST_GOOD_KEY = 'settings:lastGood';
export const BACKUP_V0_KEY = 'settings:backup-v0';
export const BACKUP_INVALID_KEY = 'settings:backup-invalid';

export type SettingsSource = ResolvedSource;

export interface LoadedSettings {
  settings: Settings;
  /** Empty unless the stored value was invalid; then one line per problem. */
  problems: Problem[];
  source: SettingsSource;
}

/** Thrown by `saveSettings` for invalid settings; storage is left untouched. */
export class SettingsValidationError extends Error {
  override readonly name = 'SettingsValidationError';
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`Invalid settings: ${problems.map((p) => `${p.at}: ${p.message.key}`).join('; ')}`);
    this.problems = problems;
  }
}

export async function loadSettings(): Promise<LoadedSettings> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, LAST_GOOD_KEY]);
  const loaded = interpret(stored[SETTINGS_KEY], stored[LAST_GOOD_KEY]);
  if (loaded.source === 'migrated') {
    // Written back so every context sees v1 from now on; the original is kept
    // beside it because a migration is the one write the user did not ask for.
    try {
      await browser.storage.local.set({
        [BACKUP_V0_KEY]: stored[SETTINGS_KEY],
        [SETTINGS_KEY]: loaded.settings,
        [LAST_GOOD_KEY]: loaded.settings,
      });
    } catch (error) {
      // The migrated settings are still right to use; the next load retries.
      return { ...loaded, problems: [{ at: 'settings', message: msg('problem_migratedNotStored', String(error)) }] };
    }
  }
  return loaded;
}

/**
 * Validates and writes `next` as both the current and the last good settings.
 * Returns what was stored (normalised, e.g. colours in lower case).
 */
export async function saveSettings(next: Settings): Promise<Settings> {
  const parsed = parseSettings(next);
  // A v0 shape passed in as Settings would be migrated silently: refuse it.
  if (!parsed.ok) throw new SettingsValidationError(parsed.problems);
  if (parsed.migrated) throw new SettingsValidationError([{ at: 'version', message: expectedGot(1, next.version) }]);
  const current = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const items: Record<string, unknown> = { [SETTINGS_KEY]: parsed.settings, [LAST_GOOD_KEY]: parsed.settings };
  // The user saving is what allows replacing an invalid value; keep a copy
  // anyway, since they may not know what was in it.
  if (current != null && !parseSettings(current).ok) items[BACKUP_INVALID_KEY] = current;
  await browser.storage.local.set(items);
  return parsed.settings;
}

// Serialises read-modify-write cycles within this context, so two quick
// toggles in the popup cannot both start from the same old state. (Across
// contexts the last write wins; settings edits come from one UI at a time.)
let updateQueue: Promise<unknown> = Promise.resolve();

/**
 * Loads, applies `fn`, saves. When the stored value is invalid, `fn` gets the
 * last good (or default) settings. If `fn` returns its argument unchanged
 * nothing is written — in particular an invalid stored value is not replaced.
 */
export function updateSettings(fn: (settings: Settings) => Settings): Promise<Settings> {
  const run = updateQueue.then(async () => {
    const { settings } = await loadSettings();
    const next = fn(settings);
    return next === settings ? settings : saveSettings(next);
  });
  updateQueue = run.catch(() => undefined);
  return run;
}

/**
 * Calls `cb` whenever the stored settings change (in any context), with
 * validated settings: an invalid new value yields the last good settings (or
 * defaults) plus the problems. A removed value yields the defaults. Returns a
 * function that stops watching. The watcher never writes: a v0 value written
 * by some old code is passed on migrated, and migrated in storage by the next
 * `loadSettings`.
 */
export function watchSettings(cb: (settings: Settings, problems: Problem[]) => void): () => void {
  let latest = 0;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const call = ++latest;
    const newValue = changes[SETTINGS_KEY]?.newValue;
    const lastGood = LAST_GOOD_KEY in changes
      ? Promise.resolve(changes[LAST_GOOD_KEY]?.newValue)
      : browser.storage.local.get(LAST_GOOD_KEY).then((s) => s[LAST_GOOD_KEY]);
    void lastGood.then((lastGoodValue) => {
      // An older change whose lookup finished late must not overwrite a newer one.
      if (call !== latest) return;
      const loaded = interpret(newValue, lastGoodValue);
      cb(loaded.settings, loaded.problems);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Turns stored values into settings, by the rule every store follows
 * (`last-good.ts`): the stored value if valid, else the last good copy, else
 * the defaults.
 */
function interpret(raw: unknown, lastGoodRaw: unknown): LoadedSettings {
  const { value, problems, source } = resolveStored(raw, lastGoodRaw, {
    parse: (stored) => {
      const parsed = parseSettings(stored);
      return parsed.ok ? { ok: true, value: parsed.settings, migrated: parsed.migrated } : parsed;
    },
    fallback: defaultSettings,
  });
  return { settings: value, problems, source };
}
