import { detectDelimiter, parseCsv } from '../../../../src/core/glossary/user/csv';
import { messageText } from '../../message-text';

const cells = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(messageText(r.message));
  return r.rows.map((row) => row.cells);
};

test('plain comma-separated rows, LF and CRLF', () => {
  expect(cells('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
  expect(cells('a,b\r\nc,d\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
});

test('a byte order mark is dropped', () => {
  expect(cells('\uFEFFterm,explanation\nKI,Künstliche Intelligenz')).toEqual([
    ['term', 'explanation'],
    ['KI', 'Künstliche Intelligenz'],
  ]);
});

test('quoted fields keep delimiters, doubled quotes and line breaks', () => {
  expect(cells('"a, b","say ""hi""","two\nlines"\nx,y,z')).toEqual([
    ['a, b', 'say "hi"', 'two\nlines'],
    ['x', 'y', 'z'],
  ]);
});

test('rows remember the line they start on, blank lines skipped', () => {
  const r = parseCsv('a,b\n\n"multi\nline",c\nd,e');
  expect(r.ok && r.rows.map((row) => row.line)).toEqual([1, 3, 5]);
});

test('semicolons (German spreadsheets) and tabs are detected', () => {
  expect(detectDelimiter('Begriff;Erklärung\nKI;x, y')).toBe(';');
  expect(detectDelimiter('a\tb')).toBe('\t');
  expect(detectDelimiter('"a;b",c')).toBe(',');
  expect(cells('KI;Künstliche Intelligenz, kurz KI')).toEqual([['KI', 'Künstliche Intelligenz, kurz KI']]);
});

test('an unclosed quote names the line it opened on', () => {
  const r = parseCsv('a,b\nc,"open\nstill open');
  expect(r.ok).toBe(false);
  expect(!r.ok && [r.line, messageText(r.message)]).toEqual([2, 'a quoted field is never closed']);
});

test('text after a closing quote is an error', () => {
  const r = parseCsv('"a"b,c');
  expect(r.ok).toBe(false);
  expect(!r.ok && messageText(r.message)).toMatch(/closing quote/);
});

test('an empty file has no rows', () => {
  expect(cells('')).toEqual([]);
  expect(cells('\n\n')).toEqual([]);
});
