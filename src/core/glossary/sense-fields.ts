/**
 * `sense`: how to tell an entry's sense from another one, declared once as a
 * schema (`EntrySense` is inferred from it). Every problem names its field
 * (`sense.cues[3]: …`). That `sense.forms` are forms of the entry is checked
 * by the entry schema, which knows them; repeats are dropped by `tidySense`.
 */
import * as v from 'valibot';
import { msg } from '../message';
import { firstOf, ID_PATTERN, tooLong } from '../schema/checks';
import { isRecord, says } from '../schema/issues';

const LIMITS = { cue: 80, cues: 300, years: 20 };
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

/** Absent and null are the same: no value. */
export function orNone<S extends v.GenericSchema>(schema: S) {
  return v.optional(v.pipe(v.nullable(schema), v.transform((x) => x ?? undefined)));
}

export const flag = () => v.optional(v.boolean(says(msg('problem_boolean'))));

const cue = v.pipe(
  v.custom<string>((x) => typeof x === 'string' && x.trim() !== '', says(msg('problem_nonEmptyString'))),
  v.trim(),
  firstOf<string>(
    [(t) => t.length <= LIMITS.cue, (t) => tooLong(t.length, LIMITS.cue)],
    [(t) => (t.match(LETTER_OR_DIGIT) ?? []).length >= 2, () => msg('problem_twoLettersOrDigits')],
  ),
);

const cueList = (item: v.GenericSchema<unknown, string> = cue) =>
  orNone(
    v.pipe(
      v.custom<unknown[]>(Array.isArray, says(msg('problem_stringList'))),
      firstOf<unknown[]>([(list) => list.length <= LIMITS.cues, (list) => msg('problem_tooManyItems', list.length, LIMITS.cues)]),
      v.array(item),
    ),
  );

const year = v.custom<number>((y) => typeof y === 'number' && Number.isInteger(y) && y >= 1000 && y <= 2999, says(msg('problem_year')));

export const SenseSchema = v.pipe(
  v.custom<Record<string, unknown>>(isRecord, says(msg('problem_senseShape'))),
  v.object({
    /** The forms (from `forms`) that can mean something else; every form when omitted. */
    forms: cueList(),
    /** Words and phrases that support the glossary's sense, in either language. */
    cues: cueList(),
    /** Words and phrases that point to another sense. */
    against: cueList(),
    /**
     * Entries whose presence nearby supports this sense. When omitted: every
     * entry that is neither ambiguous nor familiar.
     */
    supportedBy: cueList(v.pipe(cue, firstOf<string>([(id) => ID_PATTERN.test(id), (id) => msg('problem_notAnId', id)]))),
    /**
     * The form is also a given name or surname: next to a capitalised word that
     * is neither a cue nor a glossary term ("Claude Debussy", "Georges Claude")
     * it names a person.
     */
    name: flag(),
    /** The form is also a prefix: as the first part of a hyphenated compound ("Meta-Analyse") it is another sense unless the rest is a cue. */
    prefix: flag(),
    /** The form names a product with versions: a version number right after it ("Gemini 2.0", "Llama 3.1") supports the sense. */
    versioned: flag(),
    /**
     * The entry is about events of these years (the slump of January 2025): a
     * sentence that names another year, and not one of these, is about something else.
     */
    years: v.optional(
      v.pipe(
        v.custom<unknown[]>((list) => Array.isArray(list) && list.length <= LIMITS.years, says(msg('problem_years', LIMITS.years))),
        v.array(year),
      ),
    ),
    /**
     * Only the occurrence's own surroundings decide (sentence, block, section
     * heading, page title): the page's other terms and the entry's other
     * occurrences give no help. For entries about one story (the slump of
     * January 2025): a finance page that mentions DeepSeek once does not make
     * every crash on it that slump.
     */
    local: flag(),
  }),
);

/**
 * How to tell the glossary's sense of an ambiguous form from another one
 * ("Claude" the model, not Claude Debussy; a token of a language model, not
 * a login token). An ambiguous occurrence is marked only where the evidence
 * around it (sentence, block, section heading, page title, other glossary
 * terms nearby and on the page) supports this sense; see `src/core/sense/`.
 * Cues are words or phrases ("API token"); a trailing `*` matches any word
 * that starts so ("modell*" covers Modelle, Modellen). Case does not matter.
 */
export type EntrySense = v.InferOutput<typeof SenseSchema>;

/** Without repeats (case does not matter), empty lists or false flags: the sense as stored. */
export function tidySense(sense: EntrySense): EntrySense {
  const distinct = (list: readonly string[] | undefined) =>
    (list ?? []).filter((item, i, all) => all.findIndex((o) => o.toLowerCase() === item.toLowerCase()) === i);
  const out: EntrySense = {};
  for (const key of ['forms', 'cues', 'against', 'supportedBy'] as const) {
    const list = distinct(sense[key]);
    if (list.length > 0) out[key] = list;
  }
  for (const key of ['name', 'prefix', 'versioned'] as const) if (sense[key]) out[key] = true;
  if (sense.years && sense.years.length > 0) out.years = sense.years;
  if (sense.local) out.local = true;
  return out;
}
