/**
 * The background's side of the message protocol. Every message is parsed
 * first (core/protocol); then the sender must be the right kind of Klartext
 * context: page reports only from our content scripts in a tab, requests only
 * from our own extension pages. Anything else gets no answer.
 */
import { browser, type Browser } from 'wxt/browser';
import { parseExplainSelectionReply, parseMessage, type RevealTerm, type PendingSearchReply, type TabTermsReply } from '../core/protocol/messages';
import type { EntryLookup } from './entry-lookup';
import { flagFromPopover } from './flag-entry';
import type { PendingSearch } from './pending-search';
import type { TabTracker } from './tab-tracker';

export interface MessageDeps {
  tracker: TabTracker;
  pending: PendingSearch;
  entries: EntryLookup;
}

export function handleMessage(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  deps: MessageDeps,
): Promise<unknown> | undefined {
  const message = parseMessage(raw);
  if (!message || sender.id !== browser.runtime.id) return undefined;
  switch (message.type) {
    case 'page-terms': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0 || isExtensionPage(sender)) return undefined;
      const url = sender.url && sender.url.length <= 4096 ? sender.url : undefined;
      void deps.tracker.report(tabId, sender.frameId ?? 0, { state: message.state, terms: message.terms, url });
      return undefined;
    }
    case 'get-pending-search': {
      if (!isExtensionPage(sender)) return undefined;
      const reply: PendingSearchReply = { query: deps.pending.take() };
      return Promise.resolve(reply);
    }
    case 'get-tab-terms': {
      if (!isExtensionPage(sender)) return undefined;
      return deps.tracker.summary(message.tabId).then((s): TabTermsReply | null => s ?? null);
    }
    case 'reveal-in-tab': {
      if (!isExtensionPage(sender)) return undefined;
      return revealInFrames(message.tabId, message.id, deps.tracker);
    }
    case 'get-entry': {
      // Asked by content scripts for their popovers; the reply is text only.
      if (sender.tab?.id === undefined && !isExtensionPage(sender)) return undefined;
      return deps.entries.lookup(message.id, message.lang);
    }
    case 'flag-entry': {
      // From a popover's flag form; stored here, with the title from the background's own glossary.
      if (sender.tab?.id === undefined && !isExtensionPage(sender)) return undefined;
      return flagFromPopover(message, deps.entries);
    }
    default:
      // Messages for content scripts; the background does not answer them.
      return undefined;
  }
}

export function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  if (!sender.url) return false;
  try {
    return new URL(sender.url).origin === new URL(browser.runtime.getURL('/popup.html')).origin;
  } catch {
    return false;
  }
}

/** Asks the frames that found the term, top first, until one shows it. */
async function revealInFrames(tabId: number, id: string, tracker: TabTracker): Promise<{ shown: boolean }> {
  const message: RevealTerm = { type: 'reveal-term', id };
  for (const frameId of await tracker.framesWith(tabId, id)) {
    try {
      const reply = parseExplainSelectionReply(await browser.tabs.sendMessage(tabId, message, { frameId }));
      if (reply?.shown) return { shown: true };
    } catch {
      // The frame went away: try the next.
    }
  }
  return { shown: false };
}
