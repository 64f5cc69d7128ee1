import type { EntryFlag } from '../../../src/core/flags/types';
import { exportFull } from '../../../src/core/glossary/user/file-schema';
import { importFile, type ImportResult } from '../../../src/core/glossary/user/import';
import type { UserGlossary } from '../../../src/core/glossary/user/types';
import { userProblemLine } from '../message-text';
import { BUNDLED, entry, file, userGlossary } from '../glossary/user/fixtures';

const glossary = userGlossary({
  entries: [entry('mine')],
  packs: [{ id: 'pack-p', name: 'P', enabled: true, entries: [entry('p-term')] }],
  hiddenBundled: ['distillation'],
});
const flags: EntryFlag[] = [
  { entry: 'deepseek', title: 'deepseek', kind: 'outdated', note: 'R2 ist erschienen.\nSiehe Blog.', date: '2025-03-14', checked: '2025-01-31' },
  { entry: 'gone-entry', title: 'Ein entfernter Eintrag', kind: 'wrong', note: '', date: '2025-03-15' },
];

const load = (text: string, current: UserGlossary = userGlossary()): ImportResult =>
  importFile({ fileName: 'klartext-glossary.json', size: text.length, text }, { current, bundled: BUNDLED, defaultLang: 'de' });
const problems = (r: ImportResult) => (r.ok ? [] : r.problems.map((p) => userProblemLine(p)));

test('export everything with flags, import on a clean profile: the same glossary and the same flags', () => {
  const text = exportFull(glossary, flags);
  expect(JSON.parse(text).flags).toEqual(flags);
  const r = load(text);
  if (!r.ok) throw new Error(problems(r).join('\n'));
  expect(r.next).toEqual(glossary);
  expect(r.flags).toEqual(flags);
  expect(exportFull(r.next, r.flags)).toBe(text);
});

test('without flags the export is exactly what it was before flags existed', () => {
  const text = exportFull(glossary);
  expect(text).toBe(exportFull(glossary, []));
  expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'entries', 'packs', 'hiddenBundled']);
  const r = load(text);
  expect(r.ok && r.next).toEqual(glossary);
  expect(r.ok && r.flags).toEqual([]);
});

test('files written before flags import unchanged: a pack file and a full export', () => {
  const pack = file({ name: 'Medizin', entries: [entry('anamnese')] });
  const r = load(pack);
  expect(r.ok && r.summary).toMatchObject({ kind: 'pack', packName: 'Medizin', entries: 1 });
  expect(r.ok && r.flags).toEqual([]);
  const old = file({ entries: [entry('mine')], packs: [], hiddenBundled: ['deepseek'] });
  const full = load(old);
  expect(full.ok && full.next).toEqual(userGlossary({ entries: [entry('mine')], hiddenBundled: ['deepseek'] }));
  expect(full.ok && full.flags).toEqual([]);
});

test('a file with flags is a full export even without packs: its entries become your own', () => {
  const r = load(file({ entries: [entry('mine')], flags }));
  expect(r.ok && r.next).toEqual(userGlossary({ entries: [entry('mine')] }));
  expect(r.ok && r.summary.kind).toBe('full');
  expect(r.ok && r.flags).toEqual(flags);
});

test('bad flags refuse the whole file, each problem with its path', () => {
  const bad = file({ entries: [entry('mine')], hiddenBundled: [], flags: [flags[0], { ...flags[1], kind: 'falsch', date: 'gestern' }, 'x'] });
  expect(problems(load(bad))).toEqual([
    'flags[1] › kind: must be one of "wrong", "outdated"',
    'flags[1] › date: must be a date written YYYY-MM-DD',
    'flags[2]: must be an object, got "x"',
  ]);
  expect(problems(load(file({ entries: [], flags: { deepseek: 'outdated' } })))).toEqual(['file › flags: must be a list, got an object']);
});

test('importing the same export again changes no entry; its flags come back for the store to merge', () => {
  const text = exportFull(glossary, flags);
  const r = load(text, glossary);
  expect(r.ok && r.next).toEqual(glossary);
  expect(r.ok && r.flags).toEqual(flags);
});
