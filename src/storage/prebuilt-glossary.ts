/**
 * The prebuilt glossary in `browser.storage.local` (key `glossary:prebuilt`),
 * as frames read it: see `src/core/glossary/prebuilt/`. Importing this pulls
 * in neither the user-glossary validator nor any bundled data.
 */
import { browser } from 'wxt/browser';
import { readPrebuilt, type PrebuiltRead } from '../core/glossary/prebuilt/read';

export const PREBUILT_KEY = 'glossary:prebuilt';

/** `onDamagedEntries`: see `readPrebuilt`. */
export async function loadPrebuiltGlossary(bundledStamp: string, onDamagedEntries?: () => void): Promise<PrebuiltRead> {
  const stored = await browser.storage.local.get(PREBUILT_KEY);
  return readPrebuilt(stored[PREBUILT_KEY], bundledStamp, onDamagedEntries);
}

/** Calls `cb` whenever the prebuilt glossary is written (or removed) in any context. */
export function watchPrebuiltGlossary(bundledStamp: string, onDamagedEntries: () => void, cb: (read: PrebuiltRead) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || !(PREBUILT_KEY in changes)) return;
    cb(readPrebuilt(changes[PREBUILT_KEY]?.newValue, bundledStamp, onDamagedEntries));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
