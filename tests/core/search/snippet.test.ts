import { describe, expect, it } from 'vitest';
import { snippetAround } from '../../../src/core/search/snippet';

const TEXT =
  'R1 baut auf dem Basismodell DeepSeek V3 auf und nutzt wie dieses eine Mixture-of-Experts-Architektur: von insgesamt 671 Milliarden Parametern sind je Token nur etwa 37 Milliarden aktiv.';

describe('snippetAround', () => {
  it('cuts a window around the first match and keeps its range on the same text', () => {
    const start = TEXT.indexOf('Mixture');
    const snippet = snippetAround(TEXT, [{ start, end: start + 7 }], { radius: 20 });
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThan(TEXT.length);
    const [r] = snippet.ranges;
    expect(r && snippet.text.slice(r.start, r.end)).toBe('Mixture');
  });

  it('does not start or end in the middle of a word when it can avoid it', () => {
    const start = TEXT.indexOf('Token');
    const snippet = snippetAround(TEXT, [{ start, end: start + 5 }], { radius: 15 });
    const inner = snippet.text.replace(/^…/, '').replace(/…$/, '');
    expect(TEXT.includes(inner)).toBe(true);
    expect(TEXT[TEXT.indexOf(inner) - 1]).toBe(' ');
  });

  it('needs no ellipsis at the edges of the text', () => {
    const snippet = snippetAround(TEXT, [{ start: 0, end: 2 }], { radius: 10 });
    expect(snippet.text.startsWith('R1')).toBe(true);
    expect(snippet.ranges).toEqual([{ start: 0, end: 2 }]);
  });

  it('drops ranges outside the window', () => {
    const a = TEXT.indexOf('Basismodell');
    const b = TEXT.indexOf('aktiv');
    const snippet = snippetAround(TEXT, [{ start: a, end: a + 11 }, { start: b, end: b + 5 }], { radius: 10 });
    expect(snippet.ranges).toHaveLength(1);
  });

  it('shows the beginning when there is no range', () => {
    expect(snippetAround(TEXT, [], { radius: 10 }).text).toBe(`${TEXT.slice(0, 20)}…`);
  });
});
