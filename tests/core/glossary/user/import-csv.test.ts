import { importFile } from '../../../../src/core/glossary/user/import';
import { userProblemLine } from '../../message-text';
import { BUNDLED, userGlossary } from './fixtures';

const ctx = { current: userGlossary(), bundled: BUNDLED, defaultLang: 'de' as const };

function run(text: string, fileName = 'Medizin.csv') {
  return importFile({ fileName, size: text.length, text }, ctx);
}
function problems(text: string): string[] {
  const r = run(text);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems.map((p) => userProblemLine(p));
}

test('two columns without a header become a pack named after the file', () => {
  const r = run('Anamnese,Die Vorgeschichte eines Patienten.\r\n"Befund","Was die Untersuchung ergab, kurz."\r\n');
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.summary).toMatchObject({ kind: 'pack', packName: 'Medizin', entries: 2 });
  const [pack] = r.next.packs;
  expect(pack).toMatchObject({ id: 'pack-medizin', name: 'Medizin', enabled: true });
  expect(pack?.entries[1]).toEqual({
    id: 'befund',
    title: { de: 'Befund', en: '' },
    forms: { de: ['Befund'], en: [] },
    matchCase: [],
    short: { de: 'Was die Untersuchung ergab, kurz.', en: '' },
    long: { de: '', en: '' },
    category: 'concept',
    related: [],
    source: { label: 'Medizin' },
  });
});

test('a header (German Excel: semicolons, BOM) may add optional columns', () => {
  const text = '\uFEFFBegriff;Erklärung;Sprache;Kategorie;Formen;Link\nLoss;The training error.;en;technique;losses|loss function;https://example.org/loss\n';
  const r = run(text);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.next.packs[0]?.entries[0]).toMatchObject({
    id: 'loss',
    forms: { de: [], en: ['Loss', 'losses', 'loss function'] },
    short: { de: '', en: 'The training error.' },
    category: 'technique',
    source: { label: 'Medizin', url: 'https://example.org/loss' },
  });
});

test('ids come from the term, made unique', () => {
  const r = run('Größe,Wie groß etwas ist.\nKünstliche Intelligenz,Siehe KI.\n');
  expect(r.ok && r.next.packs[0]?.entries.map((e) => e.id)).toEqual(['groesse', 'kuenstliche-intelligenz']);
});

test('bad CSV rows name the line and column, and nothing is imported', () => {
  expect(problems('Anamnese,\n,Nur eine Erklärung.\n')).toEqual(['line 1 › explanation: is empty', 'line 2 › term: is empty']);
  expect(problems('a b,c\nd e,f,g\n')).toEqual(['line 2: has 3 columns; without a header row a CSV file has exactly two: term, explanation']);
  expect(problems('term,explanation,notes\nx y,z\n')).toEqual([
    'line 1 (header) › column 3: "notes" is not a known column (known: id, term, explanation, long, forms, language, category, url, cues, against, private)',
  ]);
  expect(problems('term,long\nx y,z\n')).toEqual(['line 1 (header) › explanation: the header needs a column named "explanation"']);
  expect(problems('Befund,Eins.\nbefund,Zwei.\n')).toEqual(['line 2 › term: "befund" is already on line 1']);
  expect(problems('term,explanation,language\nBefund,Eins.,fr\n')).toEqual(['line 2 › language: must be "de" or "en", not "fr"']);
  expect(problems('term,explanation,id\nAlpha,Eins.,dup\nBeta,Zwei.,dup\n')).toEqual(['line 3 › id: "dup" is already used on line 2']);
  expect(problems('Befund,"Eins.\n')).toEqual(['line 1: a quoted field is never closed']);
  expect(problems('')).toEqual(['file: the CSV file has no rows']);
});

test('validator problems in CSV are named by line and column', () => {
  expect(problems('die,Ein Artikel.\n')).toEqual(['line 1 › term: "die" is a common stop word']);
  expect(problems('x,Ein Buchstabe.\n')).toEqual(['line 1 › term: is a single character']);
  expect(problems('Befund,<script>alert(1)</script>\n')).toEqual(['line 1 › explanation: must not contain HTML or other markup']);
  expect(problems(`Befund,${'x'.repeat(401)}\n`)).toEqual(['line 1 › explanation: is 401 characters long (at most 400)']);
  expect(problems('term,explanation,url\nBefund,Eins.,ftp://x.org\n')).toEqual(['line 2 › url: must be an http: or https: URL']);
});

test('a "privat" column marks entries private; anything but yes or no there is refused by line and column', () => {
  const r = run('Begriff;Erklärung;Privat\nDiagnose X;Meine Notiz.;ja\nBefund;Öffentlich.;\n');
  expect(r.ok).toBe(true);
  if (r.ok) expect(r.next.packs[0]?.entries.map((e) => [e.id, e.private === true])).toEqual([['diagnose-x', true], ['befund', false]]);
  expect(problems('Begriff;Erklärung;Privat\nDiagnose X;Meine Notiz.;vielleicht\n')).toEqual([expect.stringContaining('line 2 › private: must be "ja"/"yes" or "nein"/"no", not "vielleicht"')]);
});
