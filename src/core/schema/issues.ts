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
