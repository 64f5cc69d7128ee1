import { deleteUserEntry, newEntryId, removePack, saveUserEntry, setBundledHidden, setPackEnabled } from '../../../../src/core/glossary/user/edit';
import { userProblemLine } from '../../message-text';
import { BUNDLED, entry, userGlossary } from './fixtures';

const opts = { bundled: BUNDLED };

test('a new entry is validated, normalised and appended', () => {
  const raw = { id: 'mine', title: { de: ' Mein Begriff ' }, forms: { de: ['Mein Begriff'] }, short: { de: 'Erklärt.' }, category: 'concept', source: { label: 'Ich' } };
  const r = saveUserEntry(userGlossary(), raw, opts);
  expect(r.ok).toBe(true);
  expect(r.ok && r.next.entries).toEqual([
    { id: 'mine', title: { de: 'Mein Begriff', en: '' }, forms: { de: ['Mein Begriff'], en: [] }, matchCase: [], short: { de: 'Erklärt.', en: '' }, long: { de: '', en: '' }, category: 'concept', related: [], source: { label: 'Ich' } },
  ]);
});

test('an invalid entry changes nothing and says why', () => {
  const g = userGlossary({ entries: [entry('other')] });
  const r = saveUserEntry(g, { ...entry('mine'), forms: { de: ['other de'], en: ['a'] } }, opts);
  expect(r.ok).toBe(false);
  expect(!r.ok && r.problems.map((p) => userProblemLine(p))).toEqual([
    'entry "mine" › forms.en[0]: is a single character',
    'entry "mine" › forms.de[0]: "other de" is also a form of other (forms.de[0]: "other de")',
  ]);
});

test('editing keeps the position; renaming updates links from your other entries', () => {
  const g = userGlossary({ entries: [entry('a'), entry('b', { related: ['a'] })] });
  const r = saveUserEntry(g, entry('a2', { forms: { de: ['a de'], en: [] } }), { ...opts, previousId: 'a' });
  expect(r.ok && r.next.entries.map((e) => [e.id, e.related])).toEqual([
    ['a2', []],
    ['b', ['a2']],
  ]);
});

test('related may point at bundled and pack entries', () => {
  const g = userGlossary({ packs: [{ id: 'pack-p', name: 'P', enabled: true, entries: [entry('p-term')] }] });
  const r = saveUserEntry(g, entry('mine', { related: ['ki', 'p-term'] }), opts);
  expect(r.ok && r.entry.related).toEqual(['ki', 'p-term']);
});

test('new ids never take over an existing entry by accident', () => {
  expect(newEntryId('KI', userGlossary(), BUNDLED)).toBe('ki-2');
  expect(newEntryId('Künstliche Intelligenz', userGlossary(), BUNDLED)).toBe('kuenstliche-intelligenz');
});

test('delete removes links to the entry unless a bundled entry keeps the id', () => {
  const g = userGlossary({ entries: [entry('a'), entry('ki'), entry('b', { related: ['a', 'ki'] })] });
  const afterA = deleteUserEntry(g, 'a', BUNDLED);
  expect(afterA.entries.map((e) => e.id)).toEqual(['ki', 'b']);
  expect(afterA.entries[1]?.related).toEqual(['ki']);
  expect(deleteUserEntry(afterA, 'ki', BUNDLED).entries[0]?.related).toEqual(['ki']);
  expect(deleteUserEntry(g, 'nope', BUNDLED)).toBe(g);
});

test('packs switch on and off and are removed with links to them', () => {
  const g = userGlossary({ entries: [entry('mine', { related: ['p-term'] })], packs: [{ id: 'pack-p', name: 'P', enabled: true, entries: [entry('p-term')] }] });
  const off = setPackEnabled(g, 'pack-p', false);
  expect(off.packs[0]?.enabled).toBe(false);
  expect(setPackEnabled(off, 'pack-p', false)).toBe(off);
  const removed = removePack(g, 'pack-p', BUNDLED);
  expect(removed.packs).toEqual([]);
  expect(removed.entries[0]?.related).toEqual([]);
});

test('bundled entries are hidden and shown again', () => {
  const g = setBundledHidden(userGlossary(), 'ki', true);
  expect(g.hiddenBundled).toEqual(['ki']);
  expect(setBundledHidden(g, 'ki', true)).toBe(g);
  expect(setBundledHidden(g, 'ki', false).hiddenBundled).toEqual([]);
});
