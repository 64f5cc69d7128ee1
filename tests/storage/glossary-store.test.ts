import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveUserEntry } from '../../src/core/glossary/user/edit';
import type { UserGlossary } from '../../src/core/glossary/user/types';
import {
  GLOSSARY_BACKUP_INVALID_KEY,
  GLOSSARY_BACKUP_V0_KEY,
  GLOSSARY_KEY,
  GLOSSARY_LAST_GOOD_KEY,
  GlossarySaveError,
  loadEffectiveGlossary,
  loadUserGlossary,
  saveUserGlossary,
  updateUserGlossary,
  watchEffectiveGlossary,
  type EffectiveGlossary,
} from '../../src/storage/glossary-store';
import { BUNDLED, entry, userGlossary } from '../core/glossary/user/fixtures';
import { problemLine } from '../core/message-text';

vi.mock('../../src/core/glossary/bundled', async () => ({
  BUNDLED_GLOSSARY: (await import('../core/glossary/user/fixtures')).BUNDLED,
}));

const local = fakeBrowser.storage.local;
const stored = async (key: string): Promise<unknown> => (await local.get(key))[key];
const mine = userGlossary({ entries: [entry('mine', { related: ['ki'] })], hiddenBundled: ['deepseek'] });
const corrupt = { ...mine, entries: [{ ...entry('bad'), forms: { de: ['x'], en: [] } }] };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loadEffectiveGlossary', () => {
  test('nothing stored: the bundled glossary, all bundled, nothing written', async () => {
    const g = await loadEffectiveGlossary();
    expect(g.entries).toEqual(BUNDLED);
    expect([...g.origins.values()]).toEqual(BUNDLED.map(() => ({ kind: 'bundled' })));
    expect(g.problems).toEqual([]);
    expect(await local.get(null)).toEqual({});
  });

  test('your entries join the bundled ones, marked as yours; hidden ones are gone', async () => {
    await local.set({ [GLOSSARY_KEY]: mine });
    const g = await loadEffectiveGlossary();
    expect(g.entries.map((e) => e.id)).toEqual(['mine', 'ki', 'distillation']);
    expect(g.origins.get('mine')).toEqual({ kind: 'user' });
    expect(g.problems).toEqual([]);
  });

  test('invalid stored data: reported, last good copy used, nothing overwritten', async () => {
    await local.set({ [GLOSSARY_KEY]: corrupt, [GLOSSARY_LAST_GOOD_KEY]: mine });
    const g = await loadEffectiveGlossary();
    expect(g.problems.map((p) => problemLine(p))).toEqual(['your entries › entry "bad" › forms.de[0]: is a single character']);
    expect(g.origins.get('mine')).toEqual({ kind: 'user' });
    expect(await stored(GLOSSARY_KEY)).toEqual(corrupt);
  });

  test('invalid and no last good copy: bundled only, and it says so', async () => {
    await local.set({ [GLOSSARY_KEY]: corrupt });
    const loaded = await loadUserGlossary();
    expect(loaded.source).toBe('defaults');
    expect(loaded.problems.map((p) => problemLine(p)).at(-1)).toBe('no last good copy: using the bundled glossary only');
    expect(await stored(GLOSSARY_KEY)).toEqual(corrupt);
  });

  test('version 0 is migrated, written back, and the original kept', async () => {
    const v0 = [entry('mine')];
    await local.set({ [GLOSSARY_KEY]: v0 });
    const loaded = await loadUserGlossary();
    expect(loaded.source).toBe('migrated');
    expect(loaded.value).toEqual(userGlossary({ entries: [entry('mine')] }));
    expect(await stored(GLOSSARY_KEY)).toEqual(loaded.value);
    expect(await stored(GLOSSARY_LAST_GOOD_KEY)).toEqual(loaded.value);
    expect(await stored(GLOSSARY_BACKUP_V0_KEY)).toEqual(v0);
  });
});

