import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, defaultSettings } from '../../src/core/settings/defaults';
import type { Settings } from '../../src/core/settings/types';
import {
  BACKUP_INVALID_KEY,
  BACKUP_V0_KEY,
  LAST_GOOD_KEY,
  loadSettings,
  saveSettings,
  SETTINGS_KEY,
  SettingsValidationError,
  updateSettings,
  watchSettings,
} from '../../src/storage/settings-store';
import type { Problem } from '../../src/core/message';
import { problemLine } from '../core/message-text';

// The WxtVitest plugin aliases `wxt/browser` to this same fake object, so the
// store under test writes exactly where these helpers read.
const local = fakeBrowser.storage.local;
const stored = async (key: string): Promise<unknown> => (await local.get(key))[key];
const withPatch = (patch: Partial<Settings>): Settings => ({ ...defaultSettings(), ...patch });
const corrupt = { ...defaultSettings(), style: 'wavy', hoverDelayMs: -1 };
/** Problems as the options page lists them, in English. */
const lines = (problems: readonly Problem[]): string[] => problems.map((p) => problemLine(p));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loadSettings', () => {
  test('nothing stored → defaults, no problems, nothing written', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, problems: [], source: 'defaults' });
    expect(await local.get(null)).toEqual({});
  });

  test('valid stored settings are returned as they are', async () => {
    const mine = withPatch({ style: 'underline', firstOnly: true });
    await local.set({ [SETTINGS_KEY]: mine });
    expect(await loadSettings()).toEqual({ settings: mine, problems: [], source: 'stored' });
  });

  test('corrupt stored settings → last good used, problems reported, corrupt value kept', async () => {
    const good = withPatch({ style: 'background' });
    await local.set({ [SETTINGS_KEY]: corrupt, [LAST_GOOD_KEY]: good });
    const loaded = await loadSettings();
    expect(loaded.source).toBe('last-good');
    expect(loaded.settings).toEqual(good);
    expect(lines(loaded.problems)).toEqual([
      expect.stringMatching(/^style:/),
      expect.stringMatching(/^hoverDelayMs:/),
    ]);
    expect(await stored(SETTINGS_KEY)).toEqual(corrupt);
    expect(await stored(LAST_GOOD_KEY)).toEqual(good);
  });

  test('corrupt settings and no last good copy → defaults with problems, corrupt value kept', async () => {
    await local.set({ [SETTINGS_KEY]: 'garbage' });
    const loaded = await loadSettings();
    expect(loaded).toMatchObject({ settings: DEFAULT_SETTINGS, source: 'defaults' });
    expect(lines(loaded.problems)[0]).toMatch(/^settings: expected an object/);
    expect(lines(loaded.problems).at(-1)).toMatch(/no last good copy/);
    expect(await stored(SETTINGS_KEY)).toBe('garbage');
  });

  test('a corrupt last good copy is reported too', async () => {
    await local.set({ [SETTINGS_KEY]: corrupt, [LAST_GOOD_KEY]: { version: 1 } });
    const loaded = await loadSettings();
    expect(loaded.source).toBe('defaults');
    expect(lines(loaded.problems).at(-1)).toMatch(/last good copy is invalid too/);
  });

  test('settings from a newer Klartext are refused and kept', async () => {
    const newer = { ...defaultSettings(), version: 2 };
    const good = withPatch({ paused: true });
    await local.set({ [SETTINGS_KEY]: newer, [LAST_GOOD_KEY]: good });
    const loaded = await loadSettings();
    expect(loaded).toMatchObject({ settings: good, source: 'last-good' });
    expect(lines(loaded.problems)[0]).toContain('written by a newer version of Klartext');
    expect(await stored(SETTINGS_KEY)).toEqual(newer);
  });

  test('version 0 is migrated, written back, and the original kept as a backup', async () => {
    const v0 = { enabled: true, disabledHosts: ['*.heise.de'], highlightStyle: 'none', legacy: 'x' };
    await local.set({ [SETTINGS_KEY]: v0 });
    const loaded = await loadSettings();
    const expected = withPatch({ style: 'none', siteRules: [{ host: 'heise.de', includeSubdomains: true }] });
    expect(loaded).toEqual({ settings: expected, problems: [], source: 'migrated' });
    expect(await stored(BACKUP_V0_KEY)).toEqual(v0);
    expect(await stored(SETTINGS_KEY)).toEqual(expected);
    expect(await stored(LAST_GOOD_KEY)).toEqual(expected);
    // Next load reads plain v1.
    expect((await loadSettings()).source).toBe('stored');
  });

  test('a failed write-back still returns the migrated settings, with a problem', async () => {
    await local.set({ [SETTINGS_KEY]: { enabled: false } });
    const spy = vi.spyOn(local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded') as never);
    const loaded = await loadSettings();
    expect(loaded).toMatchObject({ settings: withPatch({ paused: true }), source: 'migrated' });
    expect(lines(loaded.problems)[0]).toContain('quota exceeded');
    expect(await stored(SETTINGS_KEY)).toEqual({ enabled: false });
    spy.mockRestore();
  });

  test('an invalid version-0 value is not migrated and not touched', async () => {
    const v0 = { disabledHosts: ['javascript:alert(1)'] };
    await local.set({ [SETTINGS_KEY]: v0 });
    const loaded = await loadSettings();
    expect(loaded.source).toBe('defaults');
    expect(lines(loaded.problems)[0]).toContain('disabledHosts[0]');
    expect(await stored(SETTINGS_KEY)).toEqual(v0);
    expect(await stored(BACKUP_V0_KEY)).toBeUndefined();
  });
});

