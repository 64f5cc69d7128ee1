import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLED_GLOSSARY } from '../../../src/core/glossary/bundled';
import { evaluate } from './labelled/evaluate';
import { parseLabelled, type LabelledPage } from './labelled/parse';

const SPLITS = ['dev', 'test', 'holdout', 'fresh', 'fresh2', 'fresh3', 'fresh4'] as const;

function load(split: (typeof SPLITS)[number]): LabelledPage[] {
  return parseLabelled(readFileSync(path.join(process.cwd(), `tests/core/sense/labelled/${split}.txt`), 'utf8'));
}

describe('parseLabelled', () => {
  test('reads header, headings, blocks and labels', () => {
    const [page] = parseLabelled(
      ['=== page: p1', 'lang: en', 'genre: culture', 'title: Claude Debussy – Wikipedia', '# Life of [-Claude]', 'Born in 1862 [1], [-Claude] wrote music; [+Claude] is a model.', ''].join('\n'),
    );
    expect(page).toMatchObject({ id: 'p1', lang: 'en', genre: 'culture', title: 'Claude Debussy – Wikipedia' });
    expect(page?.blocks).toEqual([
      { text: 'Life of Claude', heading: '' },
      { text: 'Born in 1862 [1], Claude wrote music; Claude is a model.', heading: 'Life of Claude' },
    ]);
    expect(page?.labels).toEqual([
      { block: 0, start: 8, end: 14, text: 'Claude', glossary: false },
      { block: 1, start: 18, end: 24, text: 'Claude', glossary: false },
      { block: 1, start: 38, end: 44, text: 'Claude', glossary: true },
    ]);
  });

  test('malformed input names the page and line', () => {
    expect(() => parseLabelled('=== page: a\nlang: fr\ngenre: news\ntitle: T\nx')).toThrow(/page "a", line 2/);
    expect(() => parseLabelled('=== page: a\nlang: en\ngenre: news\ntitle: T\nan [+open annotation')).toThrow(/page "a", line 5: unclosed/);
    expect(() => parseLabelled('=== page: a\nlang: en\ntitle: T\nx')).toThrow(/expected "genre/);
    expect(() => parseLabelled('just text')).toThrow(/line 1/);
    expect(() => parseLabelled('=== page: a\nlang: en\ngenre: news\ntitle: T\n\n=== page: b\nlang: en\ngenre: news\ntitle: U\ny')).toThrow(/page "a".*no blocks/);
  });
});

describe.each(SPLITS)('labelled corpus: %s', (split) => {
  const pages = load(split);
  const labels = pages.flatMap((p) => p.labels);

  test('is large and varied enough', () => {
    expect(pages.length).toBeGreaterThanOrEqual(60);
    expect(labels.length).toBeGreaterThanOrEqual(260);
    expect(new Set(pages.map((p) => p.lang))).toEqual(new Set(['de', 'en']));
    expect(new Set(pages.map((p) => p.genre)).size).toBeGreaterThanOrEqual(8);
  });

  test('every entry with a sense rule occurs at least 8 times, in both senses', () => {
    const { perEntry } = evaluate(pages, { senses: false });
    for (const entry of BUNDLED_GLOSSARY.filter((e) => e.sense)) {
      const c = perEntry[entry.id] ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
      expect({ id: entry.id, n: c.tp + c.fp + c.fn + c.tn >= 8, glossary: c.tp + c.fn > 0, other: c.fp + c.tn > 0 }).toEqual({
        id: entry.id,
        n: true,
        glossary: true,
        other: true,
      });
    }
  });

  test('labels match the matcher exactly and every ambiguous occurrence is labelled', () => {
    expect(evaluate(pages, { senses: false }).problems).toEqual([]);
  });
});

test('the splits share no pages and no blocks', () => {
  const splits = SPLITS.map((split) => ({ split, pages: load(split) }));
  // Short blocks (a footer, a heading) may recur; sentences of substance may not.
  const substantial = (pages: LabelledPage[]) => pages.flatMap((p) => p.blocks.map((b) => b.text)).filter((t) => t.length > 60);
  const shared: string[] = [];
  splits.forEach((a, i) => {
    const ids = new Set(a.pages.map((p) => p.id));
    const texts = new Set(substantial(a.pages));
    for (const b of splits.slice(i + 1)) {
      shared.push(...b.pages.filter((p) => ids.has(p.id)).map((p) => `${a.split}/${b.split}: page ${p.id}`));
      shared.push(...substantial(b.pages).filter((t) => texts.has(t)).map((t) => `${a.split}/${b.split}: ${t.slice(0, 40)}`));
    }
  });
  expect(shared).toEqual([]);
});
