import { describe, expect, it } from 'vitest';
import { createNameHaystack, namesContaining } from '../../../src/core/search/name-haystack';

describe('namesContaining', () => {
  const haystack = createNameHaystack(['deepseek', 'deepseekr1', '', 'seek', 'openai', 'ki']);

  it('finds each name holding the piece once, in order', () => {
    expect(namesContaining(haystack, 'seek')).toEqual([0, 1, 3]);
    expect(namesContaining(haystack, 'e')).toEqual([0, 1, 3, 4]);
    expect(namesContaining(haystack, 'ki')).toEqual([5]);
  });

  it('never matches across two names', () => {
    expect(namesContaining(haystack, 'r1seek')).toEqual([]);
    expect(namesContaining(haystack, 'aiki')).toEqual([]);
  });

  it('finds nothing for an empty piece or an empty list', () => {
    expect(namesContaining(haystack, '')).toEqual([]);
    expect(namesContaining(createNameHaystack([]), 'a')).toEqual([]);
  });
});
