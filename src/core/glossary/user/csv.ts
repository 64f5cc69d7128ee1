/**
 * A small RFC 4180 reader for the simple import case: a spreadsheet saved as
 * CSV. Handles a UTF-8 byte order mark, quoted fields (with "" for a quote and
 * line breaks inside quotes), CRLF/LF/CR line ends, and the delimiter
 * spreadsheets use by locale: comma, semicolon (German Excel) or tab.
 */

import { msg, type Message } from '../../message';

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

export type CsvResult = { ok: true; rows: CsvRow[]; delimiter: string } | { ok: false; line: number; message: Message };

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter used the same number of times on each of the first lines
 * (outside quotes); tab, then semicolon, then comma when several are — text
 * rarely holds a tab, and German spreadsheets write semicolons while their
 * explanations are full of commas. Failing that, the most frequent one.
 */
export function detectDelimiter(text: string): string {
  const perLine: Map<string, number>[] = [new Map()];
  let quoted = false;
  for (let i = 0; i < text.length && perLine.length <= 10; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      perLine.push(new Map());
    } else if (!quoted && (DELIMITERS as readonly string[]).includes(ch)) {
      const line = perLine[perLine.length - 1] as Map<string, number>;
      line.set(ch, (line.get(ch) ?? 0) + 1);
    }
  }
  const lines = perLine.filter((m) => m.size > 0);
  const consistent = (['\t', ';', ','] as const).find((d) => {
    const first = lines[0]?.get(d) ?? 0;
    return first > 0 && lines.every((m) => m.get(d) === first);
  });
  if (consistent) return consistent;
  const total = (d: string) => lines.reduce((n, m) => n + (m.get(d) ?? 0), 0);
  return [...DELIMITERS].sort((a, b) => total(b) - total(a))[0] ?? ',';
}

export function parseCsv(input: string): CsvResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoteLine = 0;

  const endRow = (): void => {
    cells.push(cell);
    // A blank line is not a row.
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };

  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"' && cell === '' && quoteLine === 0) {
      quoteLine = line;
      i++;
      continue;
    }
    if (quoteLine !== 0) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoteLine = 0;
        i++;
        // Anything but a delimiter or line end after a closing quote is a broken field.
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          return { ok: false, line, message: msg('problem_csvTextAfterQuote') };
        }
        continue;
      }
      if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
      cell += ch;
      i++;
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      rowLine = line;
    } else {
      cell += ch;
    }
    i++;
  }
  if (quoteLine !== 0) return { ok: false, line: quoteLine, message: msg('problem_csvUnclosedQuote') };
  if (cell !== '' || cells.length > 0) endRow();
  return { ok: true, rows, delimiter };
}
