import { fakeBrowser } from 'wxt/testing/fake-browser';
import BUNDLED_INDEX, { stamp as BUNDLED_STAMP } from 'virtual:klartext-match-index';
import { keepPrebuiltGlossaryCurrent, refreshPrebuiltGlossary } from '../../src/background/prebuilt-glossary';
import { readPrebuilt } from '../../src/core/glossary/prebuilt/read';
import { GLOSSARY_KEY, saveUserGlossary } from '../../src/storage/glossary-store';
import { PREBUILT_KEY } from '../../src/storage/prebuilt-glossary';
import { entry, userGlossary } from '../core/glossary/user/fixtures';

const local = fakeBrowser.storage.local;
const prebuiltIds = async (): Promise<string[] | string> => {
  const read = readPrebuilt((await local.get(PREBUILT_KEY))[PREBUILT_KEY], BUNDLED_STAMP);
  return read.ok ? read.view.entries().map((e) => e.id) : read.reason;
};
const mine = userGlossary({ entries: [entry('my-own-term')] });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('refreshPrebuiltGlossary', () => {
  test('nothing stored: the bundled index alone, written once', async () => {
    expect(await refreshPrebuiltGlossary()).toBe(true);
    expect(await prebuiltIds()).toEqual(BUNDLED_INDEX.map((e) => e.id));
    expect(await refreshPrebuiltGlossary()).toBe(false);
  });

  test('a glossary written by other means is built; a save writes its own, which is found current', async () => {
    await local.set({ [GLOSSARY_KEY]: mine });
    expect(await refreshPrebuiltGlossary()).toBe(true);
    expect((await prebuiltIds())[0]).toBe('my-own-term');
    await saveUserGlossary(userGlossary({ entries: [entry('another-term')] }));
    expect((await prebuiltIds())[0]).toBe('another-term');
    expect(await refreshPrebuiltGlossary()).toBe(false);
  });

  test('a damaged copy or one from another build is replaced; an invalid glossary builds from the last good one', async () => {
    await saveUserGlossary(mine);
    await local.set({ [PREBUILT_KEY]: { format: 1, bundled: BUNDLED_STAMP, source: 'x', count: 1, entries: '[' } });
    expect(await prebuiltIds()).toBe('invalid');
    expect(await refreshPrebuiltGlossary()).toBe(true);
    expect((await prebuiltIds())[0]).toBe('my-own-term');
    const current = (await local.get(PREBUILT_KEY))[PREBUILT_KEY] as object;
    await local.set({ [PREBUILT_KEY]: { ...current, bundled: 'older-build' } });
    expect(await refreshPrebuiltGlossary()).toBe(true);
    await local.set({ [GLOSSARY_KEY]: { version: 1, entries: 'broken' } });
    expect(await refreshPrebuiltGlossary()).toBe(false);
    expect((await prebuiltIds())[0]).toBe('my-own-term');
  });
});

describe('keepPrebuiltGlossaryCurrent', () => {
  test('a change to the stored glossary reaches the prebuilt form', async () => {
    const stop = keepPrebuiltGlossaryCurrent();
    await local.set({ [GLOSSARY_KEY]: mine });
    await vi.waitFor(async () => expect((await prebuiltIds())[0]).toBe('my-own-term'));
    stop();
  });
});