describe('saveSettings', () => {
  test('writes the settings and the last good copy', async () => {
    const next = withPatch({ firstOnly: true });
    await saveSettings(next);
    expect(await stored(SETTINGS_KEY)).toEqual(next);
    expect(await stored(LAST_GOOD_KEY)).toEqual(next);
  });

  test('returns what it stored, normalised', async () => {
    expect((await saveSettings(withPatch({ colorDark: '#ABCDEF' }))).colorDark).toBe('#abcdef');
    expect(((await stored(SETTINGS_KEY)) as Settings).colorDark).toBe('#abcdef');
  });

  test('rejects invalid settings with their problems and leaves storage unchanged', async () => {
    const before = withPatch({ paused: true });
    await saveSettings(before);
    const snapshot = await local.get(null);
    const bad = { ...before, hoverDelayMs: 5 };
    const error = await saveSettings(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsValidationError);
    expect(lines((error as SettingsValidationError).problems)).toEqual([expect.stringMatching(/^hoverDelayMs:/)]);
    expect(await local.get(null)).toEqual(snapshot);
  });

  test('replacing an invalid stored value keeps a copy of it', async () => {
    await local.set({ [SETTINGS_KEY]: corrupt });
    await saveSettings(defaultSettings());
    expect(await stored(BACKUP_INVALID_KEY)).toEqual(corrupt);
    expect(await stored(SETTINGS_KEY)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('updateSettings', () => {
  test('applies the function to the stored settings', async () => {
    await saveSettings(withPatch({ style: 'underline' }));
    const result = await updateSettings((s) => ({ ...s, paused: true }));
    expect(result).toMatchObject({ style: 'underline', paused: true });
    expect(await stored(SETTINGS_KEY)).toEqual(result);
  });

  test('starts from the last good settings when the stored value is corrupt', async () => {
    const good = withPatch({ style: 'background' });
    await local.set({ [SETTINGS_KEY]: corrupt, [LAST_GOOD_KEY]: good });
    const result = await updateSettings((s) => ({ ...s, firstOnly: true }));
    expect(result).toEqual({ ...good, firstOnly: true });
    expect(await stored(BACKUP_INVALID_KEY)).toEqual(corrupt);
  });

  test('an unchanged result writes nothing, so a corrupt value stays', async () => {
    await local.set({ [SETTINGS_KEY]: corrupt });
    await updateSettings((s) => s);
    expect(await stored(SETTINGS_KEY)).toEqual(corrupt);
    expect(await stored(LAST_GOOD_KEY)).toBeUndefined();
  });

  test('concurrent updates in one context do not lose each other', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, firstOnly: true })),
      updateSettings((s) => ({ ...s, paused: true })),
      updateSettings((s) => ({ ...s, style: 'none' })),
    ]);
    expect(await stored(SETTINGS_KEY)).toMatchObject({ firstOnly: true, paused: true, style: 'none' });
  });

  test('an invalid result rejects and the queue keeps working', async () => {
    await expect(updateSettings((s) => ({ ...s, hoverDelayMs: 0 }))).rejects.toBeInstanceOf(SettingsValidationError);
    await expect(updateSettings((s) => ({ ...s, paused: true }))).resolves.toMatchObject({ paused: true });
  });
});

