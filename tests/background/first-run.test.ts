import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleInstalled } from '../../src/background/first-run';
import { WHATS_NEW_SEEN_KEY } from '../../src/storage/whats-new-store';

const patch = (api: object, name: string, fn: unknown) => {
  (api as Record<string, unknown>)[name] = fn;
};
let createTab: ReturnType<typeof vi.fn>;
/** A built extension, not WXT's dev server. */
const PACKED = { devServer: false };
const seen = async () => (await fakeBrowser.storage.local.get(WHATS_NEW_SEEN_KEY))[WHATS_NEW_SEEN_KEY];

beforeEach(() => {
  fakeBrowser.reset();
  createTab = vi.fn(async () => ({ id: 5 }));
  patch(fakeBrowser.tabs, 'create', createTab);
  patch(fakeBrowser.runtime, 'getManifest', () => ({ version: '0.3.0' }));
});

test('install: the welcome page opens in a new tab, and this version counts as seen', async () => {
  await handleInstalled({ reason: 'install' }, PACKED);
  expect(createTab).toHaveBeenCalledExactlyOnceWith({ url: 'chrome-extension://test-extension-id/welcome.html' });
  expect(await seen()).toBe('0.3.0');
});

test('an install event over existing storage (a restart with --load-extension) opens nothing', async () => {
  await fakeBrowser.storage.local.set({ [WHATS_NEW_SEEN_KEY]: '0.2.0' });
  await handleInstalled({ reason: 'install' }, PACKED);
  expect(createTab).not.toHaveBeenCalled();
  expect(await seen()).toBe('0.2.0');
});

test('update: no tab; an older "seen" stays, so its newer notes are due', async () => {
  await fakeBrowser.storage.local.set({ [WHATS_NEW_SEEN_KEY]: '0.1.0' });
  await handleInstalled({ reason: 'update', previousVersion: '0.2.0' }, PACKED);
  expect(createTab).not.toHaveBeenCalled();
  expect(await seen()).toBe('0.1.0');
});

test('update from a version that stored nothing (or garbage): seen is the previous version', async () => {
  await fakeBrowser.storage.local.set({ [WHATS_NEW_SEEN_KEY]: 'garbage' });
  await handleInstalled({ reason: 'update', previousVersion: '0.2.0' }, PACKED);
  expect(createTab).not.toHaveBeenCalled();
  expect(await seen()).toBe('0.2.0');
});

test('browser update: nothing happens', async () => {
  await handleInstalled({ reason: 'chrome_update' }, PACKED);
  expect(createTab).not.toHaveBeenCalled();
  expect(await seen()).toBeUndefined();
});

test('a failing tab or storage does not throw out of the listener', async () => {
  createTab.mockRejectedValue(new Error('no window'));
  await expect(handleInstalled({ reason: 'install' }, PACKED)).resolves.toBeUndefined();
});

test('under WXT’s dev server (npm run dev opens the demo page) the install opens no welcome tab', async () => {
  await handleInstalled({ reason: 'install' }, { devServer: true });
  expect(createTab).not.toHaveBeenCalled();
  expect(await seen()).toBe('0.3.0');
});
