/**
 * CSV rows → glossary entries. The simple case is two columns, term and
 * explanation, with or without a header row; a header may add optional
 * columns (see docs/glossary-format.md). Problems name the row and column.
 */
import * as v from 'valibot';
import { msg } from '../../message';
import { issueList, says } from '../../schema/issues';
import { CATEGORIES, LANGS, type Lang } from '../types';
import type { CsvRow } from './csv';
import type { UserProblem } from './types';

type Column = 'id' | 'term' | 'explanation' | 'long' | 'forms' | 'language' | 'category' | 'url' | 'cues' | 'against' | 'private';

const ALIASES: Record<Column, readonly string[]> = {
  id: ['id'],
  term: ['term', 'begriff', 'title', 'titel'],
  explanation: ['explanation', 'erklärung', 'erklaerung', 'short', 'kurz', 'definition'],
  long: ['long', 'details', 'ausführlich', 'langtext'],
  forms: ['forms', 'formen', 'synonyms', 'synonyme'],
  language: ['language', 'lang', 'sprache'],
  category: ['category', 'kategorie'],
  url: ['url', 'link'],
  cues: ['cues', 'hinweise'],
  against: ['against', 'counter-cues', 'gegenhinweise'],
  private: ['private', 'privat'],
};
const COLUMN_NAMES = Object.keys(ALIASES) as Column[];

export interface CsvEntriesOptions {
  /** Used for `source.label` of every entry. */
  packName: string;
  /** The language explanations are in unless a `language` column says otherwise. */
  defaultLang: Lang;
}

export interface RawCsvEntries {
  /** Raw entries for `checkEntries`, and the row each came from (by id). */
  raw: Record<string, unknown>[];
  rowOf: Map<string, number>;
  problems: UserProblem[];
}

function columnOf(header: string): Column | undefined {
  const name = header.trim().toLowerCase();
  return COLUMN_NAMES.find((c) => ALIASES[c].includes(name));
}

/**
 * A header row: every non-empty cell names a known column, or at least two
 * do (then the others are reported). One known word next to unknown text is
 * data: a glossary may well explain the term "Link".
 */
function readHeader(row: CsvRow): { columns: (Column | undefined)[]; problems: UserProblem[] } | null {
  const named = row.cells.map(columnOf);
  const filled = row.cells.filter((c) => c.trim() !== '').length;
  const known = named.filter((c) => c !== undefined).length;
  if (known === 0 || (known < 2 && known < filled)) return null;
  const problems: UserProblem[] = [];
  const where = `line ${row.line} (header)`;
  row.cells.forEach((cell, i) => {
    if (cell.trim() !== '' && named[i] === undefined) {
      problems.push({ where, field: `column ${i + 1}`, message: msg('problem_csvUnknownColumn', cell.trim(), COLUMN_NAMES.join(', ')) });
    }
    const first = named.indexOf(named[i]);
    if (named[i] !== undefined && first !== i) problems.push({ where, field: `column ${i + 1}`, message: msg('problem_csvRepeatedColumn', first + 1, named[i]) });
  });
  for (const needed of ['term', 'explanation'] as const) {
    if (!named.includes(needed)) problems.push({ where, field: needed, message: msg('problem_csvNeedsColumn', needed) });
  }
  return { columns: named, problems };
}

/** "Künstliche Intelligenz" → "kuenstliche-intelligenz". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/** An id not in `taken`: the slug, else slug-2, slug-3… */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const stem = base === '' ? 'term' : base;
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

const YES = ['yes', 'ja', 'true', 'x', '1'];
const NO = ['no', 'nein', 'false', '0'];
const filledCell = v.pipe(v.string(), v.check((text) => text !== '', says(msg('problem_csvEmpty'))));
/** A cell that names one of `options`, in any case; an empty one means `fallback`. */
const choiceCell = <const T extends string>(options: readonly T[], fallback: T | '', problem: (text: string) => ReturnType<typeof msg>) =>
  v.pipe(
    v.string(),
    v.transform((text) => text.toLowerCase() || fallback),
    v.picklist(options, says((text) => problem(String(text)))),
  );

/** The cells of a row that are more than text, checked (trimmed cells in, what they mean out). */
const rowCells = (defaultLang: Lang) =>
  v.object({
    term: filledCell,
    explanation: filledCell,
    language: choiceCell(LANGS, defaultLang, (text) => msg('problem_csvLanguage', text)),
    category: choiceCell(CATEGORIES, 'concept', () => msg('problem_oneOf', CATEGORIES.join(', '))),
    private: v.pipe(choiceCell(['', ...YES, ...NO], '', (text) => msg('problem_csvPrivate', text)), v.transform((text) => YES.includes(text))),
  });

