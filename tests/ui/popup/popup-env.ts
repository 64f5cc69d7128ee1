import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageTermsReply } from '../../../src/core/protocol/replies';
import { installI18n } from './i18n-stub';

export interface PopupEnv {
  /** What the background answers to `get-tab-terms` (null: nothing known). */
  tabTerms: (PageTermsReply & { url?: string | null }) | null;
  /** What the page's top frame answers to `get-page-terms`; 'absent' rejects like a tab without content script. */
  pageTerms: PageTermsReply | 'absent';
  pending: string | null;
  /** Messages the popup sent to the tab. */
  toTab: { tabId: number; message: unknown; options: unknown }[];
  revealShown: boolean;
}

const patch = (api: object, name: string, fn: unknown) => {
  (api as Record<string, unknown>)[name] = fn;
};

/**
 * A fake browser around the popup: one tab at `url` (id 42, also the active
 * one), a background answering the popup's requests, a content script
 * answering the page's.
 */
export function setupPopupEnv(options: { url: string | null; lang?: 'de' | 'en' }): PopupEnv {
  fakeBrowser.reset();
  installI18n(options.lang ?? 'en');
  const env: PopupEnv = { tabTerms: null, pageTerms: 'absent', pending: null, toTab: [], revealShown: true };
  // url null: hidden, as for a tab without activeTab (no "tabs" permission).
  const tab = { id: 42, active: true, windowId: 1, index: 0, ...(options.url === null ? {} : { url: options.url }) };
  patch(fakeBrowser.tabs, 'get', vi.fn(async (id: number) => (id === 42 ? tab : Promise.reject(new Error('No tab with id')))));
  patch(fakeBrowser.tabs, 'query', vi.fn(async () => [tab]));
  patch(
    fakeBrowser.runtime,
    'sendMessage',
    vi.fn(async (message: { type: string }) => {
      if (message.type === 'get-tab-terms') return env.tabTerms;
      if (message.type === 'get-pending-search') return { query: env.pending };
      throw new Error('unexpected');
    }),
  );
  patch(
    fakeBrowser.tabs,
    'sendMessage',
    vi.fn(async (tabId: number, message: { type: string }, opts: unknown) => {
      env.toTab.push({ tabId, message, options: opts });
      if (env.pageTerms === 'absent') throw new Error('Could not establish connection. Receiving end does not exist.');
      if (message.type === 'get-page-terms') return env.pageTerms;
      if (message.type === 'reveal-term') return { shown: env.revealShown };
      return undefined;
    }),
  );
  patch(fakeBrowser.runtime, 'openOptionsPage', vi.fn(async () => {}));
  return env;
}
