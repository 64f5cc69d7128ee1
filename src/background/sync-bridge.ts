import { browser } from 'wxt/browser';
import { applySyncChanges, pushLocal, touchesSyncedData } from '../storage/sync-engine';

/** How long local edits settle before they are copied: one sync write for a burst of edits (sync storage limits writes per minute). */
const PUSH_DELAY_MS = 500;

/**
 * The background's half of sync (see `storage/sync-engine.ts`): copies local
 * edits to sync storage and applies other browsers' changes locally. Both do
 * nothing while the reader has sync off. Listeners are added in the service
 * worker's first turn, so a change wakes it.
 */
export function startSyncBridge(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync') {
      void applySyncChanges(changes);
    } else if (area === 'local' && touchesSyncedData(changes)) {
      clearTimeout(timer);
      timer = setTimeout(() => void pushLocal(), PUSH_DELAY_MS);
    }
  });
  // Edits made while the worker slept (no listener ran for them) are copied now.
  void pushLocal();
}
