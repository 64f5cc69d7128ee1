import { exportFull, exportPack } from '../../../../src/core/glossary/user/file-schema';
import { importFile } from '../../../../src/core/glossary/user/import';
import { mergeGlossary } from '../../../../src/core/glossary/user/merge';
import { userProblemLine } from '../../message-text';
import { BUNDLED, entry, userGlossary } from './fixtures';

const full = userGlossary({
  entries: [
    entry('mine', { related: ['ki', 'p-term'], long: { de: 'Länger.', en: '' }, source: { label: 'Ich', url: 'https://example.org/a?b=1' } }),
    entry('ki', { forms: { de: ['KI'], en: [] }, matchCase: ['KI'], scope: 'de', checked: '2025-02-01' }),
  ],
  packs: [
    { id: 'pack-p', name: 'P', enabled: true, entries: [entry('p-term')] },
    { id: 'pack-off', name: 'Aus', enabled: false, entries: [entry('off-term')] },
  ],
  hiddenBundled: ['deepseek'],
});

test('export everything, import on a clean profile: exactly the same glossary', () => {
  const text = exportFull(full);
  const r = importFile({ fileName: 'klartext-glossary.json', size: text.length, text }, { current: userGlossary(), bundled: BUNDLED, defaultLang: 'de' });
  if (!r.ok) throw new Error(r.problems.map((p) => userProblemLine(p)).join('\n'));
  expect(r.next).toEqual(full);
  expect(exportFull(r.next)).toBe(text);
  expect(mergeGlossary(BUNDLED, r.next)).toEqual(mergeGlossary(BUNDLED, full));
  expect(r.summary).toMatchObject({ kind: 'full', entries: 4, packs: 2, hidden: 1, unchanged: 0 });
});

test('importing the same export again changes nothing', () => {
  const text = exportFull(full);
  const r = importFile({ fileName: 'x.json', size: text.length, text }, { current: full, bundled: BUNDLED, defaultLang: 'de' });
  expect(r.ok && r.next).toEqual(full);
  expect(r.ok && r.summary.unchanged).toBe(5);
});

test('an exported pack comes back as a pack with the same entries', () => {
  const text = exportPack(full.packs[0]!);
  const r = importFile({ fileName: 'p.json', size: text.length, text }, { current: userGlossary(), bundled: BUNDLED, defaultLang: 'de' });
  expect(r.ok && r.next.packs).toEqual([{ ...full.packs[0], id: 'pack-p' }]);
});

test('a restore that would replace a different entry of yours is refused', () => {
  const text = exportFull(userGlossary({ entries: [entry('mine', { short: { de: 'Anders.', en: '' } })] }));
  const r = importFile({ fileName: 'x.json', size: text.length, text }, { current: full, bundled: BUNDLED, defaultLang: 'de' });
  expect(!r.ok && r.problems.map((p) => userProblemLine(p))).toEqual([
    'entry "mine" › id: you already have a different entry with this id; rename or delete one of them first',
  ]);
});

test('a pack that takes forms from bundled entries says so', () => {
  const text = JSON.stringify({ format: 'klartext-glossary', version: 1, name: 'Meins', entries: [entry('my-ki', { forms: { de: ['KI'], en: [] } }), entry('ki', { forms: { de: ['Künstliche Intelligenz'], en: [] } })] });
  const r = importFile({ fileName: 'x.json', size: text.length, text }, { current: userGlossary(), bundled: BUNDLED, defaultLang: 'de' });
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.summary.overrides).toEqual([{ id: 'ki', origin: { kind: 'bundled' }, by: { kind: 'pack', packId: 'pack-meins', packName: 'Meins' } }]);
  expect(r.summary.shadowed).toEqual([]);
});
