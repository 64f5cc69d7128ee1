/**
 * The background's side of the message protocol. Every message is parsed
 * first (core/protocol); then the sender must be the right kind of Klartext
 * context: page reports only from our content scripts in a tab, requests only
 * from our own extension pages. Anything else gets no answer.
 */
import { browser, type Browser } from 'wxt/browser';
import { parseToBackground, type ToBackgroundMessage } from '../core/protocol/messages';
import { dispatch, type Handlers } from '../core/protocol/replies';
import { sendToTab } from '../platform/messaging';
import type { EntryLookup } from './entry-lookup';
import { flagFromPopover } from './flag-entry';
import type { PendingSearch } from './pending-search';
import type { TabTracker } from './tab-tracker';

export interface MessageDeps {
  tracker: TabTracker;
  pending: PendingSearch;
  entries: EntryLookup;
}

type Sender = Browser.runtime.MessageSender;

export function handleMessage(raw: unknown, sender: Sender, deps: MessageDeps): Promise<unknown> | undefined {
  // Messages for content scripts are not the background's to answer.
  const message = parseToBackground(raw);
  if (!message || sender.id !== browser.runtime.id) return undefined;
  return dispatch(handlers(deps), message, sender);
}

function handlers(deps: MessageDeps): Handlers<ToBackgroundMessage, Sender> {
  // Asked by content scripts for their popovers, or by our own pages.
  const fromTabOrPage = (sender: Sender) => sender.tab?.id !== undefined || isExtensionPage(sender);
  return {
    'page-terms': (message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0 || isExtensionPage(sender)) return undefined;
      const url = sender.url && sender.url.length <= 4096 ? sender.url : undefined;
      void deps.tracker.report(tabId, sender.frameId ?? 0, { state: message.state, terms: message.terms, url });
      return undefined;
    },
    'get-pending-search': (_message, sender) => (isExtensionPage(sender) ? { query: deps.pending.take() } : undefined),
    'get-tab-terms': (message, sender) => (isExtensionPage(sender) ? deps.tracker.summary(message.tabId).then((s) => s ?? null) : undefined),
    'reveal-in-tab': (message, sender) => (isExtensionPage(sender) ? revealInFrames(message.tabId, message.id, deps.tracker) : undefined),
    // The reply is text only.
    'get-entry': (message, sender) => (fromTabOrPage(sender) ? deps.entries.lookup(message.id, message.lang) : undefined),
    // From a popover's flag form; stored here, with the title from the background's own glossary.
    'flag-entry': (message, sender) => (fromTabOrPage(sender) ? flagFromPopover(message, deps.entries) : undefined),
  };
}

export function isExtensionPage(sender: Sender): boolean {
  if (!sender.url) return false;
  try {
    return new URL(sender.url).origin === new URL(browser.runtime.getURL('/popup.html')).origin;
  } catch {
    return false;
  }
}

/** Asks the frames that found the term, top first, until one shows it. */
async function revealInFrames(tabId: number, id: string, tracker: TabTracker): Promise<{ shown: boolean }> {
  for (const frameId of await tracker.framesWith(tabId, id)) {
    try {
      if ((await sendToTab(tabId, { type: 'reveal-term', id }, frameId))?.shown) return { shown: true };
    } catch {
      // The frame went away: try the next.
    }
  }
  return { shown: false };
}
