import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readLocaleSources } from '../../build/locales';
import { importFile } from '../../src/core/glossary/user/import';
import { toProblem } from '../../src/core/glossary/user/types';
import { msg, renderMessage, renderProblem } from '../../src/core/message';
import { parseSettings } from '../../src/core/settings/validate';
import { BUNDLED, file, userGlossary } from './glossary/user/fixtures';
import { messageText, problemLine } from './message-text';

const lookup = (key: string, subs: string[]) => `${key}(${subs.join('|')})`;

test('a message is its key and arguments; an argument may be a message itself', () => {
  expect(renderMessage(msg('outer', 'x', 3, msg('inner', 'y')), lookup)).toBe('outer(x|3|inner(y))');
  expect(renderProblem({ at: 'entry "a" › id', message: msg('k') }, lookup)).toBe('entry "a" › id: k()');
  expect(renderProblem({ at: '', message: msg('k') }, lookup)).toBe('k()');
});

describe('message keys', () => {
  const KEY = /'((?:problem|json|value|expect|fallback)_[A-Za-z0-9_]+)'/g;
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const full = path.join(dir, d.name);
      return d.isDirectory() ? sources(full) : /\.tsx?$/.test(d.name) ? [readFileSync(full, 'utf8')] : [];
    });
  const used = new Set(sources(path.join(process.cwd(), 'src')).flatMap((text) => [...text.matchAll(KEY)].map((m) => m[1] as string)));
  const problemsFile = Object.keys(JSON.parse(readFileSync(path.join(process.cwd(), 'locales/problems.json'), 'utf8')) as object);

  test('every key the code uses has a German and an English text', () => {
    const locales = readLocaleSources(path.join(process.cwd(), 'locales'));
    expect([...used].filter((key) => !locales[key]?.de || !locales[key]?.en)).toEqual([]);
  });

  test('every text in locales/problems.json is used', () => {
    expect(problemsFile.filter((key) => !used.has(key))).toEqual([]);
  });
});

describe('the same bad input in German and in English: same path, translated message', () => {
  const ctx = { current: userGlossary(), bundled: BUNDLED, defaultLang: 'de' as const };
  const importProblems = (text: string, fileName = 'pack.json') => {
    const r = importFile({ fileName, size: text.length, text }, ctx);
    return r.ok ? [] : r.problems.map(toProblem);
  };
  const good = { id: 'llm', title: { de: 'Sprachmodell' }, forms: { de: ['Sprachmodell'] }, short: { de: 'Ein Modell.' }, category: 'concept' };

  test.each([
    [
      'a stop word as a form',
      file({ entries: [{ ...good, forms: { de: ['die'] } }] }),
      'entry "llm" › forms.de[0]: "die" is a common stop word',
      'entry "llm" › forms.de[0]: „die“ ist ein zu häufiges Wort und würde fast überall markiert',
    ],
    [
      'markup in a text',
      file({ entries: [{ ...good, short: { de: '<b>x</b>' } }] }),
      'entry "llm" › short.de: must not contain HTML or other markup',
      'entry "llm" › short.de: darf kein HTML und kein anderes Markup enthalten',
    ],
    [
      'broken JSON, with a translated part inside the message',
      '{"format": "klartext-glossary", "version": 1, "entries": [',
      'file › JSON: is not valid JSON: line 1, column 59: expected a value, found the end of the file',
      'file › JSON: ist kein gültiges JSON: Zeile 1, Spalte 59: erwartet wurde ein Wert, gefunden: das Dateiende',
    ],
    [
      'a newer file version',
      file({ version: 2, entries: [good] }),
      'file › version: the file is version 2, written by a newer Klartext; this Klartext reads version 1',
      'file › version: Die Datei hat Version 2 und wurde von einem neueren Klartext geschrieben; dieser Klartext liest Version 1',
    ],
    [
      'a duplicate id (the other entry named by position)',
      file({ entries: [good, { ...good, forms: { de: ['Modell'] } }] }),
      'entry "llm" › id: duplicate id: entries[0] has it too',
      'entry "llm" › id: doppelte ID: entries[0] hat sie auch',
    ],
  ])('%s', (_name, text, en, de) => {
    const problems = importProblems(text);
    expect(problems.map((p) => problemLine(p, 'en'))).toEqual([en]);
    expect(problems.map((p) => problemLine(p, 'de'))).toEqual([de]);
  });

  test('CSV rows', () => {
    const problems = importProblems('der,Ein Artikel.\nBefund,\n', 'Medizin.csv');
    expect(problems.map((p) => problemLine(p, 'en'))).toEqual(['line 2 › explanation: is empty']);
    expect(problems.map((p) => problemLine(p, 'de'))).toEqual(['line 2 › explanation: ist leer']);
  });

  test('stored settings', () => {
    const r = parseSettings({ version: 1, paused: 'yes' });
    const problems = r.ok ? [] : r.problems;
    expect(problems.map((p) => problemLine(p, 'en')).slice(0, 2)).toEqual(['paused: expected true or false, got "yes"', 'siteMode: missing']);
    expect(problems.map((p) => problemLine(p, 'de')).slice(0, 2)).toEqual(['paused: erwartet wird true oder false, gefunden: "yes"', 'siteMode: fehlt']);
  });

  test('values described in the message are translated too', () => {
    expect(messageText(msg('problem_expectedGot', 1, msg('value_nothing')), 'de')).toBe('erwartet wird 1, gefunden: nichts');
  });
});
