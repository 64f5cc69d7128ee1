/**
 * One glossary entry as written by the team (or imported by a user),
 * declared once as a schema: `GlossaryEntry` and `EntrySource` are inferred
 * from it. Every problem names its field (`forms.de[0]: is a single
 * character`), one problem per field. What relates an entry to the others
 * (ids, forms claimed twice, links) is checked by `validate.ts`.
 *
 * Surface forms: every spelling a reader may meet, per language. Separators
 * (space, hyphen, no-break space, U+2011, soft hyphen) are interchangeable, so
 * "DeepSeek R1" also covers "DeepSeek-R1". Matching ignores case, except for
 * forms with no lowercase letter (KI, LLM, GPT-4) and forms listed in
 * `matchCase` (MoE, Meta) — acronyms and names that collide with words.
 */
import * as v from 'valibot';
import { msg, type Message } from '../message';
import { brokenPaths, firstOf, ID_PATTERN, isIsoDate, pathTo, textRules, tooLong } from '../schema/checks';
import { isRecord, record, says } from '../schema/issues';
import { formKey } from './form-key';
import { CATEGORIES, LANGS, type Lang } from './lang-category';
import { flag, orNone, SenseSchema, tidySense } from './sense-fields';

const LIMITS = { id: 64, title: 120, short: 400, long: 4000, form: 80, label: 200, section: 200, url: 2000 };
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

const string = (problem = msg('problem_mustBeString')) => v.string(says(problem));
/** A string that is there and not blank, trimmed. */
const filled = (problem: Message) => v.pipe(v.custom<string>((x) => typeof x === 'string' && x.trim() !== '', says(problem)), v.trim());

/** A text: absent or null is '' (left empty), else a trimmed string within `max` characters and without markup. */
const text = (max: number) => v.nullish(v.pipe(string(), v.trim(), firstOf(...textRules(max))), '');

const localized = (max: number) =>
  v.nullish(
    v.pipe(v.custom<Record<string, unknown>>(isRecord, says(msg('problem_localizedShape'))), v.object({ de: text(max), en: text(max) })),
    () => ({ de: '', en: '' }),
  );

const form = v.pipe(
  string(),
  v.trim(),
  firstOf<string>(
    ...textRules(LIMITS.form),
    [(f) => f !== '', () => msg('problem_empty')],
    [(f) => [...f].length !== 1, () => msg('problem_singleCharacter')],
    [(f) => (f.match(LETTER_OR_DIGIT) ?? []).length >= 2, () => msg('problem_twoLettersOrDigits')],
  ),
);

/**
 * A check across a list's items (repeats, stop words), on those without a
 * problem of their own; its problems go in item order among the items' own,
 * as a reader goes down the list. `start` makes the check for one list.
 */
function acrossItems(start: () => (item: string, index: number) => Message | undefined) {
  return v.rawCheck<string[]>(({ dataset, addIssue }) => {
    const list: unknown = dataset.value;
    if (!Array.isArray(list)) return;
    const broken = brokenPaths(dataset.issues);
    const check = start();
    list.forEach((item: unknown, i) => {
      const problem = typeof item === 'string' && !broken.has(`[${i}]`) ? check(item, i) : undefined;
      if (problem) addIssue({ message: says(problem), path: pathTo(i) });
    });
    dataset.issues?.sort((a, b) => Number(a.path?.[0]?.key) - Number(b.path?.[0]?.key));
  });
}

/**
 * A language's forms: none a stop word, no two with the same form key (the
 * later one is named). Both go by the form key, so it is computed here once.
 */
const formList = (lang: Lang) =>
  v.nullish(
    v.pipe(
      v.array(form, says(msg('problem_stringList'))),
      acrossItems(() => {
        const seen = new Map<string, string>();
        return (f, i) => {
          const key = formKey(f);
          // An all-capitals acronym (IT, US) only ever matches in capitals, so it is not the stop word.
          if (STOP_WORDS.has(key) && LOWERCASE.test(f)) return msg('problem_stopWord', f);
          const earlier = seen.get(key);
          if (earlier) return msg('problem_duplicateForm', f, earlier);
          seen.set(key, `forms.${lang}[${i}]`);
          return undefined;
        };
      }),
    ),
    () => [],
  );

/** Non-empty strings, trimmed, none twice. */
const stringList = v.pipe(
  v.array(filled(msg('problem_nonEmptyString')), says(msg('problem_stringList'))),
  acrossItems(() => {
    const seen = new Set<string>();
    return (item) => {
      if (seen.has(item)) return msg('problem_listedTwice', item);
      seen.add(item);
      return undefined;
    };
  }),
);

