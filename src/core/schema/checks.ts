/**
 * Building blocks the schemas share: a field's rules checked in order (one
 * problem per field, the most basic one, as readers saw before schemas),
 * issues placed at a field the schema did not itself descend into, and the
 * text rules several formats keep alike (markup, control characters, dates).
 */
import * as v from 'valibot';
import { msg, type Message } from '../message';
import { pathOf, says } from './issues';

/** A tag, closing tag, comment or processing instruction; "a < b" stays fine. */
export const MARKUP = /<[\p{L}/!?]/u;
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u001f\u007f]/u;
/** Lowercase letters and digits in hyphen-joined parts: entry ids, term ids. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** "is 130 characters long (at most 120)". */
export function tooLong(length: number, max: number): Message {
  return msg('problem_tooLong', length, max);
}

export type Rule<T> = readonly [ok: (value: T) => boolean, problem: (value: T) => Message];

/** The first rule a value breaks, as one issue; nothing more about a value that already has a problem. */
export function firstOf<T>(...rules: readonly Rule<T>[]) {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.issues) return;
    for (const [ok, problem] of rules) {
      if (ok(dataset.value)) continue;
      addIssue({ message: says(problem(dataset.value)) });
      return;
    }
  });
}

/** A text of at most `max` characters, no markup: the rules of every text a reader may see. */
export function textRules(max: number): Rule<string>[] {
  return [
    [(t) => t.length <= max, (t) => tooLong(t.length, max)],
    [(t) => !MARKUP.test(t), () => msg('problem_markup')],
  ];
}

const NONE: ReadonlySet<string> = new Set();

type Path = [v.IssuePathItem, ...v.IssuePathItem[]];

/**
 * The path of a field below the one a check runs on (`['forms', 'de', 0]`),
 * for checks that relate fields to each other. Only the keys are read
 * (`pathOf` in issues.ts), so the path items carry no values.
 */
export function pathTo(...keys: [string | number, ...(string | number)[]]): Path {
  return keys.map((key) => ({ type: typeof key === 'number' ? 'array' : 'object', origin: 'value', input: undefined, key, value: undefined })) as unknown as Path;
}

/** The paths (`forms.de[0]`) that already have a problem, so a relation between fields skips the broken ones. */
export function brokenPaths(issues: readonly v.BaseIssue<unknown>[] | undefined): ReadonlySet<string> {
  return issues ? new Set(issues.map(pathOf)) : NONE;
}
