/**
 * The popup's link to the page it is about: which tab, its site, and what
 * Klartext found there.
 */
import { browser } from 'wxt/browser';
import type { PageTermsReply } from '../../core/protocol/replies';
import { sendToBackground, sendToTab } from '../../platform/messaging';
import { hostFromUrl, isRestrictedUrl } from '../../core/settings/site-rules';

export interface PageInfo {
  tabId: number;
  /**
   * null while the browser hides it: without the "tabs" permission a tab's
   * address is visible only under activeTab (the real popup has it; the popup
   * page opened in a tab does not). The content script's reports fill it in.
   */
  url: string | null;
  /** The site a rule can name, or null (unknown, file:, data:, browser pages…). */
  host: string | null;
  /** Browsers keep extensions out of this page, whatever Klartext's settings. */
  restricted: boolean;
}

/** What Klartext found on the page, or 'unreachable' when no content script answered. */
export type PageTerms = PageTermsReply | 'unreachable';

export async function findPage(tabId: number | null): Promise<PageInfo | null> {
  let tab: { id?: number; url?: string } | undefined;
  try {
    tab = tabId !== null ? await browser.tabs.get(tabId) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  } catch {
    return null; // The tab closed, or never existed.
  }
  if (tab?.id === undefined) return null;
  return pageAt(tab.id, tab.url ?? null);
}

export function pageAt(tabId: number, url: string | null): PageInfo {
  return { tabId, url, host: url ? hostFromUrl(url) : null, restricted: url !== null && isRestrictedUrl(url) };
}

/**
 * The tab's terms merged over all its frames, as the background counted them
 * for the badge (with the address the top frame reported from); when it has
 * nothing (yet), the top frame's own answer.
 */
export async function fetchPageTerms(tabId: number): Promise<{ terms: PageTerms; url: string | null }> {
  try {
    const merged = await sendToBackground({ type: 'get-tab-terms', tabId });
    if (merged) return { terms: { state: merged.state, terms: merged.terms }, url: merged.url };
  } catch {
    // Background not answering: ask the page itself.
  }
  try {
    const reply = await sendToTab(tabId, { type: 'get-page-terms' });
    return { terms: reply ?? 'unreachable', url: null };
  } catch {
    return { terms: 'unreachable', url: null };
  }
}

/** Scrolls the page to the term's next occurrence and opens its popover there. */
export async function revealTerm(tabId: number, id: string): Promise<boolean> {
  // The background knows which frames found the term (a term may be only in an iframe).
  try {
    if ((await sendToBackground({ type: 'reveal-in-tab', tabId, id }))?.shown) return true;
  } catch {
    // Background not answering: ask the top frame itself.
  }
  try {
    return (await sendToTab(tabId, { type: 'reveal-term', id }))?.shown === true;
  } catch {
    return false;
  }
}