const url = v.pipe(
  text(LIMITS.url),
  firstOf<string>(
    [(u) => u === '' || URL.canParse(u), () => msg('problem_url')],
    [(u) => u === '' || ['http:', 'https:'].includes(new URL(u).protocol), () => msg('problem_httpUrl')],
  ),
);

const SourceSchema = v.pipe(
  v.custom<Record<string, unknown>>(isRecord, says(msg('problem_sourceShape'))),
  v.object({
    /** Human-readable origin, e.g. "TechObserver.de, updated 31 January 2025". */
    label: v.pipe(text(LIMITS.label), firstOf<string>([(l) => l !== '', () => msg('problem_nonEmptyString')])),
    /** Section of the article the term appears in; omitted for background entries. */
    section: text(LIMITS.section),
    /** Optional http(s) link. */
    url,
  }),
  v.transform(({ label, section, url }): { label: string; section?: string; url?: string } => ({
    label,
    ...(section ? { section } : {}),
    ...(url ? { url } : {}),
  })),
);

/** Where an entry's facts come from. */
export type EntrySource = v.InferOutput<typeof SourceSchema>;

const fields = record(
  {
    /** Stable id: lowercase letters, digits and hyphens. */
    id: v.pipe(
      filled(msg('problem_missing')),
      firstOf<string>([(id) => id.length <= LIMITS.id, (id) => tooLong(id.length, LIMITS.id)], [(id) => ID_PATTERN.test(id), () => msg('problem_idPattern')]),
    ),
    /** Only explain the term where the text around it is in this language. */
    scope: v.optional(v.picklist(LANGS, says(msg('problem_scope')))),
    title: localized(LIMITS.title),
    /** One or two sentences for a newcomer. */
    short: localized(LIMITS.short),
    /** A longer explanation, a paragraph or two. */
    long: localized(LIMITS.long),
    forms: v.nullish(
      v.pipe(v.custom<Record<string, unknown>>(isRecord, says(msg('problem_formsShape'))), v.object({ de: formList('de'), en: formList('en') })),
      () => ({ de: [], en: [] }),
    ),
    /** Forms (from `forms`) that only match with exactly this capitalisation. */
    matchCase: orNone(stringList),
    category: v.picklist(CATEGORIES, says(msg('problem_oneOf', CATEGORIES.join(', ')))),
    /** Ids of related entries. */
    related: v.nullish(stringList, () => []),
    /** ISO date (YYYY-MM-DD) the fast-moving facts were last checked. */
    checked: v.optional(v.pipe(v.custom<string>((x) => typeof x === 'string' && isIsoDate(x.trim()), says(msg('problem_date'))), v.trim())),
    source: SourceSchema,
    /**
     * Most readers know this term (Google, KI/AI, API…): it is explained on
     * hover, focus and selection but not drawn, unless the reader asks for it.
     */
    familiar: flag(),
    /** The entry's forms can mean something else: what supports the glossary's sense (see `EntrySense`). */
    sense: orNone(SenseSchema),
    /**
     * A reader's entry they keep to themselves: its term is never drawn, not
     * even quietly (highlights are visible to the page), and it is explained
     * only when the reader selects it or asks the context menu.
     */
    private: flag(),
  },
  () => msg('problem_mustBeObject'),
);

type Fields = v.InferOutput<typeof fields>;
/** One glossary entry, normalised: trimmed texts, '' and [] for what is left empty. */
export type GlossaryEntry = Fields;
export type { EntrySense } from './sense-fields';

/** An entry's valid forms (none of the broken ones), each with its path: what other entries must not claim. */
export function validForms(forms: unknown, broken: ReadonlySet<string>): { field: string; form: string }[] {
  const out: { field: string; form: string }[] = [];
  if (!isRecord(forms)) return out;
  for (const lang of LANGS) {
    const list = forms[lang];
    if (!Array.isArray(list)) continue;
    list.forEach((form: unknown, i) => {
      const field = `forms.${lang}[${i}]`;
      if (typeof form === 'string' && !broken.has(field)) out.push({ field, form });
    });
  }
  return out;
}

