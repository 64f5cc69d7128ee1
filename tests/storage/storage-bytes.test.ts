import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getStorageUsage, itemBytes, itemsBytes } from '../../src/storage/storage-bytes';

const local = fakeBrowser.storage.local;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('itemBytes', () => {
  test("counts the key and the value's JSON in UTF-8", () => {
    expect(itemBytes('ab', 'ü')).toBe(2 + 4);
    expect(itemsBytes({ ab: 'ü', c: [1, 2] })).toBe(2 + 4 + 1 + 5);
  });
});

describe('getStorageUsage', () => {
  test('estimates from the stored JSON where getBytesInUse is missing', async () => {
    // WXT's fake browser does not implement getBytesInUse (it throws), like
    // Firefox versions without it.
    await local.set({ ab: 'ü' });
    expect(await getStorageUsage()).toEqual({ bytes: 2 + 4, quota: 10 * 1024 * 1024 });
  });

  test('uses getBytesInUse where the browser has it', async () => {
    const spy = vi.spyOn(local, 'getBytesInUse').mockResolvedValue(1234 as never);
    expect(await getStorageUsage()).toEqual({ bytes: 1234, quota: 10 * 1024 * 1024 });
    spy.mockRestore();
  });
});
