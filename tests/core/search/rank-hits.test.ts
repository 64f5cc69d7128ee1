import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestHits } from '../../../src/core/search/rank-hits';

describe('bestHits', () => {
  it('gives the first `limit` of a stable sort, ties in arrival order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 80 }), fc.integer({ min: 0, max: 30 }), (keys, limit) => {
        const items = keys.map((key, at) => ({ key, at }));
        const compare = (a: { key: number }, b: { key: number }): number => a.key - b.key;
        expect(bestHits(items, limit, compare)).toEqual([...items].sort(compare).slice(0, limit));
      }),
      { numRuns: 300 },
    );
  });
});
