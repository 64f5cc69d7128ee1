import { describe, expect, it } from 'vitest';
import { maxEdits, wordDistance } from '../../../src/core/search/word-distance';
import { createTextIndex, searchTexts } from '../../../src/core/search/text-index';

describe('wordDistance', () => {
  it('ranks the word itself, then words it begins, then compounds, then typos', () => {
    expect(wordDistance('export', 'export')).toBe(0);
    expect(wordDistance('export', 'exportiert')).toBe(0.05);
    expect(wordDistance('kontrolle', 'exportkontrollen')).toBe(0.1);
    const typo = wordDistance('reinforcment', 'reinforcement');
    expect(typo).not.toBeNull();
    expect(typo).toBeGreaterThan(0);
    expect(typo).toBeLessThan(0.2);
  });

  it('counts a swapped pair of letters as one typo', () => {
    expect(wordDistance('wieghts', 'weights')).toBeCloseTo(1 / 7);
  });

  it('allows more typos in longer words, none in short ones', () => {
    expect(maxEdits(3)).toBe(0);
    expect(maxEdits(5)).toBe(1);
    expect(maxEdits(9)).toBe(2);
    expect(wordDistance('kit', 'kid')).toBeNull();
    expect(wordDistance('tokn', 'token')).not.toBeNull();
    expect(wordDistance('mixtur', 'mixture')).not.toBeNull();
    expect(wordDistance('modell', 'medaille')).toBeNull();
  });

  it('matches a typo at the start of a longer word', () => {
    expect(wordDistance('destilat', 'destillation')).not.toBeNull();
  });

  it('needs the whole query inside a compound', () => {
    expect(wordDistance('sputnik', 'sputnikmoment')).toBe(0.05);
    expect(wordDistance('moment', 'sputnikmoment')).toBe(0.1);
    expect(wordDistance('monent', 'sputnikmoment')).toBeNull();
  });
});

describe('searchTexts', () => {
  const texts = [
    'DeepSeek setzt auf eine Mixture-of-Experts-Architektur.',
    'Exportkontrollen der USA beschränken Chips.',
    'Experts disagree about the mixture.',
    'Nothing to see.',
  ];
  const index = createTextIndex(texts);

  it('needs every significant query word, typos allowed', () => {
    expect(searchTexts(index, 'mixtur of experts').map((h) => h.record)).toEqual([0, 2]);
    expect(searchTexts(index, 'mixtur nothing')).toEqual([]);
  });

  it('points at the words as written', () => {
    const [hit] = searchTexts(index, 'kontrolle');
    expect(hit?.record).toBe(1);
    expect(hit && texts[1]?.slice(hit.ranges[0]?.start, hit.ranges[0]?.end)).toBe('Exportkontrollen');
  });

  it('puts exact words before typos', () => {
    const hits = searchTexts(index, 'experts');
    expect(hits[0]?.score).toBe(0);
  });

  it('falls back to short words when there is nothing else', () => {
    expect(searchTexts(index, 'of').map((h) => h.record)).toEqual([0]);
    expect(searchTexts(index, '')).toEqual([]);
  });
});
