import { msg, renderMessage, type Message, type MessageLookup } from '../message';
import { formKey } from './form-key';
import { readFamiliar, readPrivate, readSense } from './sense-fields';
import { CATEGORIES, LANGS, type Category, type EntrySource, type GlossaryEntry, type Lang } from './types';
import { isRecord } from '../schema/issues';

export interface GlossaryProblem {
  /** The entry's id, or `#<index>` when it has none. */
  entry: string;
  field: string;
  message: Message;
}

export interface ValidateOptions {
  /**
   * true for the bundled glossary: title, short, long and at least one form in
   * both languages. An entry scoped to one language may leave the other
   * language's form list empty ("Billion" is only a term in German text), but
   * still explains itself in both languages.
   * false for user entries: at least one language complete (title, a form, a
   * short explanation); the other language's fields may be absent or empty.
   */
  requireBothLangs: boolean;
  /** How a message names another entry by its position; `entry #3` unless given. */
  entryAt?: (index: number) => string;
}

/** One line for developers (the build check), with `lookup` giving the English strings. */
export function formatProblem(p: GlossaryProblem, lookup: MessageLookup): string {
  return `${p.entry} › ${p.field}: ${renderMessage(p.message, lookup)}`;
}

const LIMITS = { id: 64, title: 120, short: 400, long: 4000, form: 80, label: 200, section: 200, url: 2000 };
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A tag, closing tag, comment or processing instruction; "a < b" stays fine.
const MARKUP = /<[\p{L}/!?]/u;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;
const LOWERCASE = /\p{Ll}/u;

// Forms that would mark ordinary words on every page. Compared by form key.
const STOP_WORDS = new Set([
  // German
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
  'und', 'oder', 'aber', 'ist', 'sind', 'war', 'hat', 'mit', 'von', 'vom', 'zu', 'zum', 'zur',
  'im', 'am', 'an', 'auf', 'aus', 'bei', 'für', 'nach', 'über', 'um', 'nicht', 'auch', 'als',
  'wie', 'es', 'er', 'sie', 'wir', 'ich', 'du', 'so', 'noch', 'nur', 'dass', 'wenn', 'sich',
  // English
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from',
  'with', 'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its', 'this', 'that', 'as', 'not',
  'no', 'if', 'he', 'she', 'we', 'you', 'they', 'i', 'my', 'our', 'your', 'has', 'have',
]);

type Report = (field: string, message: Message) => void;
/** A valid non-empty text, '' when absent or empty, null when invalid (already reported). */
type Text = string | null;

interface FormRef {
  field: string;
  form: string;
  key: string;
}

interface Draft {
  index: number;
  name: string;
  entry: GlossaryEntry;
  formRefs: FormRef[];
}

interface Context {
  index: number;
  report: Report;
  knownIds: ReadonlySet<string>;
  requireBothLangs: boolean;
}

/** "is 130 characters long (at most 120)". */
export function tooLong(length: number, max: number): Message {
  return msg('problem_tooLong', length, max);
}

function entryName(raw: unknown, index: number): string {
  const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id.trim() : '';
  if (id === '') return `#${index}`;
  return id.length > 80 ? `${id.slice(0, 80)}…` : id;
}

function readText(value: unknown, spec: { field: string; max: number; report: Report }): Text {
  const { field, max, report } = spec;
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') {
    report(field, msg('problem_mustBeString'));
    return null;
  }
  const text = value.trim();
  if (text.length > max) {
    report(field, tooLong(text.length, max));
    return null;
  }
  if (MARKUP.test(text)) {
    report(field, msg('problem_markup'));
    return null;
  }
  return text;
}

function readLocalized(value: unknown, spec: { field: string; max: number; report: Report }): Record<Lang, Text> {
  const out: Record<Lang, Text> = { de: '', en: '' };
  if (value === undefined || value === null) return out;
  if (!isRecord(value)) {
    spec.report(spec.field, msg('problem_localizedShape'));
    return { de: null, en: null };
  }
  for (const lang of LANGS) {
    out[lang] = readText(value[lang], { ...spec, field: `${spec.field}.${lang}` });
  }
  return out;
}

/** Why a form would mark too much or too little, if it would. */
function formProblem(form: string, key: string): Message | undefined {
  if ([...form].length === 1) return msg('problem_singleCharacter');
  if ((form.match(LETTER_OR_DIGIT) ?? []).length < 2) return msg('problem_twoLettersOrDigits');
  // An all-capitals acronym (IT, US) only ever matches in capitals, so it is not the stop word.
  if (STOP_WORDS.has(key) && LOWERCASE.test(form)) return msg('problem_stopWord', form);
  return undefined;
}

