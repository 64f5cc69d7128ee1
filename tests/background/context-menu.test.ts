import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { addFromMenu, ADD_MENU_ID, createContextMenu, explainFromMenu, MENU_ID, popupUrl } from '../../src/background/context-menu';
import { PendingSearch } from '../../src/background/pending-search';
import { installI18n } from '../ui/popup/i18n-stub';

const patch = (api: object, name: string, fn: unknown) => {
  (api as Record<string, unknown>)[name] = fn;
};
const info = (selectionText: string, frameId = 0) =>
  ({ menuItemId: MENU_ID, selectionText, frameId, editable: false, pageUrl: 'https://example.com/' }) as Browser.contextMenus.OnClickData;
const tab = { id: 7, url: 'https://example.com/' } as Browser.tabs.Tab;

let pending: PendingSearch;
let sendMessage: ReturnType<typeof vi.fn>;
let openPopup: ReturnType<typeof vi.fn>;
let createTab: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  installI18n('de');
  pending = new PendingSearch();
  sendMessage = vi.fn(async () => ({ shown: false }));
  openPopup = vi.fn(async () => {});
  createTab = vi.fn(async () => ({ id: 99 }));
  patch(fakeBrowser.tabs, 'sendMessage', sendMessage);
  patch(fakeBrowser.tabs, 'create', createTab);
  patch(fakeBrowser.action, 'openPopup', openPopup);
});

describe('explainFromMenu', () => {
  it('shows the popover when the selection is a term', async () => {
    sendMessage.mockResolvedValue({ shown: true });
    await explainFromMenu({ info: info(' DeepSeek R1 ', 4), tab, pending });
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'explain-selection', text: 'DeepSeek R1' }, { frameId: 4 });
    expect(openPopup).not.toHaveBeenCalled();
    expect(pending.take()).toBeNull();
  });

  it('opens the popup with the selection as its search otherwise', async () => {
    await explainFromMenu({ info: info('Sputnik  Schock'), tab, pending });
    expect(openPopup).toHaveBeenCalled();
    expect(pending.take()).toBe('Sputnik Schock');
  });

  it('treats a page without content script or a malformed reply as “not a term”', async () => {
    sendMessage.mockRejectedValue(new Error('Receiving end does not exist'));
    await explainFromMenu({ info: info('KI'), tab, pending });
    expect(openPopup).toHaveBeenCalledTimes(1);
    sendMessage.mockResolvedValue({ shown: 'yes' });
    await explainFromMenu({ info: info('KI'), tab, pending });
    expect(openPopup).toHaveBeenCalledTimes(2);
  });

  it('falls back to the popup page in a tab, query and page in its URL', async () => {
    openPopup.mockRejectedValue(new Error('not allowed'));
    await explainFromMenu({ info: info('mixtur of experts'), tab, pending });
    expect(createTab).toHaveBeenCalledWith({
      url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html?q=mixtur+of+experts&tab=7`,
    });
    expect(pending.take()).toBeNull();
  });

  it('does nothing for other menu items or an empty selection', async () => {
    await explainFromMenu({ info: { ...info('KI'), menuItemId: 'other' }, tab, pending });
    await explainFromMenu({ info: info('   '), tab, pending });
    expect(sendMessage).not.toHaveBeenCalled();
    expect(openPopup).not.toHaveBeenCalled();
  });
});

describe('createContextMenu', () => {
  it('adds one localised item for selected text', async () => {
    const create = vi.fn();
    patch(fakeBrowser.contextMenus, 'removeAll', vi.fn(async () => {}));
    patch(fakeBrowser.contextMenus, 'create', create);
    await createContextMenu();
    expect(create).toHaveBeenCalledWith({ id: MENU_ID, title: 'Mit Klartext erklären', contexts: ['selection'] });
  });
});

describe('popupUrl', () => {
  it('leaves out an unknown tab', () => {
    expect(popupUrl({ query: 'a&b', tabId: undefined })).toBe(`chrome-extension://${fakeBrowser.runtime.id}/popup.html?q=a%26b`);
  });
});

describe('addFromMenu ("Add to Klartext")', () => {
  const addInfo = (selectionText: string, frameId = 0) =>
    ({ menuItemId: ADD_MENU_ID, selectionText, frameId, editable: false, pageUrl: 'https://example.com/page' }) as Browser.contextMenus.OnClickData;
  const openedHash = () => decodeURIComponent(((createTab.mock.calls[0]?.[0] as { url: string } | undefined)?.url ?? '').split('#')[1] ?? '');

  it('asks the frame for the selection with its sentence and page, and opens the entry editor filled in beside the tab', async () => {
    sendMessage.mockResolvedValue({ term: 'Sparse Attention', lang: 'en-GB', example: 'The model uses sparse attention to save memory.', pageTitle: 'Model notes', url: 'https://example.com/notes' });
    await addFromMenu({ info: addInfo('Sparse Attention', 3), tab: { ...tab, index: 2 } });
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'get-selection-context' }, { frameId: 3 });
    const call = createTab.mock.calls[0]?.[0] as { url: string; index: number; openerTabId: number };
    expect(call.url.split('#')[0]).toMatch(/options\.html$/);
    expect(call.index).toBe(3);
    expect(call.openerTabId).toBe(7);
    const params = new URLSearchParams(openedHash().replace(/^add\?/, ''));
    expect(Object.fromEntries(params)).toEqual({ term: 'Sparse Attention', lang: 'en', example: 'The model uses sparse attention to save memory.', title: 'Model notes', url: 'https://example.com/notes' });
  });

  it('without a content script it still opens the editor with the selected text and the page address, in the interface language', async () => {
    sendMessage.mockRejectedValue(new Error('Receiving end does not exist'));
    await addFromMenu({ info: addInfo('  Flash   Attention '), tab });
    const params = new URLSearchParams(openedHash().replace(/^add\?/, ''));
    expect(params.get('term')).toBe('Flash Attention');
    expect(params.get('lang')).toBe('de');
    expect(params.get('url')).toBe('https://example.com/page');
  });

  it('a page cannot smuggle a script address into the source, and an empty selection opens nothing', async () => {
    sendMessage.mockResolvedValue({ term: 'X', lang: 'en', example: '', pageTitle: 'T', url: 'javascript:alert(1)' });
    await addFromMenu({ info: addInfo('X'), tab });
    expect(new URLSearchParams(openedHash().replace(/^add\?/, '')).get('url')).toBeNull();
    createTab.mockClear();
    sendMessage.mockResolvedValue(null);
    await addFromMenu({ info: addInfo('   '), tab });
    expect(createTab).not.toHaveBeenCalled();
  });

  it('ignores the other menu item', async () => {
    await addFromMenu({ info: info('DeepSeek'), tab });
    expect(createTab).not.toHaveBeenCalled();
  });
});
