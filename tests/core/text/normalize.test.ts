import fc from 'fast-check';
import { foldForm } from '../../../src/core/matcher/compile-forms';
import {
  CLASS_IGNORED,
  CLASS_OTHER,
  CLASS_SEPARATOR,
  CLASS_WORD,
  classifyCodePoint,
  collapseSeparators,
  foldCodePoint,
  isSeparatorCodePoint,
  isWordCodePoint,
  normalizeForm,
  normalizeText,
  toOriginalRange,
} from '../../../src/core/text/normalize';
import { BmpCharTable } from '../../../src/core/text/char-table';

const cp = (ch: string): number => ch.codePointAt(0) ?? -1;

describe('isWordCodePoint', () => {
  test.each(['a', 'Z', 'ä', 'Ö', 'ß', 'ẞ', 'é', 'ж', 'Ж', 'λ', '中', 'ك', '7', '٣', '½', '\u0301', '\u0308', '𝔸'])(
    '%s is a word char (letter, mark or digit of any script)',
    (ch) => expect(isWordCodePoint(cp(ch))).toBe(true),
  );
  test.each([' ', '-', '_', '.', ',', "'", '\u2019', '"', '(', '€', '😀', '\u00AD', '\u00A0', '\u200D', '\u2013'])(
    '%s is not a word char',
    (ch) => expect(isWordCodePoint(cp(ch))).toBe(false),
  );
  test('lone surrogates are not word chars', () => {
    expect(isWordCodePoint(0xd800)).toBe(false);
    expect(isWordCodePoint(0xdfff)).toBe(false);
  });
});

describe('isSeparatorCodePoint', () => {
  test.each([' ', '\t', '\n', '\r', '-', '\u2010', '\u2011', '\u00A0', '\u202F', '\u2003', '\u3000'])(
    'U+%s is a separator',
    (ch) => expect(isSeparatorCodePoint(cp(ch))).toBe(true),
  );
  test.each(['\u2013', '\u2014', '_', '/', '.', '\u00AD', 'a', '\u200B'])('%s is not a separator', (ch) =>
    expect(isSeparatorCodePoint(cp(ch))).toBe(false),
  );
});

describe('classifyCodePoint', () => {
  test('soft hyphen is ignored, not a separator', () => {
    expect(classifyCodePoint(0xad)).toBe(CLASS_IGNORED);
    expect(classifyCodePoint(cp('-'))).toBe(CLASS_SEPARATOR);
    expect(classifyCodePoint(cp('ü'))).toBe(CLASS_WORD);
    expect(classifyCodePoint(cp('’'))).toBe(CLASS_OTHER);
  });
});

describe('foldCodePoint', () => {
  test.each([
    ['A', 'a'],
    ['Ä', 'ä'],
    ['Ü', 'ü'],
    ['ẞ', 'ß'],
    ['Σ', 'σ'],
    ['Ж', 'ж'],
    ['ß', 'ß'],
    ['1', '1'],
    ['\u{10400}', '\u{10428}'], // Deseret: astral letters fold too
  ])('%s folds to %s', (from, to) => expect(String.fromCodePoint(foldCodePoint(cp(from)))).toBe(to));

  test('a char whose lower case is longer is kept, so offsets stay aligned', () => {
    expect('İ'.toLowerCase()).toHaveLength(2);
    expect(foldCodePoint(cp('İ'))).toBe(cp('İ'));
  });
  test('lone surrogates are kept', () => expect(foldCodePoint(0xd83d)).toBe(0xd83d));
});

describe('BmpCharTable', () => {
  test('agrees with the pure functions for every BMP non-surrogate unit it fills', () => {
    const table = new BmpCharTable();
    for (const ch of ['A', 'ä', 'Ä', '-', '\u00A0', '\u00AD', '’', '中', 'İ', '\u2011']) {
      const unit = ch.charCodeAt(0);
      const cls = table.classes[unit] || table.fill(unit);
      expect(cls).toBe(classifyCodePoint(unit));
      expect(table.folds[unit]).toBe(foldCodePoint(unit));
    }
  });
});

