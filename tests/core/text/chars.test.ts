import {
  SEPARATOR_CHAR_RE,
  WORD_CHAR_RE,
  isSeparatorCodePoint,
  isWordCodePoint,
} from '../../../src/core/text/chars';

// The classifiers take shortcuts for Latin and typographic punctuation; here
// every code point of the BMP (and a sample beyond) is checked against the
// plain regex definitions, so a shortcut can never disagree with them.
const codePoints = (): number[] => {
  const out: number[] = [];
  for (let cp = 0; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) out.push(cp);
  for (let cp = 0x10000; cp <= 0x10ffff; cp += 97) out.push(cp);
  return out;
};

test('isWordCodePoint agrees with [\\p{L}\\p{M}\\p{N}] everywhere', () => {
  const wrong = codePoints().filter((cp) => isWordCodePoint(cp) !== WORD_CHAR_RE.test(String.fromCodePoint(cp)));
  expect(wrong.map((cp) => cp.toString(16))).toEqual([]);
}, 30_000);

test('isSeparatorCodePoint agrees with [\\s\\-\\u2010\\u2011] everywhere', () => {
  const wrong = codePoints().filter(
    (cp) => isSeparatorCodePoint(cp) !== SEPARATOR_CHAR_RE.test(String.fromCodePoint(cp)),
  );
  expect(wrong.map((cp) => cp.toString(16))).toEqual([]);
}, 30_000);
