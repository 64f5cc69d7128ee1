import { buildPrebuilt, isPrebuiltFrom } from '../../../../src/core/glossary/prebuilt/build';
import { stampOf } from '../../../../src/core/glossary/prebuilt/format';
import { readPrebuilt, readPrebuiltWhole } from '../../../../src/core/glossary/prebuilt/read';
import { toMatchEntry, type MatchEntry } from '../../../../src/core/glossary/types';
import { compileMatcher } from '../../../../src/core/matcher';
import { mergeGlossary } from '../../../../src/core/glossary/user/merge';
import { BUNDLED, entry, userGlossary } from '../user/fixtures';

const INDEX: MatchEntry[] = BUNDLED.map(toMatchEntry);
const bundled = { entries: INDEX, stamp: 'bundled-1' };
const user = userGlossary({
  entries: [
    entry('mine', { forms: { de: ['Mein Wort'], en: ['DeepSeek'] }, sense: { cues: ['modell*'] } }),
    entry('secret', { private: true }),
  ],
  packs: [{ id: 'pack-a', name: 'A', enabled: true, entries: [entry('from-pack')] }, { id: 'pack-b', name: 'B', enabled: false, entries: [entry('off')] }],
  hiddenBundled: ['distillation'],
});

describe('buildPrebuilt', () => {
  test('holds the same entries a frame merged for itself, reduced to what matching reads', () => {
    const prebuilt = buildPrebuilt(bundled, user);
    const read = readPrebuilt(prebuilt, 'bundled-1');
    if (!read.ok) throw new Error(read.reason);
    const expected = mergeGlossary<MatchEntry>(INDEX, user).entries.map((e) => ('short' in e ? toMatchEntry(e) : e));
    const entries = read.view.entries();
    expect(entries).toEqual(expected);
    expect(entries.map((e) => e.id)).toEqual(['mine', 'secret', 'from-pack', 'ki', 'deepseek']);
    // The user's form wins over the bundled entry's, whose other forms stay.
    expect(entries.find((e) => e.id === 'deepseek')?.forms).toEqual({ de: [], en: [] });
    expect(entries[0]?.sense).toEqual({ cues: ['modell*'] });
    expect(entries[0]).not.toHaveProperty('short');
    expect(prebuilt.count).toBe(5);
    expect(read.view.senses.map((e) => e.id)).toEqual(['mine']);
    expect([...read.view.private]).toEqual(['secret']);
  });

  test('its matcher finds what one compiled from the merged entries finds', () => {
    const read = readPrebuilt(JSON.parse(JSON.stringify(buildPrebuilt(bundled, user))), 'bundled-1');
    if (!read.ok) throw new Error(read.reason);
    const text = 'KI und DeepSeek, Mein Wort, secret de, from pack en, off de; Destillation.';
    const matches = read.view.matcher.match(text, { lang: 'de' });
    expect(matches).toEqual(compileMatcher(read.view.entries()).match(text, { lang: 'de' }));
    expect(matches.map((m) => m.id)).toEqual(['ki', 'mine', 'mine', 'secret', 'from-pack']);
  });

  test('is stamped with what it was built from', () => {
    const prebuilt = buildPrebuilt(bundled, user);
    expect(isPrebuiltFrom(prebuilt, bundled, user)).toBe(true);
    expect(isPrebuiltFrom(prebuilt, bundled, userGlossary())).toBe(false);
    expect(isPrebuiltFrom(prebuilt, { ...bundled, stamp: 'bundled-2' }, user)).toBe(false);
    expect(buildPrebuilt(bundled, structuredClone(user)).source).toBe(prebuilt.source);
  });
});

describe('stampOf', () => {
  test('equal values stamp alike, a one-character change differently', () => {
    expect(stampOf({ a: [1, 'x'] })).toBe(stampOf({ a: [1, 'x'] }));
    expect(stampOf({ a: [1, 'x'] })).not.toBe(stampOf({ a: [1, 'y'] }));
    expect(stampOf('')).toMatch(/^[0-9a-z]+$/);
  });
});

describe('readPrebuilt', () => {
  const good = buildPrebuilt(bundled, user);

  test('missing, from another build, or damaged: says which', () => {
    expect(readPrebuilt(undefined, 'bundled-1')).toEqual({ ok: false, reason: 'missing' });
    expect(readPrebuilt(null, 'bundled-1')).toEqual({ ok: false, reason: 'missing' });
    expect(readPrebuilt(good, 'bundled-2')).toEqual({ ok: false, reason: 'other-version' });
    const damaged: unknown[] = [
      'text',
      { ...good, format: 2 },
      { ...good, entries: good.entries.slice(0, -10) },
      { ...good, entries: JSON.stringify({ not: 'a list' }) },
      { ...good, count: good.count + 1 },
      { ...good, entries: JSON.stringify([{ id: 'x', title: { de: 'x', en: 'x' }, forms: { de: 'x', en: [] }, category: 'concept' }]), count: 1 },
      { ...good, entries: JSON.stringify([{ id: 'x', title: { de: 'x', en: 'x' }, forms: { de: [], en: [] }, category: 'nonsense' }]), count: 1 },
    ];
    for (const raw of damaged) expect(readPrebuiltWhole(raw, 'bundled-1'), JSON.stringify(raw).slice(0, 80)).toEqual({ ok: false, reason: 'invalid' });
    expect(readPrebuilt({ ...good, matcher: { ...good.matcher, fail: 'AAAA' } }, 'bundled-1')).toEqual({ ok: false, reason: 'invalid' });
    expect(readPrebuilt({ ...good, senses: '{' }, 'bundled-1')).toEqual({ ok: false, reason: 'invalid' });
  });

  test('a damaged entry list is found when first read: empty, and said once', () => {
    const told = vi.fn();
    const read = readPrebuilt({ ...good, entries: '[' }, 'bundled-1', told);
    if (!read.ok) throw new Error(read.reason);
    expect(told).not.toHaveBeenCalled();
    expect(read.view.entries()).toEqual([]);
    expect(read.view.entries()).toEqual([]);
    expect(told).toHaveBeenCalledTimes(1);
    expect(read.view.matcher.match('Mein Wort', { lang: 'de' }).map((m) => m.id)).toEqual(['mine']);
  });
});
