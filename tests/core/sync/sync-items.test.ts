import { BUNDLED_GLOSSARY } from '../../../src/core/glossary/bundled';
import type { GlossaryEntry } from '../../../src/core/glossary/types';
import { parseStoredGlossary } from '../../../src/core/glossary/user/stored';
import { emptyUserGlossary } from '../../../src/core/glossary/user/types';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { itemBytes } from '../../../src/core/item-bytes';
import { applyRemote, entryKey, mergeOnSwitchOn, parseSyncItem, SYNC_HIDDEN_KEY, SYNC_QUOTA, SYNC_SETTINGS_KEY, syncItemsOf, type LocalState } from '../../../src/core/sync/sync-items';

const entry = (id: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id,
  title: { de: id.toUpperCase(), en: id.toUpperCase() },
  forms: { de: [id.toUpperCase()], en: [] },
  short: { de: `Erklärung von ${id}.`, en: '' },
  long: { de: '', en: '' },
  category: 'concept',
  related: [],
  source: { label: 'Eigene Notiz' },
  ...extra,
});

const state = (entries: GlossaryEntry[] = [], extra: Partial<LocalState['glossary']> = {}): LocalState => ({
  settings: defaultSettings(),
  glossary: { ...emptyUserGlossary(), entries, ...extra },
});

describe('syncItemsOf', () => {
  test('settings, hidden entries and each own entry become items; packs and private entries stay local', () => {
    const s = state([entry('abc'), entry('geheim', { private: true })], {
      hiddenBundled: ['google'],
      packs: [{ id: 'pack-medizin', name: 'Medizin', enabled: true, entries: [entry('med')] }],
    });
    const { items, localOnly } = syncItemsOf(s);
    expect([...items.keys()]).toEqual([SYNC_SETTINGS_KEY, SYNC_HIDDEN_KEY, entryKey('abc')]);
    expect(localOnly).toEqual({ packs: ['Medizin'], private: [{ id: 'geheim', title: 'GEHEIM' }], tooLarge: [] });
    // Asked for by the reader, that one private entry syncs too.
    expect(syncItemsOf(s, ['geheim']).items.has(entryKey('geheim'))).toBe(true);
  });

  test('an entry over the per-item quota stays local, whole, and is named; the others still sync', () => {
    const big = entry('gross', { long: { de: 'x'.repeat(9000), en: '' } });
    const { items, localOnly } = syncItemsOf(state([big, entry('klein')]));
    expect(items.has(entryKey('gross'))).toBe(false);
    expect(items.has(entryKey('klein'))).toBe(true);
    expect(localOnly.tooLarge).toEqual(['GROSS']);
    for (const [key, data] of items) expect(itemBytes(key, { at: Date.now(), data })).toBeLessThanOrEqual(SYNC_QUOTA.perItem);
  });

  test('past the total quota, later entries stay local', () => {
    const many = Array.from({ length: 40 }, (_, i) => entry(`e${String(i).padStart(2, '0')}`, { long: { de: 'y'.repeat(3500), en: '' } }));
    const { items, localOnly } = syncItemsOf(state(many));
    let total = 0;
    for (const [key, data] of items) total += itemBytes(key, { at: Date.now(), data });
    expect(total).toBeLessThanOrEqual(SYNC_QUOTA.total);
    expect(localOnly.tooLarge.length).toBeGreaterThan(0);
    expect(items.size + localOnly.tooLarge.length).toBe(many.length + 2);
  });
});

describe('parseSyncItem: what arrives from sync is validated', () => {
  test('valid settings, hidden list, entry and a removal', () => {
    expect(parseSyncItem(SYNC_SETTINGS_KEY, { at: 1, data: defaultSettings() }, BUNDLED_GLOSSARY).kind).toBe('settings');
    expect(parseSyncItem(SYNC_HIDDEN_KEY, { at: 1, data: ['google'] }, BUNDLED_GLOSSARY)).toEqual({ kind: 'hidden', ids: ['google'] });
    expect(parseSyncItem(entryKey('abc'), { at: 1, data: entry('abc') }, BUNDLED_GLOSSARY)).toMatchObject({ kind: 'entry', id: 'abc' });
    expect(parseSyncItem(entryKey('abc'), undefined, BUNDLED_GLOSSARY)).toEqual({ kind: 'entry', id: 'abc', entry: null });
  });

  test('broken items are reported with where they are, never applied', () => {
    const bad = parseSyncItem(SYNC_SETTINGS_KEY, { at: 1, data: { ...defaultSettings(), hoverDelayMs: 'soon' } }, BUNDLED_GLOSSARY);
    expect(bad.kind).toBe('invalid');
    expect(bad.kind === 'invalid' && bad.problem.at).toMatch(/^sync › k:settings › hoverDelayMs/);
    expect(parseSyncItem(entryKey('abc'), { at: 1, data: { id: 'abc' } }, BUNDLED_GLOSSARY).kind).toBe('invalid');
    expect(parseSyncItem(entryKey('abc'), { at: 1, data: entry('other') }, BUNDLED_GLOSSARY).kind).toBe('invalid');
    expect(parseSyncItem(entryKey('abc'), 'junk', BUNDLED_GLOSSARY).kind).toBe('invalid');
    expect(parseSyncItem('someone-else', { at: 1, data: 1 }, BUNDLED_GLOSSARY).kind).toBe('ignored');
  });
});

describe('applying and joining', () => {
  test('a remote entry is added, replaced whole, or removed; other items stay', () => {
    const local = state([entry('abc'), entry('def')]);
    const changed = entry('abc', { short: { de: 'Neu.', en: '' } });
    const next = applyRemote(local, [
      { kind: 'entry', id: 'abc', entry: changed },
      { kind: 'entry', id: 'def', entry: null },
      { kind: 'entry', id: 'ghi', entry: entry('ghi') },
    ]);
    expect(next.glossary.entries.map((e) => e.id)).toEqual(['abc', 'ghi']);
    expect(next.glossary.entries[0]?.short.de).toBe('Neu.');
  });

  test('switching sync on keeps both sides: lists joined, local values kept, a differing entry kept twice and visibly', () => {
    const local = state([entry('abc')]);
    local.settings = { ...local.settings, siteRules: [{ host: 'heise.de', includeSubdomains: false }], knownTerms: ['google'], style: 'underline' };
    const remoteSettings = { ...defaultSettings(), siteRules: [{ host: 'golem.de', includeSubdomains: true }], knownTerms: ['api'], style: 'background' as const };
    const theirs = entry('abc', { short: { de: 'Deren Fassung.', en: '' } });
    const merged = mergeOnSwitchOn(local, [
      { kind: 'settings', settings: remoteSettings },
      { kind: 'entry', id: 'abc', entry: theirs },
      { kind: 'entry', id: 'xyz', entry: entry('xyz') },
    ], '(aus anderem Browser)');
    expect(merged.settings.siteRules.map((r) => r.host)).toEqual(['heise.de', 'golem.de']);
    expect(merged.settings.knownTerms).toEqual(['google', 'api']);
    expect(merged.settings.style).toBe('underline');
    expect(merged.glossary.entries.map((e) => e.id)).toEqual(['abc', 'abc-2', 'xyz']);
    expect(merged.glossary.entries[0]?.short.de).toBe('Erklärung von abc.');
    expect(merged.glossary.entries[1]?.title.de).toBe('ABC (aus anderem Browser)');
    // And it is a glossary that saves.
    expect(parseStoredGlossary(merged.glossary, BUNDLED_GLOSSARY).ok).toBe(true);
  });
});
