/**
 * "Explain with Klartext" on selected text: the popover for the selection if
 * it is a glossary term, otherwise the popup's search with the selection
 * filled in.
 */
import { browser, type Browser } from 'wxt/browser';
import { parseExplainSelectionReply, type ExplainSelection } from '../core/protocol/messages';
import { t } from '../platform/i18n';
import { openPopupIfPossible } from './commands';
import { selectionQuery, type PendingSearch } from './pending-search';

export const MENU_ID = 'klartext-explain';

/** Menus persist across service-worker restarts; (re)create them on install and update. */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title: t('contextMenuExplain'), contexts: ['selection'] });
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
  const message: ExplainSelection = { type: 'explain-selection', text };
  try {
    const reply = parseExplainSelectionReply(await browser.tabs.sendMessage(tabId, message, { frameId }));
    return reply?.shown === true;
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
