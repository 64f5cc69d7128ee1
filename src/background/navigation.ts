/**
 * A tab that starts loading drops its counts (and badge): they belonged to
 * the page before. `webNavigation` is not among Klartext's permissions, so
 * `tabs.onUpdated` status 'loading' is the signal — which also fires for
 * same-document navigations (SPA route changes, some hash changes) where the
 * content script keeps running and may not rescan. So a moment later the top
 * frame is asked for its counts; a new document's content script reports by
 * itself anyway, and wins if it has already.
 */
import { sendToTab } from '../platform/messaging';
import type { TabTracker } from './tab-tracker';

export const RECHECK_DELAY_MS = 1000;

export async function tabStartedLoading(tabId: number, tracker: TabTracker): Promise<void> {
  await tracker.navigated(tabId);
  setTimeout(() => void recheckTopFrame(tabId, tracker), RECHECK_DELAY_MS);
}

export async function recheckTopFrame(tabId: number, tracker: TabTracker): Promise<void> {
  let reply;
  try {
    reply = await sendToTab(tabId, { type: 'get-page-terms' });
  } catch {
    return; // No content script (yet): the new page reports when it has scanned.
  }
  if (reply) await tracker.reportIfMissing(tabId, 0, reply);
}
