/**
 * The context menu on selected text. "Explain with Klartext": the popover for
 * the selection if it is a glossary term, otherwise the popup's search with
 * the selection filled in. "Add to Klartext": the options page's entry
 * editor, filled in with the selection, its sentence and the page.
 */
import { browser, type Browser } from 'wxt/browser';
import { cleanAddRequest } from '../core/add-term';
import { sendToTab } from '../platform/messaging';
import { addEntryUrl } from '../platform/add-entry-url';
import { t, uiLang } from '../platform/i18n';
import { openPopupIfPossible } from './commands';
import { selectionQuery, type PendingSearch } from './pending-search';

export const MENU_ID = 'klartext-explain';
export const ADD_MENU_ID = 'klartext-add';

/** Menus persist across service-worker restarts; (re)create them on install and update. */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title: t('contextMenuExplain'), contexts: ['selection'] });
  browser.contextMenus.create({ id: ADD_MENU_ID, title: t('contextMenuAdd'), contexts: ['selection'] });
}

/**
 * "Add to Klartext": asks the frame where the reader selected for the
 * selection's sentence, language, title and address (a page without
 * Klartext's content script, or a frame it does not run in, gives only the
 * selected text), and opens the entry editor filled in, beside the page.
 */
export async function addFromMenu(options: { info: Browser.contextMenus.OnClickData; tab: Browser.tabs.Tab | undefined }): Promise<void> {
  const { info, tab } = options;
  if (info.menuItemId !== ADD_MENU_ID) return;
  const tabId = tab?.id;
  const context = tabId !== undefined && tabId >= 0 ? await selectionContextIn(tabId, info.frameId ?? 0) : null;
  const request = cleanAddRequest(
    context ? { ...context, lang: primaryLang(context.lang) } : { term: info.selectionText ?? '', pageTitle: tab?.title, url: info.pageUrl },
    uiLang(),
  );
  if (!request) return;
  await browser.tabs.create({ url: addEntryUrl(request), ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}), ...(tabId !== undefined && tabId >= 0 ? { openerTabId: tabId } : {}) });
}

/** "de-AT" → "de"; the request falls back to the interface language for anything but German or English. */
function primaryLang(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

async function selectionContextIn(tabId: number, frameId: number) {
  try {
    return await sendToTab(tabId, { type: 'get-selection-context' }, frameId);
  } catch {
    return null;
  }
}

export async function explainFromMenu(options: {
  info: Browser.contextMenus.OnClickData;
  tab: Browser.tabs.Tab | undefined;
  pending: PendingSearch;
}): Promise<void> {
  const { info, tab, pending } = options;
  if (info.menuItemId !== MENU_ID) return;
  const query = selectionQuery(info.selectionText);
  if (!query) return;
  const tabId = tab?.id;
  if (tabId !== undefined && tabId >= 0 && (await explainInPage(tabId, info.frameId ?? 0, query))) return;

  pending.set(query);
  if (await openPopupIfPossible()) return;
  // No popup API (or not allowed without a fresh user gesture, as in Firefox
  // after an await): the popup page in a tab, told its query and page by URL.
  pending.take();
  await browser.tabs.create({ url: popupUrl({ query, tabId }) });
}

async function explainInPage(tabId: number, frameId: number, text: string): Promise<boolean> {
  try {
    return (await sendToTab(tabId, { type: 'explain-selection', text }, frameId))?.shown === true;
  } catch {
    return false;
  }
}

/** popup.html with `?q=` (the search) and `?tab=` (the page it is about); see src/ui/popup/popup-params.ts. */
export function popupUrl(options: { query: string; tabId: number | undefined }): string {
  const params = new URLSearchParams({ q: options.query });
  if (options.tabId !== undefined && options.tabId >= 0) params.set('tab', String(options.tabId));
  return `${browser.runtime.getURL('/popup.html')}?${params.toString()}`;
}
