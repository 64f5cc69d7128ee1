import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { runCommand, siteSwitchOn, toggleSiteOf } from '../../src/background/commands';
import { defaultSettings } from '../../src/core/settings/defaults';
import { isSiteEnabled } from '../../src/core/settings/site-rules';
import { loadSettings, saveSettings } from '../../src/storage/settings-store';

const tab = (url: string, id = 3) => ({ id, url }) as Browser.tabs.Tab;
const settings = async () => (await loadSettings()).settings;

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('toggle-site', () => {
  it('switches the tab’s site off and on again', async () => {
    await runCommand('toggle-site', tab('https://www.heise.de/news/x'));
    expect(isSiteEnabled(await settings(), 'www.heise.de')).toBe(false);
    expect(isSiteEnabled(await settings(), 'heise.de')).toBe(true);
    await runCommand('toggle-site', tab('https://www.heise.de/other'));
    expect(isSiteEnabled(await settings(), 'www.heise.de')).toBe(true);
    expect((await settings()).siteRules).toEqual([]);
  });

  it('uses the active tab when the browser passes none', async () => {
    const query = vi.fn(async () => [tab('http://127.0.0.1:8080/a')]);
    (fakeBrowser.tabs as unknown as Record<string, unknown>).query = query;
    await runCommand('toggle-site');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(isSiteEnabled(await settings(), '127.0.0.1:8080')).toBe(false);
  });

  it('falls back to the address the content script reported', async () => {
    await runCommand('toggle-site', { id: 3 } as Browser.tabs.Tab, { reportedUrl: async () => 'https://news.example/a' });
    expect(isSiteEnabled(await settings(), 'news.example')).toBe(false);
  });

  it('does nothing on pages without a switchable site', async () => {
    for (const url of ['chrome://extensions/', 'https://chromewebstore.google.com/detail/x', 'about:blank', 'file:///tmp/a.html']) {
      expect(await toggleSiteOf(url)).toBeNull();
    }
    expect(await toggleSiteOf(undefined)).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('flips the site rule, not the global pause', async () => {
    await saveSettings({ ...defaultSettings(), paused: true });
    expect(await toggleSiteOf('https://example.com/')).toBe(false);
    const s = await settings();
    expect(s.paused).toBe(true);
    expect(siteSwitchOn(s, 'example.com')).toBe(false);
    expect(await toggleSiteOf('https://example.com/')).toBe(true);
  });

  it('mirrors in “only listed sites” mode', async () => {
    await saveSettings({ ...defaultSettings(), siteMode: 'only-listed' });
    expect(await toggleSiteOf('https://example.com/')).toBe(true);
    expect((await settings()).siteRules).toEqual([{ host: 'example.com', includeSubdomains: false }]);
  });
});

describe('list-terms', () => {
  it('asks the top frame to open its term list', async () => {
    const send = vi.fn(async () => ({ shown: true }));
    (fakeBrowser.tabs as unknown as Record<string, unknown>).sendMessage = send;
    await runCommand('list-terms', tab('https://example.com/'));
    expect(send).toHaveBeenCalledWith(3, { type: 'show-term-list' }, { frameId: 0 });
  });

  it('opens the popup where no content script answers', async () => {
    (fakeBrowser.tabs as unknown as Record<string, unknown>).sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const openPopup = vi.fn(async () => {});
    (fakeBrowser.action as unknown as Record<string, unknown>).openPopup = openPopup;
    await runCommand('list-terms', tab('chrome://settings/'));
    expect(openPopup).toHaveBeenCalled();
  });
});

it('ignores unknown commands', async () => {
  await runCommand('format-disk', tab('https://example.com/'));
  expect(await fakeBrowser.storage.local.get(null)).toEqual({});
});
