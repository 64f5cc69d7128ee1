/**
 * Where a JSON text first goes wrong, and what was expected there. Engines
 * word JSON.parse errors differently and some give no position at all, so
 * the import message comes from this small scanner instead: it only runs on
 * text JSON.parse already rejected.
 */
import { msg, type Message, type MessageArg } from '../../message';

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: Message;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: Message,
  ) {}
}

function found(text: string, i: number): MessageArg {
  if (i >= text.length) return msg('json_endOfFile');
  return JSON.stringify(text.slice(i, i + 1));
}

export function findJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  // What was expected: a message of `locales/problems.json`, or a literal token such as '":"'.
  const fail = (expected: MessageArg): never => {
    throw new Stop(i, msg('json_expected', expected, found(text, i)));
  };
  const aValue = msg('json_value');
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(aValue);
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const ch = text.charCodeAt(i);
      if (ch < 0x20) fail(msg('json_closingQuoteLineBreak'));
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 4;
        else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail(msg('json_escape'));
      }
      i++;
    }
    if (i >= text.length) fail(msg('json_closingQuote'));
    i++;
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail(aValue);
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') return container('}', true);
    if (ch === '[') return container(']', false);
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail(aValue);
  };
  const container = (close: string, object: boolean): void => {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      if (object) {
        ws();
        if (text[i] !== '"') fail(msg('json_propertyName'));
        string();
        ws();
        if (text[i] !== ':') fail('":"');
        i++;
      }
      value();
      ws();
      if (text[i] === ',') {
        i++;
        ws();
        if (text[i] === close) fail(msg(object ? 'json_anotherProperty' : 'json_anotherValue'));
        continue;
      }
      if (text[i] === close) {
        i++;
        return;
      }
      fail(msg('json_commaOr', close));
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail(msg('json_endOfFile'));
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset).split(/\r\n|\r|\n/);
    return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1, message: error.message };
  }
}
