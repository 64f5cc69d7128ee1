/**
 * A tab that starts loading drops its counts (and badge): they belonged to
 * the page before. `webNavigation` is not among Klartext's permissions, so
 * `tabs.onUpdated` status 'loading' is the signal — which also fires for
 * same-document navigations (SPA route changes, some hash changes) where the
 * content script keeps running and may not rescan. So a moment later the top
 * frame is asked for its counts; a new document's content script reports by
 * itself anyway, and wins if it has already.
 */
import { browser } from 'wxt/browser';
import { parsePageTermsReply, type GetPageTerms } from '../core/protocol/messages';
import type { TabTracker } from './tab-tracker';

export const RECHECK_DELAY_MS = 1000;

export async function tabStartedLoading(tabId: number, tracker: TabTracker): Promise<void> {
  await tracker.navigated(tabId);
  setTimeout(() => void recheckTopFrame(tabId, tracker), RECHECK_DELAY_MS);
}

export async function recheckTopFrame(tabId: number, tracker: TabTracker): Promise<void> {
  const message: GetPageTerms = { type: 'get-page-terms' };
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch {
    return; // No content script (yet): the new page reports when it has scanned.
  }
  const reply = parsePageTermsReply(raw);
  if (reply) await tracker.reportIfMissing(tabId, 0, reply);
}
