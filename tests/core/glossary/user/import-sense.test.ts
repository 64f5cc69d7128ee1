import { importFile } from '../../../../src/core/glossary/user/import';
import { userProblemLine } from '../../message-text';
import { BUNDLED, file, userGlossary } from './fixtures';

const ctx = { current: userGlossary(), bundled: BUNDLED, defaultLang: 'de' as const };
const run = (text: string, fileName: string) => importFile({ fileName, size: text.length, text }, ctx);

const token = {
  id: 'token',
  title: { de: 'Token', en: 'Token' },
  forms: { de: ['Token', 'Tokens'], en: ['token'] },
  short: { de: 'Ein Textstück für ein Sprachmodell.', en: 'A piece of text for a language model.' },
  category: 'concept',
};

test('a JSON entry keeps its sense rules and familiarity through import', () => {
  const sense = { forms: ['Token'], cues: ['Sprachmodell*', 'context window'], against: ['login'], supportedBy: ['ki'], name: false, prefix: true, years: [2025], local: true };
  const r = run(file({ entries: [{ ...token, sense, familiar: true }] }), 'KI.json');
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  const [stored] = r.next.packs[0]?.entries ?? [];
  // `false` flags are left out of the normalised copy; everything else is kept as written.
  expect(stored?.sense).toEqual({ forms: ['Token'], cues: ['Sprachmodell*', 'context window'], against: ['login'], supportedBy: ['ki'], prefix: true, years: [2025], local: true });
  expect(stored?.familiar).toBe(true);
});

test('version 1 files without the new fields import as before (no sense, not familiar)', () => {
  const r = run(file({ entries: [token] }), 'KI.json');
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  const [stored] = r.next.packs[0]?.entries ?? [];
  expect(stored?.sense).toBeUndefined();
  expect(stored?.familiar).toBeUndefined();
});

test('bad sense fields are refused with their field paths, and nothing is imported', () => {
  const bad = { ...token, familiar: 'yes', sense: { forms: ['Tokenizer'], cues: ['x', 'ok cue', 7], against: 'login', supportedBy: ['Not An Id'], years: [25], name: 'no', local: 1 } };
  const r = run(file({ entries: [bad] }), 'KI.json');
  expect(r.ok).toBe(false);
  if (r.ok) return;
  const lines = r.problems.map((p) => userProblemLine(p));
  for (const expected of [
    'familiar: must be true or false',
    'sense.forms[0]: "Tokenizer" is not one of the entry\'s forms',
    'sense.cues[0]: needs at least two letters or digits',
    'sense.cues[2]: must be a non-empty string',
    'sense.against: must be a list of strings',
    'sense.supportedBy[0]: "Not An Id" is not an entry id',
    'sense.years[0]: must be a year like 2025',
    'sense.name: must be true or false',
    'sense.local: must be true or false',
  ]) {
    expect(lines.some((l) => l.includes(`entry "token" › ${expected}`))).toBe(true);
  }
  expect(ctx.current.packs).toEqual([]);
});

test('a sense that is not an object is one clear problem', () => {
  const r = run(file({ entries: [{ ...token, sense: ['login'] }] }), 'KI.json');
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.problems.map((p) => userProblemLine(p)).join('\n')).toContain('sense: must be an object');
});

test('CSV columns cues and against (German names too) make a term ambiguous', () => {
  const text = 'Begriff;Erklärung;Hinweise;Gegenhinweise\nToken;Ein Textstück für ein Sprachmodell.;Sprachmodell*|Kontextfenster;Login|Session*\nBefund;Was die Untersuchung ergab.;;\n';
  const r = run(text, 'KI.csv');
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  const [tok, befund] = r.next.packs[0]?.entries ?? [];
  expect(tok?.sense).toEqual({ cues: ['Sprachmodell*', 'Kontextfenster'], against: ['Login', 'Session*'] });
  expect(befund?.sense).toBeUndefined();
});

test('a bad cue in a CSV file names its line and column', () => {
  const r = run('term,explanation,cues\nToken,A piece of text.,ok|x\n', 'KI.csv');
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.problems.map((p) => userProblemLine(p)).join('\n')).toMatch(/line 2 › cues: needs at least two letters or digits/);
});

test('a private entry stays private through import; a private flag that is not a boolean is refused by name', () => {
  const r = run(file({ entries: [{ ...token, private: true }] }), 'Notizen.json');
  expect(r.ok).toBe(true);
  if (r.ok) expect(r.next.packs[0]?.entries[0]?.private).toBe(true);
  const bad = run(file({ entries: [{ ...token, private: 'ja' }] }), 'Notizen.json');
  expect(bad.ok).toBe(false);
  if (!bad.ok) expect(bad.problems.map((p) => userProblemLine(p)).some((l) => l.includes('entry "token" › private: must be true or false'))).toBe(true);
});
