/**
 * Schemas (valibot) speak in Klartext's own messages: every issue a schema
 * raises carries a `Message` (a key of `locales/problems.json` and its
 * arguments), so what a reader sees is the same text whichever schema found
 * the problem, and its path is written the way problems name fields:
 * `forms.de[0]`, `siteRules[2].host`.
 */
import * as v from 'valibot';
import { msg, type Message } from '../message';

type AnyIssue = v.BaseIssue<unknown>;

/**
 * A schema's error message that is a Klartext message. valibot keeps issue
 * messages as strings, so the message travels as JSON and `messageOf` reads
 * it back; `make` may use the offending value (`issue.input`).
 */
export function says(make: Message | ((input: unknown) => Message)): (issue: AnyIssue) => string {
  return (issue) => JSON.stringify(typeof make === 'function' ? make(issue.input) : make);
}

/**
 * An object schema whose problems speak like its fields: a missing field
 * says what its own schema says about nothing ("is missing", "expected a
 * host name, got nothing"), anything else that is no object says `notAnObject`.
 */
export function record<const E extends v.ObjectEntries>(entries: E, notAnObject: (input: unknown) => Message) {
  return v.object(entries, (issue) => {
    const key = issue.path?.[0]?.key;
    const field = typeof key === 'string' ? entries[key] : undefined;
    const missing = field ? v.safeParse(field, undefined).issues?.[0] : undefined;
    return missing ? missing.message : JSON.stringify(notAnObject(issue.input));
  });
}

/** The message an issue carries: one set with `says`, else valibot's own words. */
export function messageOf(issue: AnyIssue): Message {
  try {
    const parsed = JSON.parse(issue.message) as unknown;
    if (typeof parsed === 'object' && parsed !== null && 'key' in parsed && 'args' in parsed) return parsed as Message;
  } catch {
    // Not one of ours: a schema without its own message still says what it expected.
  }
  return msg('problem_expectedGot', issue.expected ?? '?', issue.received);
}

/** `forms.de[0]`: keys joined with dots, list positions in brackets ('' at the top). */
export function pathOf(issue: AnyIssue): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Each issue as the field it names and its message, in the order the schema found them. */
export function issueList(issues: readonly AnyIssue[] | undefined): { field: string; message: Message }[] {
  return (issues ?? []).map((issue) => ({ field: pathOf(issue), message: messageOf(issue) }));
}

/** A plain object (not null, not a list): the one shape check left outside the schemas, for naming things in messages. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A whole number from `min` to `max`: one check instead of valibot's
 * integer, minValue and maxValue actions, which the content script's size
 * budget has no room for.
 */
export function wholeNumber(min: number, max: number, message?: (issue: v.BaseIssue<unknown>) => string) {
  return v.pipe(v.number(message), v.check((n) => Number.isSafeInteger(n) && n >= min && n <= max, message));
}
