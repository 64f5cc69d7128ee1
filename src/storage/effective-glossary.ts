/**
 * The read side of the user's glossary, for any bundled list: the popup and
 * background merge it with the full bundled glossary (through
 * `glossary-store.ts`), the content script with its match index (forms and
 * titles only), so importing this module pulls in no bundled data.
 *
 * Storage keys and the rules for invalid data: see `glossary-store.ts`.
 */
import { browser } from 'wxt/browser';
import { mergeGlossary, type MergeableEntry } from '../core/glossary/user/merge';
import { msg, type Problem } from '../core/message';
import { parseStoredGlossary } from '../core/glossary/user/stored';
import { emptyUserGlossary, type EntryOrigin, type UserGlossary } from '../core/glossary/user/types';
import type { GlossaryEntry } from '../core/glossary/types';
import { resolveStored, type Resolved } from './last-good';

export const GLOSSARY_KEY = 'glossary';
export const GLOSSARY_LAST_GOOD_KEY = 'glossary:lastGood';
export const GLOSSARY_BACKUP_V0_KEY = 'glossary:backup-v0';
export const GLOSSARY_BACKUP_INVALID_KEY = 'glossary:backup-invalid';

export interface EffectiveGlossaryOf<T> {
  entries: T[];
  origins: ReadonlyMap<string, EntryOrigin>;
  /** Empty unless the stored glossary was invalid; then one line per problem. */
  problems: Problem[];
}

export type LoadedUserGlossary = Resolved<UserGlossary>;

export function resolveUserGlossary(raw: unknown, lastGoodRaw: unknown, bundled: readonly { id: string }[]): LoadedUserGlossary {
  return resolveStored(raw, lastGoodRaw, {
    parse: (value) => {
      const parsed = parseStoredGlossary(value, bundled);
      return parsed.ok ? { ok: true, value: parsed.glossary, migrated: parsed.migrated } : parsed;
    },
    fallback: emptyUserGlossary,
    fallbackName: msg('fallback_bundledOnly'),
  });
}

/** Loads and validates; a version-0 value is migrated and written back, the original kept. */
export async function loadUserGlossaryFor(bundled: readonly { id: string }[]): Promise<LoadedUserGlossary> {
  const stored = await browser.storage.local.get([GLOSSARY_KEY, GLOSSARY_LAST_GOOD_KEY]);
  const loaded = resolveUserGlossary(stored[GLOSSARY_KEY], stored[GLOSSARY_LAST_GOOD_KEY], bundled);
  if (loaded.source === 'migrated') {
    await browser.storage.local.set({
      [GLOSSARY_BACKUP_V0_KEY]: stored[GLOSSARY_KEY],
      [GLOSSARY_KEY]: loaded.value,
      [GLOSSARY_LAST_GOOD_KEY]: loaded.value,
    });
  }
  return loaded;
}

/** Calls `cb` with the user's glossary whenever it changes in any context; never writes. */
export function watchUserGlossaryFor(bundled: readonly { id: string }[], cb: (loaded: LoadedUserGlossary) => void): () => void {
  let latest = 0;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || !(GLOSSARY_KEY in changes)) return;
    const call = ++latest;
    const newValue = changes[GLOSSARY_KEY]?.newValue;
    const lastGood =
      GLOSSARY_LAST_GOOD_KEY in changes
        ? Promise.resolve(changes[GLOSSARY_LAST_GOOD_KEY]?.newValue)
        : browser.storage.local.get(GLOSSARY_LAST_GOOD_KEY).then((s) => s[GLOSSARY_LAST_GOOD_KEY]);
    void lastGood.then((lastGoodValue) => {
      // A late lookup for an older change must not overwrite a newer one.
      if (call === latest) cb(resolveUserGlossary(newValue, lastGoodValue, bundled));
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function effectiveGlossaryOf<T extends MergeableEntry>(
  bundled: readonly T[],
  loaded: Pick<LoadedUserGlossary, 'value' | 'problems'>,
): EffectiveGlossaryOf<T | GlossaryEntry> {
  const merged = mergeGlossary(bundled, loaded.value);
  return { entries: merged.entries, origins: merged.origins, problems: loaded.problems };
}

/**
 * The effective glossary over `bundled` — e.g. the content script's match
 * index: `loadEffectiveGlossaryFor(BUNDLED_INDEX)` gives match entries for
 * the bundled terms and full entries for the user's.
 */
export async function loadEffectiveGlossaryFor<T extends MergeableEntry>(bundled: readonly T[]): Promise<EffectiveGlossaryOf<T | GlossaryEntry>> {
  return effectiveGlossaryOf(bundled, await loadUserGlossaryFor(bundled));
}

export function watchEffectiveGlossaryFor<T extends MergeableEntry>(
  bundled: readonly T[],
  cb: (g: EffectiveGlossaryOf<T | GlossaryEntry>) => void,
): () => void {
  return watchUserGlossaryFor(bundled, (loaded) => cb(effectiveGlossaryOf(bundled, loaded)));
}
