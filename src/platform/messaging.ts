/**
 * Sending a request and getting its reply typed and validated (the map is
 * `core/protocol/replies.ts`). A reply that does not parse is null; a
 * receiver that is not there throws, as the browser does, so callers can
 * tell "nobody answered" from "no such thing".
 */
import { browser } from 'wxt/browser';
import type { ToBackgroundMessage, ToContentMessage } from '../core/protocol/messages';
import { parseReply, type ReplyTo } from '../core/protocol/replies';

/** To the background (from a content script, the popup or the options page). */
export async function sendToBackground<M extends ToBackgroundMessage>(message: M): Promise<ReplyTo<M['type']> | null> {
  return parseReply(message.type, await browser.runtime.sendMessage(message));
}

/** To one frame's content script in a tab (the top frame unless `frameId` says otherwise). */
export async function sendToTab<M extends ToContentMessage>(tabId: number, message: M, frameId = 0): Promise<ReplyTo<M['type']> | null> {
  return parseReply(message.type, await browser.tabs.sendMessage(tabId, message, { frameId }));
}
