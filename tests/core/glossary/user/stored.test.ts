import { parseStoredGlossary } from '../../../../src/core/glossary/user/stored';
import { BUNDLED, entry, userGlossary } from './fixtures';

test('a valid stored glossary comes back as it was', () => {
  const g = userGlossary({ entries: [entry('mine', { related: ['ki'] })], packs: [{ id: 'pack-x', name: 'X', enabled: false, entries: [entry('x-term')] }], hiddenBundled: ['deepseek'] });
  expect(parseStoredGlossary(g, BUNDLED)).toEqual({ ok: true, glossary: g, migrated: false });
});

test('version 0 (a bare list of entries) is migrated', () => {
  const result = parseStoredGlossary([entry('mine')], BUNDLED);
  expect(result).toEqual({ ok: true, glossary: userGlossary({ entries: [entry('mine')] }), migrated: true });
});

test('a newer or unknown version is reported, not guessed at', () => {
  expect(parseStoredGlossary({ ...userGlossary(), version: 3 }, BUNDLED)).toEqual({
    ok: false,
    problems: ['version: the glossary was stored by a newer Klartext (version 3; this one understands 1). Update Klartext to use it.'],
  });
  expect(parseStoredGlossary({ ...userGlossary(), version: 'x' }, BUNDLED)).toEqual({ ok: false, problems: ['version: expected 1, got "x"'] });
  expect(parseStoredGlossary('nonsense', BUNDLED)).toEqual({ ok: false, problems: ['glossary: expected an object'] });
});

test('every invalid part is named', () => {
  const bad = {
    version: 1,
    entries: [entry('mine', { short: { de: '<b>x</b>', en: '' } })],
    packs: [{ id: 'Bad', name: '', entries: 'x' }],
    hiddenBundled: [7],
  };
  const result = parseStoredGlossary(bad, BUNDLED);
  expect(result.ok).toBe(false);
  expect(!result.ok && result.problems).toEqual([
    'your entries › entry "mine" › short.de: must not contain HTML or other markup',
    'packs[0] › id: must be "pack-" followed by lowercase letters and digits joined by hyphens',
    'packs[0] › name: must not be empty',
    'packs[0] › entries: must be a list of entries',
    'packs[0] › enabled: must be true or false',
    'stored glossary › hiddenBundled[0]: must be an entry id',
  ]);
});

test('a link to an entry that no longer exists is dropped, not an error', () => {
  const g = userGlossary({ entries: [entry('mine', { related: ['removed-by-update', 'ki'] })] });
  const result = parseStoredGlossary(g, BUNDLED);
  expect(result.ok && result.glossary.entries[0]?.related).toEqual(['ki']);
});
