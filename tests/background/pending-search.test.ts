import { describe, expect, it } from 'vitest';
import { PENDING_TTL_MS, PendingSearch, selectionQuery } from '../../src/background/pending-search';

describe('PendingSearch', () => {
  it('is taken once', () => {
    const pending = new PendingSearch();
    expect(pending.take()).toBeNull();
    pending.set('Destillation', 1000);
    expect(pending.take(1001)).toBe('Destillation');
    expect(pending.take(1002)).toBeNull();
  });

  it('expires', () => {
    const pending = new PendingSearch();
    pending.set('KI', 0);
    expect(pending.take(PENDING_TTL_MS + 1)).toBeNull();
  });
});

describe('selectionQuery', () => {
  it('makes one trimmed line of bounded length', () => {
    expect(selectionQuery('  Mixture\n of\tExperts  ')).toBe('Mixture of Experts');
    expect(selectionQuery(undefined)).toBe('');
    expect(selectionQuery('a'.repeat(1000))).toHaveLength(200);
  });
});
