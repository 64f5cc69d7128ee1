import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLED_GLOSSARY } from '../../../src/core/glossary/bundled';
import { senseFor } from '../../../src/core/sense';
import { compile, markBlocks, type BlockMatch, type TextBlock } from './mark-blocks';

const c = compile(BUNDLED_GLOSSARY);

// Text pieces: the article's own lines, sentences with ambiguous forms in both senses, and plain filler.
const ARTICLE = readFileSync(path.join(process.cwd(), 'tests/core/sense/fixtures/mixed-sentences.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
const FILLER = ['Der Bus fährt um acht.', 'The weather was mild all week.', 'Bitte hier klicken.', 'Contact us for details.', 'Kapitel 3: Die Reise', 'Weiterlesen »'];

const pageArb = fc.record({
  blocks: fc.array(fc.constantFrom(...ARTICLE), { minLength: 1, maxLength: 8 }),
  lang: fc.constantFrom('de', 'en', ''),
  title: fc.constantFrom('', 'KI-News', 'Login', 'Rezepte', 'DeepSeek R1 im Test'),
});

const key = (m: BlockMatch) => `${m.block}:${m.start}:${m.end}:${m.id}`;
const run = (blocks: TextBlock[], page: { title: string; lang: string }) => markBlocks(c, { ...page, blocks }).map(key);

test('unambiguous forms are marked whatever surrounds them (sense decisions only ever drop ambiguous ones)', () => {
  fc.assert(
    fc.property(pageArb, fc.array(fc.constantFrom(...ARTICLE), { maxLength: 6 }), (page, extra) => {
      const blocks = page.blocks.map((text) => ({ text, heading: '' }));
      const all = markBlocks(c, { title: page.title, lang: page.lang, blocks, senses: false });
      const unambiguous = all.filter((m) => !senseFor(c.senses, m, (blocks[m.block] as TextBlock).text));
      const withExtra = [...blocks, ...extra.map((text) => ({ text, heading: '' }))];
      const marked = new Set(run(withExtra, page));
      for (const m of unambiguous) expect(marked.has(key(m))).toBe(true);
    }),
    { numRuns: 300 },
  );
});

test('adding text without glossary terms around a page never changes any of its marks', () => {
  fc.assert(
    fc.property(pageArb, fc.array(fc.constantFrom(...FILLER), { maxLength: 6 }), fc.array(fc.constantFrom(...FILLER), { maxLength: 6 }), (page, before, after) => {
      const blocks = page.blocks.map((text) => ({ text, heading: '' }));
      const plain = run(blocks, page);
      const wrapped = [...before, ...blocks.map((b) => b.text), ...after].map((text) => ({ text, heading: '' }));
      // The same marks, shifted by the blocks put in front.
      const shifted = markBlocks(c, { ...page, blocks: wrapped })
        .filter((m) => m.block >= before.length && m.block < before.length + blocks.length)
        .map((m) => key({ ...m, block: m.block - before.length }));
      expect(shifted).toEqual(plain);
    }),
    { numRuns: 300 },
  );
});
