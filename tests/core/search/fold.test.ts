import { describe, expect, it } from 'vitest';
import { foldKey, foldText, foldWords, mergeRanges, originalRange } from '../../../src/core/search/fold';

describe('foldText', () => {
  it('keeps letters and digits, lower case, without diacritics', () => {
    expect(foldKey('DeepSeek-R1')).toBe('deepseekr1');
    expect(foldKey('Sputnik\u2011Moment')).toBe('sputnikmoment');
    expect(foldKey('Künstliche\u00adIntelligenz')).toBe('kunstlicheintelligenz');
    expect(foldKey('Großmacht')).toBe('grossmacht');
    expect(foldKey('GPT-4o')).toBe('gpt4o');
  });

  it('maps folded units back to the original', () => {
    const folded = foldText('Groß Macht');
    const at = folded.value.indexOf('ssmacht');
    expect(originalRange(folded, at, at + 7)).toEqual({ start: 3, end: 10 });
  });

  it('marks word starts, camelCase humps included', () => {
    const folded = foldText('DeepSeek R1, open-source');
    const words = folded.wordStarts.map((s) => folded.value.slice(s, s + 4));
    expect(words).toEqual(['deep', 'seek', 'r1op', 'open', 'sour']);
  });

  it('splits queries into folded words', () => {
    expect(foldWords(' Mixtur  of-Experts ')).toEqual(['mixtur', 'of', 'experts']);
    expect(foldWords('künstliche')).toEqual(['kunstliche']);
  });
});

describe('mergeRanges', () => {
  it('sorts, merges overlaps and drops empty ranges', () => {
    expect(
      mergeRanges([
        { start: 5, end: 8 },
        { start: 0, end: 2 },
        { start: 2, end: 3 },
        { start: 7, end: 9 },
        { start: 4, end: 4 },
      ]),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 9 },
    ]);
  });
});