/** The fields an entry must fill: every one in both languages (the bundled glossary), or one language complete (a reader's). */
function checkLanguages(entry: Record<string, unknown>, requireBothLangs: boolean): { field: string; message: Message }[] {
  const empty = (field: 'title' | 'short' | 'long', lang: Lang) => {
    const texts = entry[field];
    return isRecord(texts) && texts[lang] === '';
  };
  // A form list that is there but broken is not missing too.
  const noForms = (lang: Lang) => isRecord(entry.forms) && Array.isArray(entry.forms[lang]) && entry.forms[lang].length === 0;
  const missing = (lang: Lang): string[] => [
    ...(empty('title', lang) ? [`title.${lang}`] : []),
    ...(noForms(lang) ? [`forms.${lang}`] : []),
    ...(empty('short', lang) ? [`short.${lang}`] : []),
  ];
  if (requireBothLangs) {
    const scope = entry.scope;
    return LANGS.flatMap((lang) => [
      // An entry scoped to one language may leave the other language's form list empty.
      ...missing(lang).filter((field) => !(field.startsWith('forms.') && LANGS.includes(scope as Lang) && scope !== lang)),
      ...(empty('long', lang) ? [`long.${lang}`] : []),
    ]).map((field) => ({ field, message: msg('problem_requiredBothLangs') }));
  }
  const gaps = LANGS.map(missing);
  if (gaps.some((g) => g.length === 0)) return [];
  // Name the gaps of the language closest to complete (German on a tie).
  const best = gaps.reduce((a, b) => (b.length < a.length ? b : a));
  return best.map((field) => ({ field, message: msg('problem_oneLangIncomplete') }));
}

/** What relates an entry's fields to each other: languages filled, `matchCase` and `sense.forms` among its forms, no link to itself. */
function acrossFields(requireBothLangs: boolean) {
  return v.rawCheck<Fields>(({ dataset, addIssue }) => {
    // Runs on what the fields made of the input even where some are broken, as each problem is named.
    const entry: unknown = dataset.value;
    if (!isRecord(entry)) return;
    const at = (field: string) => pathTo(...(field.split(/[.[\]]+/).filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k)) as [string, ...string[]]));
    for (const { field, message } of checkLanguages(entry, requireBothLangs)) addIssue({ message: says(message), path: at(field) });
    const broken = brokenPaths(dataset.issues);
    const each = (field: string, check: (item: string) => Message | undefined, list: unknown = entry[field]) => {
      if (!Array.isArray(list) || list.length === 0) return;
      list.forEach((item: unknown, i) => {
        const problem = typeof item === 'string' && !broken.has(`${field}[${i}]`) ? check(item) : undefined;
        if (problem) addIssue({ message: says(problem), path: at(`${field}[${i}]`) });
      });
    };
    const formsOf = () => validForms(entry.forms, broken).map((f) => f.form);
    if (Array.isArray(entry.matchCase) && entry.matchCase.length > 0) {
      const forms = new Set(formsOf());
      each('matchCase', (f) => (forms.has(f) ? undefined : msg('problem_notAForm', f)));
    }
    each('related', (id) => (id === entry.id ? msg('problem_relatedSelf') : undefined));
    const sense = entry.sense;
    if (isRecord(sense) && Array.isArray(sense.forms) && sense.forms.length > 0) {
      const keys = new Set(formsOf().map(formKey));
      each('sense.forms', (f) => (keys.has(formKey(f)) ? undefined : msg('problem_notAForm', f)), sense.forms);
    }
  });
}

/** The entry as stored: lists present, false flags and empty optional fields left out. */
function tidy(e: Fields): GlossaryEntry {
  const sense = e.sense ? tidySense(e.sense) : undefined;
  return {
    id: e.id,
    title: e.title,
    forms: e.forms,
    matchCase: e.matchCase ?? [],
    short: e.short,
    long: e.long,
    category: e.category,
    related: e.related,
    source: e.source,
    ...(e.scope ? { scope: e.scope } : {}),
    ...(e.checked ? { checked: e.checked } : {}),
    ...(e.familiar ? { familiar: true } : {}),
    ...(sense ? { sense } : {}),
    ...(e.private ? { private: true } : {}),
  };
}

const entrySchema = (requireBothLangs: boolean) =>
  v.pipe(v.custom<Record<string, unknown>>(isRecord, says(msg('problem_mustBeObject'))), fields, acrossFields(requireBothLangs), v.transform(tidy));

/** The bundled glossary's entries: title, short, long and a form in both languages. */
export const BundledEntrySchema = entrySchema(true);
/** A reader's entries: one language complete (title, a form, a short explanation) is enough. */
export const UserEntrySchema = entrySchema(false);
