import { parseSyncState } from '../../../src/core/sync/sync-state';

const off = parseSyncState(undefined);

describe('parseSyncState: the stored state, read defensively', () => {
  test('nothing, no object, or no boolean `enabled` is sync off', () => {
    expect(off).toMatchObject({ enabled: false, stamps: {}, problems: [], error: null, asked: false, privateToSync: [] });
    for (const raw of [null, 'on', [], { enabled: 'yes' }, { stamps: {} }]) expect(parseSyncState(raw)).toEqual(off);
  });

  test('a valid state comes back as it was', () => {
    const state = {
      enabled: true,
      stamps: { 'k:settings': 5 },
      copied: { 'k:settings': '{}' },
      localOnly: { packs: ['Medizin'], private: [{ id: 'geheim', title: 'Geheim' }], tooLarge: ['Riesig'] },
      problems: [{ at: 'sync › k:e:x', message: { key: 'problem_expectedGot', args: [1, { key: 'value_nothing', args: [] }] } }],
      error: 'quota',
      asked: true,
      privateToSync: ['geheim'],
    };
    expect(parseSyncState(state)).toEqual(state);
  });

  test('malformed parts are left out, the rest is kept', () => {
    const state = parseSyncState({
      enabled: true,
      stamps: { a: 1, b: 'two' },
      copied: ['x'],
      localOnly: { packs: ['P', 3], private: [{ id: 'x' }, { id: 'y', title: 'Y' }] },
      problems: [{ at: 'x', message: { key: 'k' } }, { at: 'y', message: { key: 'k', args: ['a'] } }, 'junk'],
      error: 5,
      asked: 'yes',
      privateToSync: ['a', null],
    });
    expect(state).toEqual({
      enabled: true,
      stamps: { a: 1 },
      copied: {},
      localOnly: { packs: ['P'], private: [{ id: 'y', title: 'Y' }], tooLarge: [] },
      problems: [{ at: 'y', message: { key: 'k', args: ['a'] } }],
      error: null,
      asked: false,
      privateToSync: ['a'],
    });
  });
});
