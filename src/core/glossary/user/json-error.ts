/**
 * Where a JSON text first goes wrong, and what was expected there. Engines
 * word JSON.parse errors differently and some give no position at all, so
 * the import message comes from this small scanner instead: it only runs on
 * text JSON.parse already rejected.
 */
export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

function found(text: string, i: number): string {
  if (i >= text.length) return 'the end of the file';
  return JSON.stringify(text.slice(i, i + 1));
}

export function findJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const fail = (expected: string): never => {
    throw new Stop(i, `expected ${expected}, found ${found(text, i)}`);
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('a value');
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const ch = text.charCodeAt(i);
      if (ch < 0x20) fail('the closing quote of a string (a line break inside a string must be written \\n)');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 4;
        else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail('an escape like \\n or \\"');
      }
      i++;
    }
    if (i >= text.length) fail('the closing quote of a string');
    i++;
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail('a value');
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
    fail('a value');
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
        if (text[i] !== '"') fail('a property name in double quotes');
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
        if (text[i] === close) fail(object ? 'another property (no comma before "}")' : 'another value (no comma before "]")');
        continue;
      }
      if (text[i] === close) {
        i++;
        return;
      }
      fail(`"," or "${close}"`);
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail('the end of the file');
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset).split(/\r\n|\r|\n/);
    return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1, message: error.message };
  }
}