/** Forms per language; `counts` is how many items each list had, valid or not. */
function readForms(value: unknown, report: Report) {
  const forms: Record<Lang, string[]> = { de: [], en: [] };
  const counts: Record<Lang, number> = { de: 0, en: 0 };
  const refs: FormRef[] = [];
  if (value === undefined || value === null) return { forms, counts, refs };
  if (!isRecord(value)) {
    report('forms', msg('problem_formsShape'));
    // Present but broken: do not also report each language as missing.
    return { forms, counts: { de: 1, en: 1 }, refs };
  }
  for (const lang of LANGS) {
    const list = value[lang];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      report(`forms.${lang}`, msg('problem_stringList'));
      counts[lang] = 1; // present but broken: not also reported as missing
      continue;
    }
    counts[lang] = list.length;
    const seen = new Map<string, string>();
    list.forEach((item: unknown, i) => {
      const field = `forms.${lang}[${i}]`;
      if (typeof item !== 'string') {
        report(field, msg('problem_mustBeString'));
        return;
      }
      const form = readText(item, { field, max: LIMITS.form, report });
      if (form === '') report(field, msg('problem_empty'));
      if (!form) return;
      const key = formKey(form);
      const problem = formProblem(form, key);
      const earlier = seen.get(key);
      if (problem || earlier) {
        report(field, problem ?? msg('problem_duplicateForm', form, earlier ?? ''));
        return;
      }
      seen.set(key, field);
      forms[lang].push(form);
      refs.push({ field, form, key });
    });
  }
  return { forms, counts, refs };
}

function readStringList(value: unknown, spec: { field: string; report: Report }): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    spec.report(spec.field, msg('problem_stringList'));
    return [];
  }
  const out: string[] = [];
  value.forEach((item: unknown, i) => {
    const field = `${spec.field}[${i}]`;
    if (typeof item !== 'string' || item.trim() === '') spec.report(field, msg('problem_nonEmptyString'));
    else if (out.includes(item.trim())) spec.report(field, msg('problem_listedTwice', item.trim()));
    else out.push(item.trim());
  });
  return out;
}

function readChecked(value: unknown, report: Report): string | undefined {
  if (value === undefined) return undefined;
  const match = typeof value === 'string' ? DATE.exec(value.trim()) : null;
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return match[0];
  }
  report('checked', msg('problem_date'));
  return undefined;
}

function readSource(value: unknown, report: Report): EntrySource {
  if (!isRecord(value)) {
    report('source', msg('problem_sourceShape'));
    return { label: '' };
  }
  const label = readText(value.label, { field: 'source.label', max: LIMITS.label, report });
  if (label === '') report('source.label', msg('problem_nonEmptyString'));
  const source: EntrySource = { label: label ?? '' };
  const section = readText(value.section, { field: 'source.section', max: LIMITS.section, report });
  if (section) source.section = section;
  const url = readText(value.url, { field: 'source.url', max: LIMITS.url, report });
  if (url) {
    if (!URL.canParse(url)) report('source.url', msg('problem_url'));
    else if (!['http:', 'https:'].includes(new URL(url).protocol)) report('source.url', msg('problem_httpUrl'));
    else source.url = url;
  }
  return source;
}

function checkLanguages(
  texts: { title: Record<Lang, Text>; short: Record<Lang, Text>; long: Record<Lang, Text> },
  spec: { formCounts: Record<Lang, number>; scope: Lang | undefined; requireBothLangs: boolean; report: Report },
): void {
  const { formCounts, scope, requireBothLangs, report } = spec;
  const missing = (lang: Lang): string[] => [
    ...(texts.title[lang] === '' ? [`title.${lang}`] : []),
    ...(formCounts[lang] === 0 ? [`forms.${lang}`] : []),
    ...(texts.short[lang] === '' ? [`short.${lang}`] : []),
  ];
  if (requireBothLangs) {
    for (const lang of LANGS) {
      for (const field of missing(lang)) {
        const scopedAway = field.startsWith('forms.') && scope !== undefined && scope !== lang;
        if (!scopedAway) report(field, msg('problem_requiredBothLangs'));
      }
      if (texts.long[lang] === '') report(`long.${lang}`, msg('problem_requiredBothLangs'));
    }
    return;
  }
  const gaps = LANGS.map(missing);
  if (gaps.some((g) => g.length === 0)) return;
  // Name the gaps of the language closest to complete (German on a tie).
  const best = gaps.reduce((a, b) => (b.length < a.length ? b : a));
  for (const field of best) report(field, msg('problem_oneLangIncomplete'));
}

