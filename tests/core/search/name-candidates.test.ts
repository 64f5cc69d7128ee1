import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { BUNDLED_GLOSSARY } from '../../../src/core/glossary/bundled';
import { createNameGramIndex, nameCandidates } from '../../../src/core/search/name-candidates';
import { MAX_FUZZY_NAMES } from '../../../src/core/search/glossary-search';

// fuse.js as the search uses it for names.
const accepted = (names: readonly string[], query: string, threshold: number): number[] =>
  new Fuse(
    names.map((text) => ({ text })),
    { keys: ['text'], includeScore: true, includeMatches: true, ignoreLocation: true, ignoreDiacritics: true, minMatchCharLength: 2, threshold: 0.4 },
  )
    .search(query)
    .filter((r) => (r.score ?? 1) <= threshold)
    .map((r) => r.refIndex)
    .sort((a, b) => a - b);

const thresholdFor = (query: string): number => (query.replace(/[^\p{L}\p{N}]/gu, '').length <= 4 ? 0.26 : 0.34);

describe('nameCandidates', () => {
  it('keeps every name fuse.js would accept (random names and queries)', () => {
    const word = fc.stringMatching(/^[a-eäöß -]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), word, (names, query) => {
        const index = createNameGramIndex(names);
        for (const threshold of [0.26, 0.34]) {
          const kept = new Set(nameCandidates(index, query, threshold, names.length));
          for (const id of accepted(names, query, threshold)) expect(kept.has(id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lets fuse.js find exactly what it finds over all bundled names', () => {
    const names = BUNDLED_GLOSSARY.flatMap((e) => [e.title.de, e.title.en, ...e.forms.de, ...e.forms.en]);
    const index = createNameGramIndex(names);
    const queries = ['Destilation', 'mixtur of experts', 'nvida', 'chatgtp', 'Gemeni', 'Anthropik', 'open wieghts', 'Benchmarck', 'deepsek r1', 'kunstliche inteligenz'];
    for (const name of names.slice(0, 120)) queries.push(name.slice(0, 3), name.slice(0, 6), name.slice(1));
    for (const query of queries) {
      const threshold = thresholdFor(query);
      const kept = nameCandidates(index, query, threshold, MAX_FUZZY_NAMES);
      const viaCandidates = accepted(kept.map((id) => names[id] as string), query, threshold).map((i) => kept[i]);
      expect(viaCandidates, query).toEqual(accepted(names, query, threshold));
    }
  });

  it('leaves out names without enough shared pieces, and keeps the best within the limit', () => {
    const names = ['Berrotekasyndrom', 'Kakakakasyndrom', 'berroteka syndrome', 'Distillation'];
    const index = createNameGramIndex(names);
    expect(nameCandidates(index, 'berrotekka', 0.34, 10)).toEqual([0, 2]);
    expect(nameCandidates(index, 'Destilation', 0.34, 10)).toEqual([3]);
    // Limited: the names sharing most pieces, in index order.
    expect(nameCandidates(index, 'berroteka syndrom', 0.34, 2)).toEqual([0, 2]);
  });

  it('always keeps names it cannot judge (letters fuse.js folds its own way)', () => {
    const index = createNameGramIndex(['Łódź', 'Berlin']);
    expect(nameCandidates(index, 'lodz', 0.34, 10)).toContain(0);
    expect(nameCandidates(index, 'lodz', 0.34, 10)).not.toContain(1);
  });
});
