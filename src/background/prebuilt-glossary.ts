/**
 * Keeps the prebuilt glossary (what frames match against) in step with the
 * user's glossary. Saves through `glossary-store.ts` write both at once; this
 * mends everything else: a first install or an update (another bundled
 * index), a migration, a value written by other means, a damaged copy.
 */
import { browser } from 'wxt/browser';
import { readPrebuiltWhole } from '../core/glossary/prebuilt/read';
import { isPrebuiltFrom } from '../core/glossary/prebuilt/build';
import { GLOSSARY_KEY, GLOSSARY_LAST_GOOD_KEY, loadUserGlossary } from '../storage/glossary-store';
import { BUNDLED_MATCH_INDEX, prebuiltFor } from '../storage/prebuilt-build';
import { PREBUILT_KEY } from '../storage/prebuilt-glossary';

/** Rebuilds the prebuilt glossary unless it is well-formed and built from what is stored now; true if it wrote. */
export async function refreshPrebuiltGlossary(): Promise<boolean> {
  const [loaded, stored] = await Promise.all([loadUserGlossary(), browser.storage.local.get(PREBUILT_KEY)]);
  const raw = stored[PREBUILT_KEY] as { bundled?: unknown; source?: unknown } | undefined;
  const read = readPrebuiltWhole(raw, BUNDLED_MATCH_INDEX.stamp);
  if (read.ok && raw && isPrebuiltFrom({ bundled: String(raw.bundled), source: String(raw.source) }, BUNDLED_MATCH_INDEX, loaded.value)) {
    return false;
  }
  await browser.storage.local.set({ [PREBUILT_KEY]: prebuiltFor(loaded.value) });
  return true;
}

const WATCHED = [GLOSSARY_KEY, GLOSSARY_LAST_GOOD_KEY, PREBUILT_KEY];

let queue: Promise<unknown> = Promise.resolve();

/** `refreshPrebuiltGlossary`, one at a time; failures are logged (frames keep what they have). */
export function refreshPrebuiltGlossaryQueued(): Promise<unknown> {
  queue = queue.then(refreshPrebuiltGlossary).catch((error: unknown) => {
    console.error('Klartext: could not prepare the glossary for pages', error);
  });
  return queue;
}

/**
 * Rebuilds after every change to the glossary or its prebuilt form (a write
 * of its own comes back here once, and is then found current). Not at every
 * wake of the service worker: on install, update and browser start, see the
 * background's entry. Returns the unsubscribe.
 */
export function keepPrebuiltGlossaryCurrent(): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && WATCHED.some((key) => key in changes)) void refreshPrebuiltGlossaryQueued();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
