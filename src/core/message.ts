/**
 * Text for the user, as data. Core code has no `browser.i18n`, so it names a
 * string of `locales/*.json` and what fills its placeholders; the UI turns
 * that into text in the interface language (`messageText` in
 * `src/platform/i18n.ts`), the build and tests into English.
 *
 * Arguments fill the placeholders in the order they first appear, as `t()`
 * does (the same order in both languages, see `build/locales.ts`). An
 * argument may be a message itself: "expected {what}" with `what` translated.
 */
export interface Message {
  key: string;
  args: readonly MessageArg[];
}

export type MessageArg = string | number | Message;

export function msg(key: string, ...args: MessageArg[]): Message {
  return { key, args };
}

/** What went wrong and where: `at` is a path such as `entry "llm" › forms.de[0]`, shown as it is ('' for none). */
export interface Problem {
  at: string;
  message: Message;
}

/** A string of `locales/*.json` with its substitutions filled in. */
export type MessageLookup = (key: string, substitutions: string[]) => string;

export function renderMessage(message: Message, lookup: MessageLookup): string {
  return lookup(
    message.key,
    message.args.map((arg) => (typeof arg === 'object' ? renderMessage(arg, lookup) : String(arg))),
  );
}

/** "entry "llm" › forms.de[0]: is a single character". */
export function renderProblem(problem: Problem, lookup: MessageLookup): string {
  const text = renderMessage(problem.message, lookup);
  return problem.at === '' ? text : `${problem.at}: ${text}`;
}