export function csvRowsToEntries(rows: readonly CsvRow[], options: CsvEntriesOptions): RawCsvEntries {
  const problems: UserProblem[] = [];
  const raw: Record<string, unknown>[] = [];
  const rowOf = new Map<string, number>();
  if (rows.length === 0) return { raw, rowOf, problems: [{ where: 'file', field: '', message: msg('problem_csvNoRows') }] };

  const header = rows[0] ? readHeader(rows[0]) : null;
  if (header && header.problems.length > 0) return { raw, rowOf, problems: header.problems };
  const columns: (Column | undefined)[] = header?.columns ?? ['term', 'explanation'];
  const body = header ? rows.slice(1) : rows;
  const taken = new Set<string>();
  const termLine = new Map<string, number>();
  const cellsSchema = rowCells(options.defaultLang);

  for (const row of body) {
    const where = `line ${row.line}`;
    const cells = [...row.cells];
    while (cells.length > 0 && cells[cells.length - 1]?.trim() === '') cells.pop();
    if (!header && cells.length > 2) {
      problems.push({ where, field: '', message: msg('problem_csvColumnCount', cells.length) });
      continue;
    }
    const get = (c: Column): string => (cells[columns.indexOf(c)] ?? '').trim();
    const checked = v.safeParse(cellsSchema, { term: get('term'), explanation: get('explanation'), language: get('language'), category: get('category'), private: get('private') });
    const rowProblems = issueList(checked.issues);
    for (const { field, message } of rowProblems) problems.push({ where, field, message });
    // Without a term, an explanation or a language there is no entry to check further; the other cells' problems are named above.
    if (rowProblems.some((p) => p.field === 'term' || p.field === 'explanation' || p.field === 'language')) continue;
    // A category or private cell that failed stays as written (its problem is named); the rest are as the schema made them.
    const cellsOut = checked.output as { term: string; explanation: string; language: Lang; category: string; private: unknown };
    const { term, explanation, language: lang, category } = cellsOut;
    const isPrivate = cellsOut.private === true;

    const folded = term.toLowerCase();
    const earlier = termLine.get(folded);
    if (earlier !== undefined) {
      problems.push({ where, field: 'term', message: msg('problem_csvTermRepeated', term, earlier) });
      continue;
    }
    const ownId = get('id');
    const idLine = ownId === '' ? undefined : rowOf.get(ownId);
    if (idLine !== undefined) {
      problems.push({ where, field: 'id', message: msg('problem_csvIdRepeated', ownId, idLine) });
      continue;
    }
    termLine.set(folded, row.line);
    const id = ownId || uniqueId(slugify(term), taken);
    taken.add(id);
    rowOf.set(id, row.line);
    const list = (c: Column): string[] => get(c).split('|').map((f) => f.trim()).filter((f) => f !== '');
    const extraForms = list('forms');
    const [cues, against] = [list('cues'), list('against')];
    const other: Lang = lang === 'de' ? 'en' : 'de';
    const url = get('url');
    raw.push({
      id,
      title: { [lang]: term, [other]: '' },
      forms: { [lang]: [term, ...extraForms], [other]: [] },
      short: { [lang]: explanation, [other]: '' },
      long: { [lang]: get('long'), [other]: '' },
      category,
      related: [],
      source: url === '' ? { label: options.packName } : { label: options.packName, url },
      // Cues in either column make the term ambiguous: marked only where they support it.
      ...(cues.length + against.length > 0 ? { sense: { cues, against } } : {}),
      ...(isPrivate ? { private: true } : {}),
    });
  }
  return { raw, rowOf, problems };
}

/** Validator field → the CSV column the user wrote it in. */
export function csvField(field: string): string {
  if (/^forms\.\w+\[0\]$/.test(field) || field.startsWith('title.')) return 'term';
  if (field.startsWith('forms.')) return 'forms';
  if (field.startsWith('short.')) return 'explanation';
  if (field.startsWith('long.')) return 'long';
  if (field === 'source.url') return 'url';
  if (field.startsWith('sense.cues')) return 'cues';
  if (field.startsWith('sense.against')) return 'against';
  return field;
}
