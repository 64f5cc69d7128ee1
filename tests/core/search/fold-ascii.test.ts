import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, foldText, type FoldedText } from '../../../src/core/search/fold';

/** Folding code point by code point with Unicode classes only: what the ASCII shortcut must agree with. */
function reference(text: string): FoldedText {
  let value = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const wordStarts: number[] = [];
  let previous = '';
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    const next = i + ch.length;
    if (/[\p{L}\p{N}]/u.test(ch)) {
      const folded = ch === 'ß' || ch === 'ẞ' ? 'ss' : ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const boundary = !/[\p{L}\p{N}]/u.test(previous) || (/\p{Lu}/u.test(ch) && /\p{Ll}/u.test(previous));
      if (folded.length > 0 && boundary) wordStarts.push(value.length);
      for (const unit of folded) {
        value += unit;
        starts.push(i);
        ends.push(next);
      }
    }
    previous = ch;
    i = next;
  }
  return { value, starts, ends, wordStarts };
}

describe('foldText on mixed text', () => {
  it('agrees with folding by Unicode classes', () => {
    // ASCII, umlauts, ß/ẞ, a lone combining accent, Greek, a full-width digit, ², a title-case letter.
    const chars = [...'aZ09 -_.eDkäÄöÜßẞéÉıİΩω１²ǅ', '\u0301'];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 24 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(foldText(t)).toEqual(reference(t));
        expect(foldKey(t)).toBe(reference(t).value);
      }),
      { numRuns: 500 },
    );
  });
});
