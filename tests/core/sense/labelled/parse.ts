/**
 * Reads the labelled sense corpus (dev.txt, test.txt in this folder).
 *
 *   === page: some-page-id
 *   lang: en
 *   genre: finance
 *   title: The page's <title>
 *   # A heading (the heading of the blocks after it)
 *   A paragraph with [+Claude] (glossary sense) and [-token] (another sense).
 *
 * One block per line; blank lines are ignored. Every occurrence of a form of an
 * ambiguous entry is wrapped in [+…] or [-…]; the brackets are removed from the
 * block text and become labels with offsets into it. A "[" not followed by
 * "+" or "-" is ordinary text ("[1]").
 */

export const GENRES = [
  'news',
  'encyclopedia',
  'culture',
  'sport',
  'finance',
  'programming',
  'shop',
  'science',
  'ai',
  'forum',
  'other',
] as const;
export type Genre = (typeof GENRES)[number];

export interface LabelledBlock {
  text: string;
  /** The heading of the block's section ('' for none, and for a heading block itself). */
  heading: string;
}

export interface Label {
  /** Index into `blocks`. */
  block: number;
  /** Offsets into the block's text (end exclusive). */
  start: number;
  end: number;
  text: string;
  /** True for [+…] (the glossary's sense), false for [-…]. */
  glossary: boolean;
}

export interface LabelledPage {
  id: string;
  lang: 'de' | 'en';
  genre: Genre;
  title: string;
  blocks: LabelledBlock[];
  labels: Label[];
}

const PAGE_RE = /^=== page: ([a-z0-9][a-z0-9-]*)$/;
const FIELDS = ['lang', 'genre', 'title'] as const;

class CorpusError extends Error {
  constructor(page: string | undefined, line: number, message: string) {
    super(`${page ? `page "${page}", ` : ''}line ${line}: ${message}`);
    this.name = 'CorpusError';
  }
}

/** Removes the annotation brackets of one line; offsets of the labels refer to the result. */
function unbracket(line: string, fail: (message: string) => never): { text: string; spans: Omit<Label, 'block'>[] } {
  let text = '';
  const spans: Omit<Label, 'block'>[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i] as string;
    const sign = line[i + 1];
    if (ch === '[' && (sign === '+' || sign === '-')) {
      const close = line.indexOf(']', i + 2);
      if (close < 0) fail(`unclosed annotation "${line.slice(i, i + 30)}"`);
      const inner = line.slice(i + 2, close);
      if (inner.trim() === '' || inner !== inner.trim()) fail(`empty or padded annotation "${line.slice(i, close + 1)}"`);
      if (inner.includes('[')) fail(`nested annotation "${line.slice(i, close + 1)}"`);
      spans.push({ start: text.length, end: text.length + inner.length, text: inner, glossary: sign === '+' });
      text += inner;
      i = close + 1;
      continue;
    }
    text += ch;
    i++;
  }
  return { text, spans };
}

export function parseLabelled(source: string): LabelledPage[] {
  const pages: LabelledPage[] = [];
  const ids = new Set<string>();
  let page: LabelledPage | undefined;
  let fields: Partial<Record<(typeof FIELDS)[number], string>> = {};
  let heading = '';
  let pageLine = 0;
  /** Id of a page whose header fields are still being read. */
  let pendingId: string | undefined;

  const finish = (): void => {
    if (!page) return;
    if (page.blocks.length === 0) throw new CorpusError(page.id, pageLine, 'page has no blocks');
    pages.push(page);
  };

  source.split(/\r?\n/).forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trimEnd();
    const fail = (message: string): never => {
      throw new CorpusError(page?.id ?? pendingId, lineNo, message);
    };
    if (line.trim() === '') return;

    if (line.startsWith('===')) {
      const m = PAGE_RE.exec(line);
      if (!m) fail(`malformed page line "${line}" (want "=== page: some-id")`);
      if (pendingId !== undefined) throw new CorpusError(pendingId, pageLine, 'page header is incomplete');
      finish();
      const id = (m as RegExpExecArray)[1] as string;
      if (ids.has(id)) throw new CorpusError(id, lineNo, 'duplicate page id');
      ids.add(id);
      // The header fields come next; the page exists once they are all read.
      page = undefined;
      fields = {};
      heading = '';
      pageLine = lineNo;
      pendingId = id;
      return;
    }
    if (pendingId !== undefined) {
      const m = /^(lang|genre|title): (.+)$/.exec(line);
      const expected = FIELDS[Object.keys(fields).length] as string;
      if (!m || m[1] !== expected) throw new CorpusError(pendingId, lineNo, `expected "${expected}: …", got "${line}"`);
      const [, key, value] = m as unknown as [string, (typeof FIELDS)[number], string];
      fields[key] = value.trim();
      if (key === 'lang' && value !== 'de' && value !== 'en') throw new CorpusError(pendingId, lineNo, `lang must be de or en, got "${value}"`);
      if (key === 'genre' && !(GENRES as readonly string[]).includes(value)) {
        throw new CorpusError(pendingId, lineNo, `unknown genre "${value}" (one of ${GENRES.join(', ')})`);
      }
      if (key === 'title') {
        if (/\[[+-]/.test(value)) throw new CorpusError(pendingId, lineNo, 'the title is not annotated (it is evidence, not a block)');
        page = {
          id: pendingId,
          lang: fields.lang as 'de' | 'en',
          genre: fields.genre as Genre,
          title: value.trim(),
          blocks: [],
          labels: [],
        };
        pendingId = undefined;
      }
      return;
    }
    if (!page) fail('text before the first "=== page:" line');
    const p = page as LabelledPage;
    const isHeading = line.startsWith('# ');
    const body = isHeading ? line.slice(2).trim() : line.trim();
    if (body === '') fail('empty heading');
    if (/^(lang|genre|title): /.test(body) && p.blocks.length === 0) fail(`header field "${body.split(':')[0] ?? ''}" repeated`);
    const { text, spans } = unbracket(body, fail);
    const block = p.blocks.length;
    p.blocks.push({ text, heading: isHeading ? '' : heading });
    if (isHeading) heading = text;
    for (const s of spans) p.labels.push({ block, ...s });
  });
  if (pendingId !== undefined) throw new CorpusError(pendingId, pageLine, 'page header is incomplete');
  finish();
  return pages;
}
