import { describe, expect, it } from 'vitest';
import { badgeText, summarize, TabTermsRegistry } from '../../src/background/tab-terms';

describe('summarize', () => {
  it('sums counts over frames that mark terms, most frequent first', () => {
    const summary = summarize({
      '0': { state: 'active', terms: [{ id: 'deepseek', count: 2 }, { id: 'nvidia', count: 1 }] },
      '7': { state: 'active', terms: [{ id: 'nvidia', count: 3 }, { id: 'ki', count: 1 }] },
      '9': { state: 'site-off', terms: [{ id: 'openai', count: 5 }] },
    });
    expect(summary).toEqual({
      state: 'active',
      terms: [
        { id: 'nvidia', count: 4 },
        { id: 'deepseek', count: 2 },
        { id: 'ki', count: 1 },
      ],
      url: null,
    });
  });

  it("keeps the top frame's address", () => {
    const summary = summarize({
      '0': { state: 'active', terms: [], url: 'https://a.de/x' },
      '2': { state: 'active', terms: [], url: 'https://ads.example/frame' },
    });
    expect(summary?.url).toBe('https://a.de/x');
  });

  it("takes the top frame's state", () => {
    expect(summarize({ '0': { state: 'opted-out', terms: [] }, '3': { state: 'active', terms: [] } })?.state).toBe(
      'opted-out',
    );
  });

  it('falls back to a marking frame when the top frame has not reported', () => {
    expect(summarize({ '4': { state: 'paused', terms: [] }, '3': { state: 'active', terms: [] } })?.state).toBe('active');
    expect(summarize({ '4': { state: 'paused', terms: [] } })?.state).toBe('paused');
  });

  it('drops zero counts and knows nothing of a tab without reports', () => {
    expect(summarize({ '0': { state: 'active', terms: [{ id: 'ki', count: 0 }] } })?.terms).toEqual([]);
    expect(summarize({})).toBeUndefined();
  });
});

describe('badgeText', () => {
  it('is the number of distinct terms, or nothing', () => {
    expect(badgeText(undefined)).toBe('');
    expect(badgeText({ terms: [] })).toBe('');
    expect(badgeText({ terms: [{ id: 'a', count: 9 }, { id: 'b', count: 1 }] })).toBe('2');
    const many = Array.from({ length: 1200 }, (_, i) => ({ id: `t${i}`, count: 1 }));
    expect(badgeText({ terms: many })).toBe('999+');
  });
});

describe('TabTermsRegistry', () => {
  it('replaces a frame’s earlier report and keeps tabs apart', () => {
    const registry = new TabTermsRegistry();
    registry.report(1, 0, { state: 'active', terms: [{ id: 'ki', count: 1 }] });
    registry.report(1, 0, { state: 'active', terms: [{ id: 'ki', count: 3 }] });
    registry.report(2, 0, { state: 'active', terms: [{ id: 'moe', count: 1 }] });
    expect(registry.summary(1)?.terms).toEqual([{ id: 'ki', count: 3 }]);
    registry.clearTab(1);
    expect(registry.summary(1)).toBeUndefined();
    expect(registry.summary(2)?.terms).toEqual([{ id: 'moe', count: 1 }]);
  });

  it('restores saved frames without overwriting newer reports', () => {
    const registry = new TabTermsRegistry();
    registry.report(1, 0, { state: 'active', terms: [{ id: 'ki', count: 9 }] });
    registry.restore(1, {
      '0': { state: 'active', terms: [{ id: 'ki', count: 1 }] },
      '5': { state: 'active', terms: [{ id: 'moe', count: 2 }] },
    });
    expect(registry.summary(1)?.terms).toEqual([
      { id: 'ki', count: 9 },
      { id: 'moe', count: 2 },
    ]);
  });
});
