/**
 * Query parameters of popup.html.
 *
 * - `?tab=<tabId>`: the page the popup is about. A real toolbar popup asks
 *   for the active tab instead; the popup page opened in a tab (the context
 *   menu's fallback where `action.openPopup()` is missing, and the end-to-end
 *   tests) has no "active tab" of its own, so it is told.
 * - `?q=<text>`: a search to start with (the context menu's selection).
 */
export interface PopupParams {
  tabId: number | null;
  query: string;
}

const MAX_QUERY = 200;

export function parsePopupParams(search: string): PopupParams {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  const tabId = tab !== null && /^\d{1,10}$/.test(tab) ? Number(tab) : null;
  return { tabId, query: (params.get('q') ?? '').slice(0, MAX_QUERY) };
}
