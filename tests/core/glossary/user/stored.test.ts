import { parseStoredGlossary } from '../../../../src/core/glossary/user/stored';
import { problemLine } from '../../message-text';
import { BUNDLED, entry, userGlossary } from './fixtures';

/** The problems as the options page lists them, in English; [] when the glossary is valid. */
function problems(raw: unknown): string[] {
  const result = parseStoredGlossary(raw, BUNDLED);
  return result.ok ? [] : result.problems.map((p) => problemLine(p));
}

test('a valid stored glossary comes back as it was', () => {
  const g = userGlossary({ entries: [entry('mine', { related: ['ki'] })], packs: [{ id: 'pack-x', name: 'X', enabled: false, entries: [entry('x-term')] }], hiddenBundled: ['deepseek'] });
  expect(parseStoredGlossary(g, BUNDLED)).toEqual({ ok: true, glossary: g, migrated: false });
});

test('version 0 (a bare list of entries) is migrated', () => {
  const result = parseStoredGlossary([entry('mine')], BUNDLED);
  expect(result).toEqual({ ok: true, glossary: userGlossary({ entries: [entry('mine')] }), migrated: true });
});

test('a newer or unknown version is reported, not guessed at', () => {
  expect(problems({ ...userGlossary(), version: 3 })).toEqual([
    'version: the glossary was stored by a newer Klartext (version 3; this one understands 1). Update Klartext to use it.',
  ]);
  expect(problems({ ...userGlossary(), version: 'x' })).toEqual(['version: expected 1, got "x"']);
  expect(problems({ ...userGlossary(), version: undefined })).toEqual(['version: expected 1, got nothing']);
  expect(problems('nonsense')).toEqual(['glossary: expected an object']);
});

test('every invalid part is named', () => {
  const bad = {
    version: 1,
    entries: [entry('mine', { short: { de: '<b>x</b>', en: '' } })],
    packs: [{ id: 'Bad', name: '', entries: 'x' }],
    hiddenBundled: [7],
  };
  expect(parseStoredGlossary(bad, BUNDLED).ok).toBe(false);
  expect(problems(bad)).toEqual([
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
