import { describe, expect, it } from 'vitest';
import { bigGlossaryEntry } from '../../../scripts/bench/big-glossary';
import { BUNDLED_GLOSSARY } from '../../../src/core/glossary/bundled';
import type { GlossaryEntry } from '../../../src/core/glossary/types';
import { createSearchIndex, prepareSearch, searchGlossary } from '../../../src/core/search/glossary-search';

// A reader's 10,000 own entries with the bundled ones, as the popup gets them.
// term-1234 is "berroteka syndrome" / "Berrotekasyndrom", term-7777 "oxdisdreka syndrome".
const own: GlossaryEntry[] = Array.from({ length: 10_000 }, (_, i) => ({
  ...bigGlossaryEntry(i),
  long: { de: '', en: '' },
  related: [],
  source: { label: 'Big glossary' },
}));
const big = createSearchIndex([...BUNDLED_GLOSSARY, ...own]);
const bundled = createSearchIndex(BUNDLED_GLOSSARY);
const top = (query: string) => searchGlossary(big, query)[0];

describe('search over 10,000 own entries', () => {
  it('finds an own entry by its name, its start and a typo', () => {
    expect(top('Berrotekasyndrom')).toMatchObject({ entry: { id: 'term-1234' }, tier: 'exact' });
    expect(top('berroteka')).toMatchObject({ entry: { id: 'term-1234' }, tier: 'prefix' });
    expect(top('berrotecka')).toMatchObject({ entry: { id: 'term-1234' }, tier: 'fuzzy' });
    expect(top('oxdisdrka')).toMatchObject({ entry: { id: 'term-7777' }, tier: 'fuzzy' });
  });

  it('keeps the bundled glossary’s answers to typos and explanation words', () => {
    for (const query of ['Destilation', 'mixtur of experts', 'nvida', 'chatgtp', 'kunstliche inteligenz', 'reinforcment learning', 'Hangzhou', 'export']) {
      expect(top(query)?.entry.id, query).toBe(searchGlossary(bundled, query)[0]?.entry.id);
    }
  });

  it('answers a word of thousands of names with the limit, direct hits only', () => {
    const hits = searchGlossary(big, 'syndrome');
    expect(hits).toHaveLength(50);
    expect(hits.every((h) => h.tier === 'word' && h.entry.id.startsWith('term-'))).toBe(true);
    expect(hits[0]?.name?.text.slice(hits[0].name.ranges[0]?.start, hits[0].name.ranges[0]?.end)).toBe('syndrome');
  });

  it('finds words of the own explanations, with ranges in them', () => {
    const hits = searchGlossary(big, 'made-up term', { limit: 5 });
    expect(hits).toHaveLength(5);
    for (const hit of hits) {
      expect(hit.tier).toBe('text');
      const { text = '', ranges = [] } = hit.explanation ?? {};
      expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['made', 'term']);
    }
  });

  it('gives the same hits whether the index was prepared ahead or builds on first need', () => {
    const prepared = createSearchIndex([...BUNDLED_GLOSSARY, ...own.slice(0, 500)]);
    prepareSearch(prepared);
    const lazy = createSearchIndex([...BUNDLED_GLOSSARY, ...own.slice(0, 500)]);
    for (const query of ['Destilation', 'berrotek', 'made up']) expect(searchGlossary(lazy, query)).toEqual(searchGlossary(prepared, query));
  });
});
