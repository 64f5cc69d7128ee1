/**
 * The user's glossary in `browser.storage.local`, and the effective glossary
 * (bundled + yours + enabled packs) every part of Klartext reads.
 *
 * - `glossary`                 the user's glossary (`UserGlossary`, version 1)
 * - `glossary:lastGood`        a copy of the last valid value Klartext wrote,
 *                              used when `glossary` turns out to be invalid
 * - `glossary:backup-v0`       the prototype's value a migration replaced
 * - `glossary:backup-invalid`  an invalid `glossary` value a save replaced
 * - `glossary:prebuilt`        what frames match against, built from the
 *                              above (`prebuilt-glossary.ts`)
 *
 * Same rules as `settings-store.ts`: everything read is validated; nothing is
 * reset without the user saving; no `browser.*` at module top level.
 */
import { browser } from 'wxt/browser';
import { BUNDLED_GLOSSARY } from '../core/glossary/bundled';
import type { GlossaryEntry } from '../core/glossary/types';
import { parseStoredGlossary } from '../core/glossary/user/stored';
import { toProblem, type UserGlossary, type UserProblem } from '../core/glossary/user/types';
import { msg, type Problem } from '../core/message';
import {
  effectiveGlossaryOf,
  GLOSSARY_BACKUP_INVALID_KEY,
  GLOSSARY_KEY,
  GLOSSARY_LAST_GOOD_KEY,
  loadUserGlossaryFor,
  watchUserGlossaryFor,
  type EffectiveGlossaryOf,
  type LoadedUserGlossary,
} from './effective-glossary';
import { prebuiltFor } from './prebuilt-build';
import { PREBUILT_KEY } from './prebuilt-glossary';
import { getStorageUsage, itemBytes } from './storage-bytes';

export type { EntryOrigin } from '../core/glossary/user/types';
export {
  GLOSSARY_BACKUP_INVALID_KEY,
  GLOSSARY_BACKUP_V0_KEY,
  GLOSSARY_KEY,
  GLOSSARY_LAST_GOOD_KEY,
  type LoadedUserGlossary,
} from './effective-glossary';

/** Share of the storage quota above which the options page warns. */
export const QUOTA_WARNING_SHARE = 0.8;

export type EffectiveGlossary = EffectiveGlossaryOf<GlossaryEntry>;

/** A save that was refused; storage is left as it was. */
export class GlossarySaveError extends Error {
  override readonly name = 'GlossarySaveError';
  constructor(
    readonly kind: 'invalid' | 'quota',
    readonly problems: Problem[],
  ) {
    super(`Glossary not saved: ${problems.map((p) => `${p.at}: ${p.message.key}`).join('; ')}`);
  }
}

export function loadUserGlossary(): Promise<LoadedUserGlossary> {
  return loadUserGlossaryFor(BUNDLED_GLOSSARY);
}

export function watchUserGlossary(cb: (loaded: LoadedUserGlossary) => void): () => void {
  return watchUserGlossaryFor(BUNDLED_GLOSSARY, cb);
}

/** Bundled + your entries + enabled packs, without hidden bundled entries; each entry's origin. */
export async function loadEffectiveGlossary(): Promise<EffectiveGlossary> {
  return effectiveGlossaryOf(BUNDLED_GLOSSARY, await loadUserGlossary());
}

export function watchEffectiveGlossary(cb: (g: EffectiveGlossary) => void): () => void {
  return watchUserGlossary((loaded) => cb(effectiveGlossaryOf(BUNDLED_GLOSSARY, loaded)));
}

/**
 * Validates and writes `next` as both the current and the last good glossary,
 * after checking the two copies fit in the storage quota. Throws
 * `GlossarySaveError` and writes nothing otherwise.
 */
export async function saveUserGlossary(next: UserGlossary): Promise<UserGlossary> {
  const parsed = parseStoredGlossary(next, BUNDLED_GLOSSARY);
  if (!parsed.ok) throw new GlossarySaveError('invalid', parsed.problems);
  if (parsed.migrated) throw new GlossarySaveError('invalid', [{ at: 'version', message: msg('problem_expected', 1) }]);
  const value = parsed.glossary;
  const stored = await browser.storage.local.get([GLOSSARY_KEY, GLOSSARY_LAST_GOOD_KEY, PREBUILT_KEY]);
  const current = stored[GLOSSARY_KEY];
  // The frames' prebuilt form goes in the same write: open tabs get the new glossary with one change.
  const items: Record<string, unknown> = { [GLOSSARY_KEY]: value, [GLOSSARY_LAST_GOOD_KEY]: value, [PREBUILT_KEY]: prebuiltFor(value) };
  if (current != null && !parseStoredGlossary(current, BUNDLED_GLOSSARY).ok) items[GLOSSARY_BACKUP_INVALID_KEY] = current;

  const { bytes, quota } = await getStorageUsage();
  const replaced = Object.keys(items).reduce((n, key) => n + (key in stored ? itemBytes(key, stored[key]) : 0), 0);
  const after = bytes - replaced + Object.entries(items).reduce((n, [key, v]) => n + itemBytes(key, v), 0);
  if (after > quota) {
    throw new GlossarySaveError('quota', [{ at: '', message: msg('problem_quota', Math.ceil(after / 1024), Math.floor(quota / 1024)) }]);
  }
  await browser.storage.local.set(items);
  return value;
}

/** `saved` is false when the edit changed nothing, so nothing was written. */
export type UpdateOutcome = { ok: true; glossary: UserGlossary; saved: boolean } | { ok: false; problems: Problem[] };

// Serialises read-modify-write cycles in this context (two quick clicks on
// the options page must not both start from the same old glossary).
let queue: Promise<unknown> = Promise.resolve();

/**
 * Loads, applies `fn`, saves. `fn` gets the glossary in use (the last good
 * one when the stored value is invalid) and returns the next one, or problems
 * that stop the edit. Returning its argument writes nothing.
 */
export function updateUserGlossary(
  fn: (current: UserGlossary) => UserGlossary | { problems: readonly UserProblem[] },
): Promise<UpdateOutcome> {
  const run = queue.then(async (): Promise<UpdateOutcome> => {
    const { value } = await loadUserGlossary();
    const next = fn(value);
    if ('problems' in next) return { ok: false, problems: next.problems.map(toProblem) };
    if (next === value) return { ok: true, glossary: value, saved: false };
    try {
      return { ok: true, glossary: await saveUserGlossary(next), saved: true };
    } catch (error) {
      if (error instanceof GlossarySaveError) return { ok: false, problems: error.problems };
      throw error;
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
