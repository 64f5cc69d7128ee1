/**
 * Character classes shared by normalisation and the matcher. Pure functions on
 * code points; no DOM. The matcher memoises them per BMP code unit
 * (`char-table.ts`) because the regex tests below are too slow per character.
 */

/** U+00AD: an invisible hyphenation hint, so "Destil\u00ADlation" must read as "Destillation". */
export const SOFT_HYPHEN = 0x00ad;

/** What normalisation does with a code point. */
export const CLASS_WORD = 1;
export const CLASS_OTHER = 2;
export const CLASS_SEPARATOR = 3;
export const CLASS_IGNORED = 4;
export type CharClass =
  | typeof CLASS_WORD
  | typeof CLASS_OTHER
  | typeof CLASS_SEPARATOR
  | typeof CLASS_IGNORED;

// Letters, marks and digits of any script: a base letter followed by a
// combining accent stays inside one word, so boundaries never split it.
const WORD_RE = /^[\p{L}\p{M}\p{N}]$/u;
// `\s` already covers U+00A0 and U+202F (and other Unicode spaces); the hyphens
// are the ones writers use to join or break compounds.
const SEPARATOR_CLASS = '[\\s\\-\\u2010\\u2011]';
const SEPARATOR_RE = new RegExp(`^${SEPARATOR_CLASS}$`, 'u');
const SEPARATOR_RUN_RE = new RegExp(`${SEPARATOR_CLASS}+`, 'gu');
const SOFT_HYPHEN_RE = /\u00AD/g;

function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

// The fast paths below cover what German and English pages are made of
// (Latin letters, typographic punctuation): the first use of WORD_RE costs
// 1.5–4 ms to compile, which a content script should not pay at start.
// tests/core/text/chars.test.ts checks them against the regexes for every
// BMP code point.

/** Letter, mark or digit of any script. Lone surrogates are not word chars. */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) {
    const lower = cp | 0x20;
    return (cp >= 0x30 && cp <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
  }
  // Latin-1 Supplement and Latin Extended-A/B: letters from U+00C0 except × ÷;
  // below that only ª ² ³ µ ¹ º ¼ ½ ¾.
  if (cp < 0x250) {
    if (cp >= 0xc0) return cp !== 0xd7 && cp !== 0xf7;
    return cp === 0xaa || cp === 0xb2 || cp === 0xb3 || cp === 0xb5 || cp === 0xb9 || cp === 0xba || (cp >= 0xbc && cp <= 0xbe);
  }
  // General Punctuation („ “ ” – — … ’) and Currency Symbols (€): no word chars.
  if ((cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x20a0 && cp <= 0x20cf)) return false;
  if (isSurrogate(cp)) return false;
  return WORD_RE.test(String.fromCodePoint(cp));
}

/** Whitespace, hyphen-minus, U+2010 or U+2011: interchangeable between words. */
export function isSeparatorCodePoint(cp: number): boolean {
  if (cp < 0x80) return cp === 0x20 || cp === 0x2d || (cp >= 0x09 && cp <= 0x0d);
  if (cp < 0x250) return cp === 0xa0;
  if (cp >= 0x2000 && cp <= 0x206f) {
    return cp <= 0x200a || cp === 0x2010 || cp === 0x2011 || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f;
  }
  if (isSurrogate(cp)) return false;
  return SEPARATOR_RE.test(String.fromCodePoint(cp));
}

/**
 * Soft hyphens dropped, separator runs turned into one space, ends trimmed;
 * case kept. Same result as walking the code points with the classifiers
 * (a test checks that), but with native regexes, so compiling a glossary
 * costs little even before the JIT has warmed up.
 */
export function collapseSeparators(text: string): string {
  return text.replace(SOFT_HYPHEN_RE, '').replace(SEPARATOR_RUN_RE, ' ').trim();
}

/** The plain regex definitions, for tests that check the fast paths above. */
export const WORD_CHAR_RE = WORD_RE;
export const SEPARATOR_CHAR_RE = SEPARATOR_RE;

export function classifyCodePoint(cp: number): CharClass {
  if (cp === SOFT_HYPHEN) return CLASS_IGNORED;
  if (isSeparatorCodePoint(cp)) return CLASS_SEPARATOR;
  return isWordCodePoint(cp) ? CLASS_WORD : CLASS_OTHER;
}

/**
 * Lower-cases one code point, but only when that keeps its UTF-16 length, so
 * folded offsets stay aligned with the original text ("İ" → "i̇" would grow,
 * so "İ" is kept). `toLowerCase` is locale-independent, unlike
 * `toLocaleLowerCase`, so the same page folds the same way everywhere.
 */
export function foldCodePoint(cp: number): number {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? cp + 0x20 : cp;
  if (isSurrogate(cp)) return cp;
  const ch = String.fromCodePoint(cp);
  const lower = ch.toLowerCase();
  if (lower.length !== ch.length) return cp;
  const folded = lower.codePointAt(0) ?? cp;
  // Same length but a different shape (one astral ↔ two BMP chars) would
  // still break the one-to-one unit mapping.
  return (folded > 0xffff) === (cp > 0xffff) ? folded : cp;
}