describe('watchSettings', () => {
  const nextCall = (cb: ReturnType<typeof vi.fn>) => vi.waitFor(() => expect(cb).toHaveBeenCalled());

  test('fires with validated settings when another context saves', async () => {
    const cb = vi.fn();
    const stop = watchSettings(cb);
    const next = withPatch({ paused: true });
    await saveSettings(next);
    await nextCall(cb);
    expect(cb).toHaveBeenCalledTimes(1);
    expect(cb).toHaveBeenCalledWith(next, []);
    stop();
  });

  test('an invalid new value yields the last good settings plus problems', async () => {
    const good = withPatch({ style: 'underline' });
    await saveSettings(good);
    const cb = vi.fn();
    const stop = watchSettings(cb);
    await local.set({ [SETTINGS_KEY]: corrupt });
    await nextCall(cb);
    const [settings, problems] = cb.mock.calls[0] as [Settings, Problem[]];
    expect(settings).toEqual(good);
    expect(lines(problems)).toEqual([expect.stringMatching(/^style:/), expect.stringMatching(/^hoverDelayMs:/)]);
    stop();
  });

  test('removal gives the defaults', async () => {
    await saveSettings(withPatch({ paused: true }));
    const cb = vi.fn();
    const stop = watchSettings(cb);
    await local.remove(SETTINGS_KEY);
    await nextCall(cb);
    expect(cb).toHaveBeenCalledWith(DEFAULT_SETTINGS, []);
    stop();
  });

  test('a version-0 value is passed on migrated, without the watcher writing', async () => {
    const cb = vi.fn();
    const stop = watchSettings(cb);
    await local.set({ [SETTINGS_KEY]: { enabled: false } });
    await nextCall(cb);
    expect(cb).toHaveBeenCalledWith(withPatch({ paused: true }), []);
    expect(await stored(SETTINGS_KEY)).toEqual({ enabled: false });
    stop();
  });

  test('ignores other keys and other areas', async () => {
    const cb = vi.fn();
    const stop = watchSettings(cb);
    await local.set({ glossary: [] });
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: withPatch({ paused: true }) });
    await new Promise((r) => setTimeout(r, 10));
    expect(cb).not.toHaveBeenCalled();
    stop();
  });

  test('stops after unsubscribing', async () => {
    const cb = vi.fn();
    watchSettings(cb)();
    await saveSettings(withPatch({ paused: true }));
    await new Promise((r) => setTimeout(r, 10));
    expect(cb).not.toHaveBeenCalled();
  });

  test('a slow lookup for an older change does not override a newer one', async () => {
    await saveSettings(withPatch({ style: 'underline' }));
    const cb = vi.fn();
    const stop = watchSettings(cb);
    // The corrupt write needs a lookup of the last good copy, made slow here;
    // the valid write right after carries its own and answers at once.
    const realGet = local.get.bind(local);
    const spy = vi.spyOn(local, 'get').mockImplementation((async (keys: unknown) => {
      if (keys === LAST_GOOD_KEY) await new Promise((r) => setTimeout(r, 30));
      return realGet(keys as string);
    }) as never);
    await local.set({ [SETTINGS_KEY]: corrupt });
    const latest = withPatch({ style: 'none' });
    await saveSettings(latest);
    await new Promise((r) => setTimeout(r, 60));
    expect(cb.mock.calls).toEqual([[latest, []]]);
    spy.mockRestore();
    stop();
  });
});
