/**
 * Every kind of bad input the options page can be given, and the exact
 * message it gets. A bad file never yields a next glossary: the caller has
 * nothing to store, so the glossary stays exactly as it was.
 */
import { importFile, type ImportResult } from '../../../../src/core/glossary/user/import';
import { userProblemLine } from '../../message-text';
import { BUNDLED, entry, file, userGlossary } from './fixtures';

const current = userGlossary({ entries: [entry('mine')] });
const before = structuredClone(current);
const ctx = { current, bundled: BUNDLED, defaultLang: 'de' as const };

function problems(text: string, fileName = 'pack.json', size = text.length): string[] {
  const result: ImportResult = importFile({ fileName, size, text }, ctx);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map((p) => userProblemLine(p));
}

const good = { id: 'llm', title: { de: 'Sprachmodell' }, forms: { de: ['Sprachmodell'] }, short: { de: 'Ein Modell für Sprache.' }, category: 'concept' };

afterEach(() => {
  expect(current).toEqual(before);
});

test('invalid JSON names the line and column', () => {
  expect(problems('{\n  "format": "klartext-glossary",\n  "version": 1,\n  "entries": [}\n')).toEqual([
    'file › JSON: is not valid JSON: line 4, column 15: expected a value, found "}"',
  ]);
  expect(problems('{"format": "klartext-glossary", "version": 1, "entries": [],}')).toEqual([
    'file › JSON: is not valid JSON: line 1, column 61: expected another property (no comma before "}"), found "}"',
  ]);
  expect(problems('{"format": "klartext-glossary"')).toEqual([
    'file › JSON: is not valid JSON: line 1, column 31: expected "," or "}", found the end of the file',
  ]);
});

test('not a Klartext file, a bare list, a wrong or newer schema version', () => {
  expect(problems('{"entries": []}')).toEqual(['file › format: expected "klartext-glossary", got nothing — this is not a Klartext glossary file']);
  expect(problems('[{"id": "x"}]')).toEqual([
    'file › format: the file is a bare list; wrap it as { "format": "klartext-glossary", "version": 1, "entries": [ … ] }',
  ]);
  expect(problems(file({ version: 2, entries: [good] }))).toEqual([
    'file › version: the file is version 2, written by a newer Klartext; this Klartext reads version 1',
  ]);
  expect(problems(file({ version: '1', entries: [good] }))).toEqual(['file › version: expected 1, got "1"']);
  expect(problems(JSON.stringify({ format: 'klartext-glossary', entries: [good] }))).toEqual(['file › version: expected 1, got nothing']);
});

test('missing or empty entries', () => {
  expect(problems(file({}))).toEqual(['file › entries: is missing (a list of entries, may be empty)']);
  expect(problems(file({ entries: {} }))).toEqual(['file › entries: must be a list, got an object']);
  expect(problems(file({ entries: [] }))).toEqual(['file › entries: the file has no entries']);
});

test('missing fields name the entry and the field', () => {
  expect(problems(file({ entries: [{ ...good, short: undefined }] }))).toEqual([
    'entry "llm" › short.de: is missing: at least one language needs a title, a form and a short explanation',
  ]);
  expect(problems(file({ entries: [{ ...good, id: undefined }] }))).toEqual(['entries[0] › id: is missing']);
  expect(problems(file({ entries: [{ ...good, category: undefined }] }))).toEqual([
    'entry "llm" › category: must be one of model, product, company, technique, concept, event, policy, hardware, economy',
  ]);
});

test('duplicate ids and duplicate forms inside the file', () => {
  const other = { ...good, forms: { de: ['Modell'] } };
  expect(problems(file({ entries: [good, other] }))).toEqual(['entry "llm" › id: duplicate id: entries[0] has it too']);
  const sameForm = { ...good, id: 'llm-2' };
  expect(problems(file({ entries: [good, sameForm] }))).toEqual([
    'entry "llm-2" › forms.de[0]: "Sprachmodell" is also a form of llm (forms.de[0]: "Sprachmodell")',
  ]);
});

test('HTML or script in any text field', () => {
  expect(problems(file({ entries: [{ ...good, short: { de: '<img src=x onerror=alert(1)>' } }] }))).toEqual([
    'entry "llm" › short.de: must not contain HTML or other markup',
  ]);
  expect(problems(file({ entries: [{ ...good, title: { de: 'Modell<script>alert(1)</script>' } }] }))).toEqual([
    'entry "llm" › title.de: must not contain HTML or other markup',
  ]);
  expect(problems(file({ name: '<b>Pack</b>', entries: [good] }))).toEqual(['file › name: must not contain HTML or other markup']);
});

test('links only with http(s)', () => {
  expect(problems(file({ entries: [{ ...good, source: { label: 'x', url: 'javascript:alert(1)' } }] }))).toEqual([
    'entry "llm" › source.url: must be an http: or https: URL',
  ]);
});

test('forms that would match nearly everything', () => {
  expect(problems(file({ entries: [{ ...good, forms: { de: ['a'] } }] }))).toEqual(['entry "llm" › forms.de[0]: is a single character']);
  expect(problems(file({ entries: [{ ...good, forms: { de: ['die'] } }] }))).toEqual(['entry "llm" › forms.de[0]: "die" is a common stop word']);
  expect(problems(file({ entries: [{ ...good, forms: { de: ['Sprachmodell', 'The'] } }] }))).toEqual(['entry "llm" › forms.de[1]: "The" is a common stop word']);
  expect(problems(file({ entries: [{ ...good, forms: { de: ['-.'] } }] }))).toEqual(['entry "llm" › forms.de[0]: needs at least two letters or digits']);
});

test('related must name an entry that exists somewhere', () => {
  expect(problems(file({ entries: [{ ...good, related: ['ki', 'nope'] }] }))).toEqual(['entry "llm" › related[1]: "nope" is not an entry']);
});

test('a file far too big is refused before it is read', () => {
  expect(problems('', 'huge.json', 50_000_000)).toEqual(['file: is 50.0 MB; Klartext imports glossary files up to 8.0 MB']);
  expect(problems('x'.repeat(8_000_001), 'big.csv', 10)).toEqual(['file: is 8.0 MB; Klartext imports glossary files up to 8.0 MB']);
});

test('too many entries in one file', () => {
  const many = Array.from({ length: 10_001 }, (_, i) => ({ ...good, id: `t${i}`, forms: { de: [`Term${i}`] } }));
  expect(problems(file({ entries: many }))).toEqual(['file › entries: has 10001 entries (at most 10000 per file)']);
});

test('every problem of a file is listed, not just the first', () => {
  const list = problems(file({ entries: [{ ...good, forms: { de: ['a'] } }, { ...good, id: 'Bad Id' }] }));
  expect(list).toEqual([
    'entry "llm" › forms.de[0]: is a single character',
    'entry "Bad Id" › id: must be lowercase letters and digits joined by single hyphens',
  ]);
});
