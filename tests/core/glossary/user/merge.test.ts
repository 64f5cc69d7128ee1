import { mergeGlossary } from '../../../../src/core/glossary/user/merge';
import { BUNDLED, entry, userGlossary } from './fixtures';

const pack = (id: string, entries = [entry(`${id}-term`)], enabled = true) => ({ id, name: `Pack ${id}`, enabled, entries });

test('no user data: the bundled glossary as it is', () => {
  const merged = mergeGlossary(BUNDLED, userGlossary());
  expect(merged.entries).toEqual(BUNDLED);
  expect([...merged.origins.values()].every((o) => o.kind === 'bundled')).toBe(true);
});

test('your entries and enabled packs join, each with its origin', () => {
  const merged = mergeGlossary(BUNDLED, userGlossary({ entries: [entry('mine')], packs: [pack('pack-a'), pack('pack-b', undefined, false)] }));
  expect(merged.entries.map((e) => e.id)).toEqual(['mine', 'pack-a-term', 'ki', 'deepseek', 'distillation']);
  expect(merged.origins.get('mine')).toEqual({ kind: 'user' });
  expect(merged.origins.get('pack-a-term')).toEqual({ kind: 'pack', packId: 'pack-a', packName: 'Pack pack-a' });
  expect(merged.origins.has('pack-b-term')).toBe(false);
});

test('an entry of yours with a bundled id overrides it', () => {
  const mine = entry('ki', { short: { de: 'Meine Erklärung.', en: '' }, forms: { de: ['KI'], en: [] } });
  const merged = mergeGlossary(BUNDLED, userGlossary({ entries: [mine] }));
  expect(merged.entries.filter((e) => e.id === 'ki')).toEqual([mine]);
  expect(merged.origins.get('ki')).toEqual({ kind: 'user' });
  expect(merged.overridden).toEqual([{ id: 'ki', origin: { kind: 'bundled' }, by: { kind: 'user' } }]);
});

test('hidden bundled entries are left out, and links to them dropped', () => {
  const merged = mergeGlossary(BUNDLED, userGlossary({ hiddenBundled: ['ki'] }));
  expect(merged.entries.map((e) => e.id)).toEqual(['deepseek', 'distillation']);
  expect(merged.entries[0]?.related).toEqual([]);
});

test('hiding a bundled entry does not hide your entry with the same id', () => {
  const merged = mergeGlossary(BUNDLED, userGlossary({ entries: [entry('ki')], hiddenBundled: ['ki'] }));
  expect(merged.origins.get('ki')).toEqual({ kind: 'user' });
});

test('a form claimed higher up is taken from the lower entry, which keeps the rest', () => {
  const mine = entry('my-ai', { forms: { de: ['KI-System'], en: ['AI'] } });
  const merged = mergeGlossary(BUNDLED, userGlossary({ entries: [mine] }));
  const ki = merged.entries.find((e) => e.id === 'ki');
  expect(ki?.forms).toEqual({ de: ['KI', 'künstliche Intelligenz'], en: [] });
  expect(merged.shadowed).toEqual([{ id: 'ki', form: 'AI', byId: 'my-ai' }]);
});

test('forms of entries scoped to different languages do not clash', () => {
  const de = entry('billion-de', { scope: 'de', forms: { de: ['Billion'], en: [] } });
  const en = entry('billion-en', { scope: 'en', forms: { de: [], en: ['Billion'] } });
  const merged = mergeGlossary([de], userGlossary({ entries: [en] }));
  expect(merged.shadowed).toEqual([]);
});

test('packs: the earlier pack wins an id both have', () => {
  const merged = mergeGlossary([], userGlossary({ packs: [pack('pack-a', [entry('x')]), pack('pack-b', [entry('x', { forms: { de: ['Y Y'], en: [] } })])] }));
  expect(merged.origins.get('x')).toEqual({ kind: 'pack', packId: 'pack-a', packName: 'Pack pack-a' });
  expect(merged.overridden).toHaveLength(1);
});
