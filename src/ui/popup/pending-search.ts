import { browser } from 'wxt/browser';
import { parsePendingSearchReply, type GetPendingSearch } from '../../core/protocol/messages';

/** The search the context menu left for this popup, if any (taken once). */
export async function takePendingSearch(): Promise<string | null> {
  const request: GetPendingSearch = { type: 'get-pending-search' };
  try {
    return parsePendingSearchReply(await browser.runtime.sendMessage(request))?.query ?? null;
  } catch {
    return null;
  }
}
