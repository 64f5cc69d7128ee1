import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { EntryLookup } from '../../src/background/entry-lookup';
import { handleMessage } from '../../src/background/messaging';
import { PendingSearch } from '../../src/background/pending-search';
import { createTabTracker, type TabTracker } from '../../src/background/tab-tracker';
import { installI18n } from '../ui/popup/i18n-stub';

type Sender = Browser.runtime.MessageSender;
const EXT = `chrome-extension://${fakeBrowser.runtime.id}`;
const contentScript = (tabId: number, frameId = 0): Sender => ({
  id: fakeBrowser.runtime.id,
  tab: { id: tabId } as Browser.tabs.Tab,
  frameId,
  url: 'https://example.com/article',
});
const popup: Sender = { id: fakeBrowser.runtime.id, url: `${EXT}/popup.html` };
const popupInTab: Sender = { id: fakeBrowser.runtime.id, url: `${EXT}/popup.html?tab=3`, tab: { id: 9 } as Browser.tabs.Tab };

let tracker: TabTracker;
let pending: PendingSearch;
let entries: EntryLookup;
const send = (raw: unknown, sender: Sender) => handleMessage(raw, sender, { tracker, pending, entries });
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  fakeBrowser.reset();
  installI18n('en');
  tracker = createTabTracker();
  pending = new PendingSearch();
  entries = new EntryLookup();
});

describe('handleMessage', () => {
  it('records page-terms reports per tab and frame', async () => {
    expect(send({ type: 'page-terms', state: 'active', terms: [{ id: 'ki', count: 2 }] }, contentScript(4))).toBeUndefined();
    send({ type: 'page-terms', state: 'active', terms: [{ id: 'moe', count: 1 }] }, contentScript(4, 8));
    await settle();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('2');
  });

  it('answers the popup with a tab’s merged terms', async () => {
    send({ type: 'page-terms', state: 'active', terms: [{ id: 'ki', count: 2 }] }, contentScript(4));
    send({ type: 'page-terms', state: 'active', terms: [{ id: 'ki', count: 1 }] }, contentScript(4, 8));
    await settle();
    expect(await send({ type: 'get-tab-terms', tabId: 4 }, popup)).toEqual({
      state: 'active',
      terms: [{ id: 'ki', count: 3 }],
      url: 'https://example.com/article',
    });
    expect(await send({ type: 'get-tab-terms', tabId: 77 }, popupInTab)).toBeNull();
  });

  it('hands a pending search to the popup once', async () => {
    pending.set('Sputnik');
    expect(await send({ type: 'get-pending-search' }, popup)).toEqual({ query: 'Sputnik' });
    expect(await send({ type: 'get-pending-search' }, popup)).toEqual({ query: null });
  });

  it('ignores malformed messages', async () => {
    for (const raw of [
      null,
      'page-terms',
      { type: 'page-terms', state: 'on', terms: [] },
      { type: 'page-terms', state: 'active', terms: [{ id: '<img>', count: 1 }] },
      { type: 'page-terms', state: 'active', terms: [{ id: 'ki', count: -1 }] },
      { type: 'get-tab-terms', tabId: '4' },
      { type: 'get-tab-terms', tabId: -1 },
      { type: 'set-settings', paused: true },
    ]) {
      expect(send(raw, contentScript(4))).toBeUndefined();
      expect(send(raw, popup)).toBeUndefined();
    }
    await settle();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });

  it('takes reports only from content scripts and requests only from its own pages', async () => {
    pending.set('x');
    // A content script (a page could only ever reach the background through one) cannot take the pending search…
    expect(send({ type: 'get-pending-search' }, contentScript(4))).toBeUndefined();
    expect(send({ type: 'get-tab-terms', tabId: 4 }, contentScript(4))).toBeUndefined();
    // …another extension cannot talk to it at all…
    expect(send({ type: 'get-pending-search' }, { ...popup, id: 'other-extension' })).toBeUndefined();
    expect(send({ type: 'page-terms', state: 'active', terms: [{ id: 'ki', count: 1 }] }, { ...contentScript(4), id: 'x' })).toBeUndefined();
    // …and an extension page cannot pose as a tab.
    send({ type: 'page-terms', state: 'active', terms: [{ id: 'ki', count: 1 }] }, popupInTab);
    await settle();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('');
    expect(pending.take()).toBe('x');
  });

  it('leaves messages meant for content scripts unanswered', () => {
    expect(send({ type: 'get-page-terms' }, popup)).toBeUndefined();
    expect(send({ type: 'reveal-term', id: 'ki' }, popup)).toBeUndefined();
  });
});

describe('get-entry', () => {
  it('answers a content script with the entry in the asked language, as text', async () => {
    const reply = (await send({ type: 'get-entry', id: 'openai', lang: 'en' }, contentScript(1))) as {
      view: { title: string; lang: string; short: string; related: { id: string }[] };
      isUserEntry: boolean;
    };
    expect(reply.isUserEntry).toBe(false);
    expect(reply.view).toMatchObject({ title: 'OpenAI', lang: 'en' });
    expect(reply.view.short.length).toBeGreaterThan(20);
    expect(reply.view.related.length).toBeGreaterThan(0);
  });

  it('answers null for an unknown id and nothing for a malformed request', async () => {
    expect(await send({ type: 'get-entry', id: 'no-such-term', lang: 'de' }, contentScript(1))).toEqual({
      view: null,
      isUserEntry: false,
    });
    expect(send({ type: 'get-entry', id: 'openai', lang: 'fr' }, contentScript(1))).toBeUndefined();
    expect(send({ type: 'get-entry', id: 'openai', lang: 'de' }, { id: 'other-extension', tab: { id: 1 } as Browser.tabs.Tab })).toBeUndefined();
  });
});
