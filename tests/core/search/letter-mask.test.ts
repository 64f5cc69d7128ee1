import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterMask, maxEdits, missingLetters, wordDistance } from '../../../src/core/search/word-distance';

describe('letterMask / missingLetters', () => {
  it('counts the query letters a word lacks', () => {
    expect(missingLetters(letterMask('dest'), letterMask('test'))).toBe(1);
    expect(missingLetters(letterMask('dest'), letterMask('1234'))).toBe(4);
    expect(missingLetters(letterMask('export'), letterMask('exportkontrollen'))).toBe(0);
  });

  it('never rules out a word that is close', () => {
    const word = fc.stringMatching(/^[a-fä0-9]{1,10}$/);
    fc.assert(
      fc.property(word, word, (query, vocab) => {
        if (wordDistance(query, vocab) !== null) {
          expect(missingLetters(letterMask(query), letterMask(vocab))).toBeLessThanOrEqual(maxEdits(query.length));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