describe('normalizeText', () => {
  test('folds case and maps every unit back to its original offset', () => {
    const n = normalizeText('Das KI-Modell');
    expect(n.value).toBe('das ki modell');
    expect([...n.offsets]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  test('collapses runs of separators into one space that spans the run', () => {
    const n = normalizeText('DeepSeek \u2011\u00A0 R1');
    expect(n.value).toBe('deepseek r1');
    expect(n.offsets[8]).toBe(8);
    expect(n.ends[8]).toBe(12);
    expect(toOriginalRange(n, { start: 0, end: n.value.length })).toEqual({ start: 0, end: 14 });
  });

  test('drops soft hyphens: "Destil\\u00ADlation" reads as "Destillation"', () => {
    const n = normalizeText('Destil\u00ADlation');
    expect(n.value).toBe('destillation');
    expect(n.offsets[6]).toBe(7);
    expect(toOriginalRange(n, { start: 0, end: 12 })).toEqual({ start: 0, end: 13 });
  });

  test('a soft hyphen inside a separator run does not split it', () => {
    expect(normalizeText('Open -\u00AD- Source').value).toBe('open source');
  });

  test('keeps case when asked', () => {
    expect(normalizeText('GPT\u20114', { fold: false }).value).toBe('GPT 4');
  });

  test('astral chars keep both units and their offsets', () => {
    const n = normalizeText('a😀B');
    expect(n.value).toBe('a😀b');
    expect([...n.offsets]).toEqual([0, 1, 2, 3]);
  });

  test('lone surrogates pass through unchanged', () => {
    expect(normalizeText('x\uD800y\uDC00').value).toBe('x\uD800y\uDC00');
  });

  test('empty text and text of separators only', () => {
    expect(normalizeText('').value).toBe('');
    expect(normalizeText(' \t-\u00A0\n').value).toBe(' ');
    expect(normalizeText('\u00AD\u00AD').value).toBe('');
  });

  test('a 5 MB text normalises in one pass', () => {
    const text = 'Die künstliche Intelligenz -- Forschung\u00A0wächst. '.repeat(100_000);
    const n = normalizeText(text, { table: new BmpCharTable() });
    expect(n.value.length).toBeLessThan(text.length);
    expect(n.offsets.length).toBe(n.value.length);
  }, 30_000);
});

describe('normalizeForm', () => {
  test('trims leading and trailing separators', () => {
    expect(normalizeForm(' -Mixture-of-Experts- ')).toBe('mixture of experts');
    expect(normalizeForm('\u00AD-\u00AD')).toBe('');
  });
});

describe('regex shortcuts used when compiling forms', () => {
  // Strings rich in what the shortcuts must get right: separators of every
  // kind, soft hyphens, İ (grows when lower-cased), Σ (final-sigma rule), ß/ẞ.
  const tricky = fc
    .array(
      fc.oneof(
        fc.constantFrom(' ', '  ', '-', '\u00A0', '\u2011', '\u2010', '\u202F', '\n', '\u00AD', '\u2013'),
        fc.constantFrom('A', 'ä', 'Ö', 'İ', 'Σ', 'ΟΔΟΣ', 'ς', 'ẞ', 'ß', 'KI', 'x', '😀', '\u{10400}', '\u0301'),
        fc.string({ unit: 'binary', maxLength: 3 }),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(''));

  test('collapseSeparators equals the code-point walk without folding', () => {
    fc.assert(
      fc.property(tricky, (s) => {
        expect(collapseSeparators(s)).toBe(normalizeForm(s, { fold: false }));
      }),
    );
  });

  test('foldForm equals per-code-point folding, İ and final sigma included', () => {
    fc.assert(
      fc.property(tricky, (s) => {
        const raw = collapseSeparators(s);
        expect(foldForm(raw)).toBe(normalizeForm(raw));
      }),
    );
    expect(foldForm('ΟΔΟΣ')).toBe('οδοσ');
    expect(foldForm('İstanbul')).toBe('İstanbul');
  });
});
