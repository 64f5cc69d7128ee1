import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { EntryFlag } from '../../src/core/flags/types';
import {
  FLAGS_BACKUP_INVALID_KEY,
  FLAGS_KEY,
  FLAGS_LAST_GOOD_KEY,
  importFlags,
  loadFlags,
  removeFlag,
  saveFlag,
  watchFlags,
  type LoadedFlags,
} from '../../src/storage/flags-store';
import { problemLine } from '../core/message-text';

const local = fakeBrowser.storage.local;
const stored = async (key: string): Promise<unknown> => (await local.get(key))[key];
const flag = (entry: string, overrides: Partial<EntryFlag> = {}): EntryFlag => ({ entry, title: entry, kind: 'outdated', note: '', date: '2025-03-14', ...overrides });
const good = { version: 1, flags: [flag('a')] };
const corrupt = { version: 1, flags: [{ ...flag('b'), kind: 'maybe' }] };

beforeEach(() => fakeBrowser.reset());

test('nothing stored: no flags, no problems, nothing written', async () => {
  expect(await loadFlags()).toEqual({ value: { version: 1, flags: [] }, problems: [], source: 'defaults' });
  expect(await local.get(null)).toEqual({});
});

test('a saved flag is stored with its last good copy', async () => {
  const outcome = await saveFlag(flag('a', { note: 'Stimmt nicht mehr.' }));
  expect(outcome).toEqual({ ok: true, flags: [flag('a', { note: 'Stimmt nicht mehr.' })] });
  expect(await stored(FLAGS_KEY)).toEqual({ version: 1, flags: [flag('a', { note: 'Stimmt nicht mehr.' })] });
  expect(await stored(FLAGS_LAST_GOOD_KEY)).toEqual(await stored(FLAGS_KEY));
});

test('corrupt flags: reported, the last good state used, nothing overwritten by reading', async () => {
  await local.set({ [FLAGS_KEY]: corrupt, [FLAGS_LAST_GOOD_KEY]: good });
  const loaded = await loadFlags();
  expect(loaded.value).toEqual(good);
  expect(loaded.source).toBe('last-good');
  expect(loaded.problems.map((p) => problemLine(p))).toEqual(['flags[0] › kind: must be one of "wrong", "outdated"']);
  expect(await stored(FLAGS_KEY)).toEqual(corrupt);
});

test('corrupt flags and no last good copy: no flags, and the reason', async () => {
  await local.set({ [FLAGS_KEY]: 'garbage' });
  const loaded = await loadFlags();
  expect(loaded.value.flags).toEqual([]);
  expect(loaded.problems.map((p) => problemLine(p))).toEqual(['flags: must be an object, got "garbage"', 'no last good copy: using no flags']);
});

test('a change over corrupt data starts from the last good state and keeps the corrupt value aside', async () => {
  await local.set({ [FLAGS_KEY]: corrupt, [FLAGS_LAST_GOOD_KEY]: good });
  await saveFlag(flag('c'));
  expect(await stored(FLAGS_KEY)).toEqual({ version: 1, flags: [flag('a'), flag('c')] });
  expect(await stored(FLAGS_BACKUP_INVALID_KEY)).toEqual(corrupt);
});

test('a change that changes nothing writes nothing (a corrupt value stays for the reader to see)', async () => {
  await local.set({ [FLAGS_KEY]: corrupt, [FLAGS_LAST_GOOD_KEY]: good });
  expect(await removeFlag('not-flagged')).toEqual({ ok: true, flags: good.flags });
  expect(await stored(FLAGS_KEY)).toEqual(corrupt);
  expect(await stored(FLAGS_BACKUP_INVALID_KEY)).toBeUndefined();
});

test('removing a flag, importing flags: merged, counted', async () => {
  await saveFlag(flag('a'));
  await saveFlag(flag('b'));
  await removeFlag('a');
  expect((await loadFlags()).value.flags.map((f) => f.entry)).toEqual(['b']);
  const imported = await importFlags([flag('b'), flag('c', { kind: 'wrong' })]);
  expect(imported).toMatchObject({ ok: true, added: 1, unchanged: 1 });
  expect((await loadFlags()).value.flags.map((f) => f.entry)).toEqual(['b', 'c']);
});

test('a flag that is not valid is refused, and storage left as it was', async () => {
  const outcome = await saveFlag(flag('a', { date: 'today' }));
  expect(!outcome.ok && outcome.problems.map((p) => problemLine(p))).toEqual(['flags[0] › date: must be a date written YYYY-MM-DD']);
  expect(await local.get(null)).toEqual({});
});

test('watching: every change, validated', async () => {
  const seen: LoadedFlags[] = [];
  const stop = watchFlags((loaded) => seen.push(loaded));
  await saveFlag(flag('a'));
  await local.set({ [FLAGS_KEY]: corrupt });
  await new Promise((r) => setTimeout(r, 0));
  stop();
  expect(seen.map((s) => [s.source, s.value.flags.map((f) => f.entry)])).toEqual([
    ['stored', ['a']],
    ['last-good', ['a']],
  ]);
});