describe('saving', () => {
  test('writes current and last good copy', async () => {
    await saveUserGlossary(mine);
    expect(await stored(GLOSSARY_KEY)).toEqual(mine);
    expect(await stored(GLOSSARY_LAST_GOOD_KEY)).toEqual(mine);
  });

  test('refuses invalid data and writes nothing', async () => {
    await expect(saveUserGlossary(corrupt as UserGlossary)).rejects.toThrow(GlossarySaveError);
    expect(await local.get(null)).toEqual({});
  });

  test('refuses what would not fit the storage quota', async () => {
    const quota = 2000;
    Object.defineProperty(local, 'QUOTA_BYTES', { value: quota, configurable: true });
    try {
      const big = userGlossary({ entries: Array.from({ length: 10 }, (_, i) => entry(`term-${i}`)) });
      const error = await saveUserGlossary(big).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GlossarySaveError);
      expect((error as GlossarySaveError).kind).toBe('quota');
      expect((error as GlossarySaveError).problems.map((p) => problemLine(p))[0]).toMatch(/^saving would use \d+ KiB of the 1 KiB Klartext may store/);
      expect(await local.get(null)).toEqual({});
    } finally {
      Reflect.deleteProperty(local, 'QUOTA_BYTES');
    }
  });

  test('a save over an invalid value keeps that value as a backup', async () => {
    await local.set({ [GLOSSARY_KEY]: corrupt, [GLOSSARY_LAST_GOOD_KEY]: mine });
    await updateUserGlossary((g) => ({ ...g, hiddenBundled: [] }));
    expect(await stored(GLOSSARY_BACKUP_INVALID_KEY)).toEqual(corrupt);
    expect(await stored(GLOSSARY_KEY)).toEqual({ ...mine, hiddenBundled: [] });
  });

  test('an edit with problems writes nothing and returns them', async () => {
    await saveUserGlossary(mine);
    const outcome = await updateUserGlossary((g) => {
      const r = saveUserEntry(g, { ...entry('new'), forms: { de: ['und'], en: [] } }, { bundled: BUNDLED });
      return r.ok ? r.next : r;
    });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems.map((p) => problemLine(p))).toEqual(['entry "new" › forms.de[0]: "und" is a common stop word']);
    expect(await stored(GLOSSARY_KEY)).toEqual(mine);
  });

  test('quick successive edits in one context all land', async () => {
    await Promise.all(['a', 'b', 'c'].map((id) => updateUserGlossary((g) => ({ ...g, entries: [...g.entries, entry(id)] }))));
    expect(((await stored(GLOSSARY_KEY)) as UserGlossary).entries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
});

test('watchEffectiveGlossary reports every change, invalid ones with problems', async () => {
  const seen: EffectiveGlossary[] = [];
  const stop = watchEffectiveGlossary((g) => seen.push(g));
  await saveUserGlossary(mine);
  await vi.waitFor(() => expect(seen).toHaveLength(1));
  expect(seen[0]?.origins.get('mine')).toEqual({ kind: 'user' });
  await local.set({ [GLOSSARY_KEY]: corrupt });
  await vi.waitFor(() => expect(seen).toHaveLength(2));
  expect(seen[1]?.problems).toHaveLength(1);
  expect(seen[1]?.origins.get('mine')).toEqual({ kind: 'user' });
  stop();
  await saveUserGlossary(userGlossary());
  await new Promise((r) => setTimeout(r, 20));
  expect(seen).toHaveLength(2);
});

test('the effective glossary over a match index (content script): bundled match entries plus your full entries', async () => {
  const { loadEffectiveGlossaryFor } = await import('../../src/storage/effective-glossary');
  const index = BUNDLED.map(({ id, title, forms, category }) => ({ id, title, forms, category }));
  await saveUserGlossary(userGlossary({ entries: [entry('mine', { forms: { de: ['KI'], en: [] } })] }));
  const g = await loadEffectiveGlossaryFor(index);
  expect(g.entries.map((e) => e.id)).toEqual(['mine', 'ki', 'deepseek', 'distillation']);
  expect(g.entries[0]).toEqual(entry('mine', { forms: { de: ['KI'], en: [] } }));
  expect(g.entries[1]).toEqual({ ...index[0], forms: { de: ['künstliche Intelligenz'], en: ['AI'] } });
  expect(g.origins.get('ki')).toEqual({ kind: 'bundled' });
});
