import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { parseMessage } from '../../core/protocol/messages';
import { fetchPageTerms, findPage, pageAt, type PageInfo, type PageTerms } from './page-link';

export interface PageState {
  /** Still looking the tab up. */
  loading: boolean;
  page: PageInfo | null;
  /** null until asked. */
  terms: PageTerms | null;
}

/** Lets the background record a report before the popup asks for the merged counts. */
const REFRESH_DELAY_MS = 150;

/**
 * The page the popup is about and what Klartext found there, refreshed
 * whenever one of its frames reports a new scan (after a site switch, say).
 */
export function usePage(tabId: number | null): PageState {
  const [state, setState] = useState<PageState>({ loading: true, page: null, terms: null });
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let page: PageInfo | null = null;
    const refresh = async (): Promise<void> => {
      if (!page || page.restricted) return;
      const { terms, url } = await fetchPageTerms(page.tabId);
      if (page.url === null && url !== null) page = pageAt(page.tabId, url);
      if (live) setState({ loading: false, page, terms });
    };
    // Content scripts' reports reach every extension page, this one included.
    const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender): undefined => {
      const message = parseMessage(raw);
      if (message?.type !== 'page-terms' || !page || sender.tab?.id !== page.tabId) return undefined;
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), REFRESH_DELAY_MS);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    void findPage(tabId).then(async (found) => {
      page = found;
      if (!live) return;
      setState({ loading: false, page, terms: null });
      await refresh();
    });
    return () => {
      live = false;
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId]);
  return state;
}
