import * as v from 'valibot';
import { msg, renderMessage, type Message, type MessageLookup } from '../message';
import { brokenPaths } from '../schema/checks';
import { isRecord, issueList } from '../schema/issues';
import { BundledEntrySchema, UserEntrySchema, validForms } from './entry-schema';
import { formKey } from './form-key';
import type { GlossaryEntry } from './types';

export { tooLong } from '../schema/checks';

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

type Report = (field: string, message: Message) => void;

/** What the other entries need to know of one: its id, scope, valid forms and links, even when it has problems of its own. */
interface Draft {
  index: number;
  name: string;
  id: string;
  scope: unknown;
  forms: { field: string; form: string; key: string }[];
  related: { field: string; id: string }[];
  entry: GlossaryEntry | null;
}

function entryName(raw: unknown, index: number): string {
  const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id.trim() : '';
  if (id === '') return `#${index}`;
  return id.length > 80 ? `${id.slice(0, 80)}…` : id;
}

function readEntry(raw: unknown, spec: { index: number; report: Report; requireBothLangs: boolean }): Draft | null {
  const result = v.safeParse(spec.requireBothLangs ? BundledEntrySchema : UserEntrySchema, raw);
  for (const { field, message } of issueList(result.issues)) spec.report(field === '' ? '(entry)' : field, message);
  // What the schema made of the entry, its broken fields included: the other entries are checked against its valid parts.
  const value: unknown = result.output;
  if (!isRecord(value)) return null;
  const broken = brokenPaths(result.issues);
  const id = typeof value.id === 'string' && !broken.has('id') ? value.id : '';
  const related = Array.isArray(value.related)
    ? value.related.flatMap((r: unknown, i) => (typeof r === 'string' && !broken.has(`related[${i}]`) && r !== id ? [{ field: `related[${i}]`, id: r }] : []))
    : [];
  return {
    index: spec.index,
    name: entryName(raw, spec.index),
    id,
    scope: broken.has('scope') ? undefined : value.scope,
    forms: validForms(value.forms, broken).map((f) => ({ ...f, key: formKey(f.form) })),
    related,
    entry: result.success ? result.output : null,
  };
}

/** Duplicate ids, forms claimed by two entries and links to no entry; the later entry is the one reported. */
function checkAcrossEntries(
  drafts: readonly Draft[],
  spec: { reportFor: (d: Draft) => Report; entryAt: (index: number) => string; knownIds: ReadonlySet<string> },
): void {
  const { reportFor, entryAt, knownIds } = spec;
  const ids = new Map<string, Draft>();
  const claims = new Map<string, { draft: Draft; ref: Draft['forms'][number] }>();
  for (const draft of drafts) {
    const report = reportFor(draft);
    for (const link of draft.related) if (!knownIds.has(link.id)) report(link.field, msg('problem_notAnEntry', link.id));
    const { id, scope } = draft;
    const first = ids.get(id);
    if (id && first) report('id', msg('problem_duplicateId', entryAt(first.index)));
    else if (id) ids.set(id, draft);
    for (const ref of draft.forms) {
      const other = claims.get(ref.key);
      if (!other) claims.set(ref.key, { draft, ref });
      else if (other.draft !== draft) {
        const otherScope = other.draft.scope;
        const scopedApart = scope !== undefined && otherScope !== undefined && scope !== otherScope;
        if (!scopedApart) report(ref.field, msg('problem_formTaken', ref.form, other.draft.name, other.ref.field, other.ref.form));
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
    const draft = readEntry(raw, { index, report: reporter(index, entryName(raw, index)), requireBothLangs: options.requireBothLangs });
    if (draft) drafts.push(draft);
  });
  const entryAt = options.entryAt ?? ((i: number) => `entry #${i}`);
  checkAcrossEntries(drafts, { reportFor: (d) => reporter(d.index, d.name), entryAt, knownIds });

  const valid = drafts.flatMap((d) => (d.entry && !rejected.has(d.index) ? [d.entry] : []));
  const validIds = new Set(valid.map((e) => e.id));
  const entries = valid.map((e) => ({ ...e, related: e.related.filter((id) => validIds.has(id)) }));
  return { entries, problems };
}
