import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { createContextMenu, explainFromMenu, MENU_ID, popupUrl } from '../../src/background/context-menu';
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