function readEntry(raw: Record<string, unknown>, ctx: Context): Draft {
  const { report } = ctx;
  const id = typeof raw.id === 'string' ? raw.id.trim() : '';
  if (id === '') report('id', msg('problem_missing'));
  else if (id.length > LIMITS.id) report('id', tooLong(id.length, LIMITS.id));
  else if (!ID_PATTERN.test(id)) report('id', msg('problem_idPattern'));

  const scope = raw.scope === undefined ? undefined : (raw.scope as Lang);
  if (scope !== undefined && !LANGS.includes(scope)) report('scope', msg('problem_scope'));

  const title = readLocalized(raw.title, { field: 'title', max: LIMITS.title, report });
  const short = readLocalized(raw.short, { field: 'short', max: LIMITS.short, report });
  const long = readLocalized(raw.long, { field: 'long', max: LIMITS.long, report });
  const { forms, counts, refs } = readForms(raw.forms, report);
  checkLanguages({ title, short, long }, { formCounts: counts, scope, requireBothLangs: ctx.requireBothLangs, report });

  const allForms = refs.map((r) => r.form);
  const matchCase = readStringList(raw.matchCase, { field: 'matchCase', report });
  matchCase.forEach((form, i) => {
    if (!allForms.includes(form)) report(`matchCase[${i}]`, msg('problem_notAForm', form));
  });

  const category = raw.category as Category;
  if (!CATEGORIES.includes(category)) report('category', msg('problem_oneOf', CATEGORIES.join(', ')));

  const related = readStringList(raw.related, { field: 'related', report });
  related.forEach((other, i) => {
    if (other === id) report(`related[${i}]`, msg('problem_relatedSelf'));
    else if (!ctx.knownIds.has(other)) report(`related[${i}]`, msg('problem_notAnEntry', other));
  });

  const checked = readChecked(raw.checked, report);
  const source = readSource(raw.source, report);
  const familiar = readFamiliar(raw.familiar, report);
  const isPrivate = readPrivate(raw.private, report);
  const sense = readSense(raw.sense, { report, allForms });
  const localized = (t: Record<Lang, Text>) => ({ de: t.de ?? '', en: t.en ?? '' });
  const entry: GlossaryEntry = {
    id,
    title: localized(title),
    forms,
    matchCase,
    short: localized(short),
    long: localized(long),
    category,
    related,
    source,
    ...(scope ? { scope } : {}),
    ...(checked ? { checked } : {}),
    ...(familiar ? { familiar } : {}),
    ...(sense ? { sense } : {}),
    ...(isPrivate ? { private: true } : {}),
  };
  return { index: ctx.index, name: entryName(raw, ctx.index), entry, formRefs: refs };
}

/** Duplicate ids and forms claimed by two entries; the later entry is the one reported. */
function checkAcrossEntries(drafts: readonly Draft[], spec: { reportFor: (d: Draft) => Report; entryAt: (index: number) => string }): void {
  const { reportFor, entryAt } = spec;
  const ids = new Map<string, Draft>();
  const claims = new Map<string, { draft: Draft; ref: FormRef }>();
  for (const draft of drafts) {
    const report = reportFor(draft);
    const { id, scope } = draft.entry;
    const first = ids.get(id);
    if (id && first) report('id', msg('problem_duplicateId', entryAt(first.index)));
    else if (id) ids.set(id, draft);
    for (const ref of draft.formRefs) {
      const other = claims.get(ref.key);
      if (!other) claims.set(ref.key, { draft, ref });
      else if (other.draft !== draft) {
        const otherScope = other.draft.entry.scope;
        const scopedApart = scope !== undefined && otherScope !== undefined && scope !== otherScope;
        if (!scopedApart) {
          report(ref.field, msg('problem_formTaken', ref.form, other.draft.name, other.ref.field, other.ref.form));
        }
      }
    }
  }
}

/**
 * Checks glossary entries and returns the valid ones, normalised (trimmed
 * strings, empty lists for absent optional lists, '' for absent texts).
 * An entry with any problem is left out; every problem names the entry and
 * field. A `related` link to an entry that was itself left out is dropped
 * from the normalised copy (that entry's own problem is already reported).
 */
export function validateGlossary(
  input: readonly unknown[],
  options: ValidateOptions,
): { entries: GlossaryEntry[]; problems: GlossaryProblem[] } {
  const problems: GlossaryProblem[] = [];
  const rejected = new Set<number>();
  const reporter = (index: number, name: string): Report => (field, message) => {
    problems.push({ entry: name, field, message });
    rejected.add(index);
  };
  const knownIds = new Set(input.flatMap((raw) => (isRecord(raw) && typeof raw.id === 'string' ? [raw.id.trim()] : [])));

  const drafts: Draft[] = [];
  input.forEach((raw, index) => {
    const report = reporter(index, entryName(raw, index));
    if (!isRecord(raw)) report('(entry)', msg('problem_mustBeObject'));
    else drafts.push(readEntry(raw, { index, report, knownIds, requireBothLangs: options.requireBothLangs }));
  });
  const entryAt = options.entryAt ?? ((i: number) => `entry #${i}`);
  checkAcrossEntries(drafts, { reportFor: (d) => reporter(d.index, d.name), entryAt });

  const valid = drafts.filter((d) => !rejected.has(d.index)).map((d) => d.entry);
  const validIds = new Set(valid.map((e) => e.id));
  const entries = valid.map((e) => ({ ...e, related: e.related.filter((id) => validIds.has(id)) }));
  return { entries, problems };
}
