import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSeenVersion, saveSeenVersion, WHATS_NEW_SEEN_KEY } from '../../src/storage/whats-new-store';

beforeEach(() => fakeBrowser.reset());

test('stores and reads the last seen version under its own key', async () => {
  expect(await loadSeenVersion()).toBeNull();
  await saveSeenVersion('0.2.0');
  expect(await fakeBrowser.storage.local.get(WHATS_NEW_SEEN_KEY)).toEqual({ 'whatsNew:seen': '0.2.0' });
  expect(await loadSeenVersion()).toBe('0.2.0');
});

test('an invalid stored value reads as missing', async () => {
  for (const bad of [42, 'soon', { version: '0.2.0' }, '']) {
    await fakeBrowser.storage.local.set({ [WHATS_NEW_SEEN_KEY]: bad });
    expect(await loadSeenVersion()).toBeNull();
  }
});

test('refuses to write something that is not a version', async () => {
  await expect(saveSeenVersion('latest')).rejects.toThrow();
  expect(await fakeBrowser.storage.local.get(null)).toEqual({});
});
