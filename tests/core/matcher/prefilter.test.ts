import fc from 'fast-check';
import { BUNDLED_GLOSSARY } from '../../../src/core/glossary/bundled';
import type { GlossaryEntry } from '../../../src/core/glossary/types';
import { compileMatcher } from '../../../src/core/matcher';
import { collectForms } from '../../../src/core/matcher/compile-forms';
import {
  MAX_PREFILTER_WORDS,
  buildPrefilter,
  nextCandidate,
  nextStart,
  prefilterSource,
  startSearch,
} from '../../../src/core/matcher/prefilter';
import { foldCodePoint, isSeparatorCodePoint, isWordCodePoint } from '../../../src/core/text/normalize';
import { entry } from './test-glossary';

/** Candidate starts the prefilter of these keys reports in `text`. */
function candidates(keys: string[], text: string): number[] {
  const re = buildPrefilter(keys);
  if (!re) throw new Error('no prefilter');
  const out: number[] = [];
  for (let at = nextCandidate(re, text, 0); at >= 0; at = nextCandidate(re, text, at + 1)) out.push(at);
  return out;
}

describe('prefilter regex', () => {
  test('escapes regex syntax, so forms with it compile under `u` and match literally', () => {
    const words = ['qwen2.5', 'c++', '.net', '(r1)', 'a|b', 'x{2}', '[v]', '^$', '\\s', 'a*b?', 'k-9', '/'];
    const source = prefilterSource(words);
    expect(() => new RegExp(source, 'giu')).not.toThrow();
    for (const word of words) expect(candidates(words, ` ${word}`)).toEqual([1]);
    expect(candidates(['q.5'], 'qx5 q5')).toEqual([]);
    expect(candidates(['.net'], 'anet xnet')).toEqual([]);
    expect(candidates(['c++'], 'c c+ cc+')).toEqual([]);
    expect(candidates(['a|b'], 'a b')).toEqual([]);
    expect(candidates(['\\s'], ' s \\')).toEqual([]);
  });

  test('shares prefixes as a trie, drops words that extend a shorter one, and spells out four code points', () => {
    expect(prefilterSource(['deepseek', 'deepmind', 'dense', 'gpt', 'gpts', 'gpu', 'ab', 'a'])).toBe(
      '(?<![A-Za-z0-9])(?=(?:a|de(?:ep|ns)|gp(?:t|u)))',
    );
    expect(candidates(['deepseek', 'deepmind', 'dense'], 'deepseek deepmind dense deep dens den')).toEqual([0, 9, 18, 24, 29]);
    expect(prefilterSource(['\u{1D400}\u{1D401}', '\u{1D400}x'])).toBe('(?<![A-Za-z0-9])(?=\u{1D400}(?:x|\u{1D401}))');
  });

  test('reports starts after any non-ASCII-alphanumeric char, never after ASCII letters and digits', () => {
    for (const before of ['', ' ', '_', 'ä', '(', '-', '😀', '\u00A0', '\uD800']) {
      for (const ki of ['ki', 'Ki', 'kI', 'KI', '\u212Ai']) expect(candidates(['ki'], before + ki)).toEqual([before.length]);
    }
    for (const before of ['a', 'Z', '1', '\u212A', 'ſ']) expect(candidates(['ki'], `${before}ki`)).toEqual([]);
  });

  test('every first word of the bundled glossary finds itself, in any case', () => {
    const keys = collectForms(BUNDLED_GLOSSARY).map((r) => r.key);
    const re = buildPrefilter(keys);
    expect(re).toBeDefined();
    for (const key of keys) {
      const word = key.split(' ')[0] ?? '';
      for (const spelled of [word, word.toUpperCase()]) {
        if (spelled.length !== word.length) continue;
        expect(nextCandidate(re as RegExp, `(${spelled}`, 0), spelled).toBe(1);
      }
    }
  });

  test('no prefilter without first words or with too many of them', () => {
    expect(buildPrefilter([])).toBeUndefined();
    expect(buildPrefilter([' leading'])).toBeUndefined();
    const many = Array.from({ length: MAX_PREFILTER_WORDS + 1 }, (_, i) => `w${i}`);
    expect(buildPrefilter(many)).toBeUndefined();
    expect(buildPrefilter(many.slice(1))).toBeDefined();
  });

  test('under `iu`, the fold of every code point finds that code point (e.g. U+212A, U+1E9E, astral capitals)', () => {
    let checked = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const folded = foldCodePoint(cp);
      if (folded === cp) continue;
      checked++;
      const text = ` ${String.fromCodePoint(cp)}`;
      const found = nextCandidate(buildPrefilter([String.fromCodePoint(folded)]) as RegExp, text, 0);
      if (found !== 1) expect.fail(`U+${cp.toString(16)} not found by its fold U+${folded.toString(16)}`);
    }
    expect(checked).toBeGreaterThan(1000);
  });

  test('the search stops before soft hyphens and asks the regex once per candidate', () => {
    const re = buildPrefilter(['ki']) as RegExp;
    //            0         1         2         3
    //            0123456789012345678901234567890123
    const text = 'xx ki yy zzzzzzzzz\u00ADz ki zz';
    const search = startSearch(re, text, 4);
    expect(nextStart(search, 0)).toBe(3);
    expect(nextStart(search, 4)).toBe(14); // 4 before the soft hyphen at 18
    expect(nextStart(search, 16)).toBe(16);
    expect(nextStart(search, 19)).toBe(21);
    expect(search.from).toBe(4);
    expect(nextStart(search, 22)).toBe(text.length);
  });

  test('the lookbehind only rejects word chars', () => {
    const rejects = /^[A-Za-z0-9]$/iu;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (rejects.test(String.fromCodePoint(cp)) && !isWordCodePoint(cp)) expect.fail(`U+${cp.toString(16)}`);
    }
  });
});

// Same matches with and without the prefilter, on texts made to trip it up.

// First words that need escaping, start with a non-letter or are one char;
// case pairs whose folding differs between `toLowerCase` and regex `i`.
const WORDS = [
  'ki', 'KI', 'DeepSeek', 'r1', 'R1', '.net', '.NET', 'h100', 'qwen2.5', 'Qwen2.5', 'c++', '(r1)', 'a', 'A', '4',
  'ß', 'Straße', 'STRAẞE', 'é', 'e\u0301', 'Σ', 'ς', 'İ', 'i', 'k', 'K', '\u212A', 'Kelvin', '\u{1D400}',
  '\u{1D400}b', '\u{10400}', '\u{10428}x', 'Ж', 'ж', '中文', 'x’s', 'a_b', '_x', 'Öl', 'o1', 'ſ', 's',
];
const FORM_SEPARATORS = [' ', '-', '\u00A0', '\u2011', ' - '];
const TEXT_SEPARATORS = [' ', '-', '\u00A0', '\u2011', '\u2010', '\t', ' - ', '\n', '  '];
const NOISE = [
  ' ', ' ', '_', '0', '7', 'ä', 'ß', 'é', 'Ж', '中', '\u212A', '\u0130', '\u{1D400}', '\u{10400}', '\uD800', '\uDC00',
  '.', ',', '(', ')', '’', '–', '!', '😀', '\u0301', 'x', 'Z', 'ſ', ...TEXT_SEPARATORS,
];

/**
 * Per code point: keep, upper, lower, or a look-alike: K (U+212A) and ẞ fold
 * like k and ß, ſ only under the regex's case folding (like s), İ not at all.
 */
function mangle(form: string, seed: number, separatorSeed: number): string {
  let out = '';
  let k = 0;
  for (const ch of form) {
    const how = (seed >>> ((2 * k++) % 30)) & 3;
    if (isSeparatorCodePoint(ch.codePointAt(0) ?? 0)) {
      out += TEXT_SEPARATORS[(separatorSeed + k) % TEXT_SEPARATORS.length];
    } else if (how === 1) out += ch.toUpperCase();
    else if (how === 2) out += ch.toLowerCase();
    else if (how === 3) out += ({ k: '\u212A', K: '\u212A', ß: 'ẞ', s: 'ſ', i: 'İ' } as Record<string, string>)[ch] ?? ch;
    else out += ch;
  }
  return out;
}

function textArb(forms: readonly string[], softHyphens: boolean): fc.Arbitrary<string> {
  const fragment = fc
    .tuple(fc.constantFrom(...forms), fc.nat(), fc.nat(9), fc.constantFrom('form', 'form', 'first', 'prefix'))
    .map(([form, seed, separatorSeed, part]) => {
      let piece = form;
      if (part === 'first') piece = form.split(/[\s\-\u2011]/u)[0] ?? form;
      if (part === 'prefix') piece = [...form].slice(0, 1 + (seed % Math.max(1, [...form].length))).join('');
      const mangled = mangle(piece, seed, separatorSeed);
      // A soft hyphen inside a first word hides the word from the regex.
      if (!softHyphens || seed % 3 !== 0) return mangled;
      const chars = [...mangled];
      const at = 1 + (separatorSeed % Math.max(1, chars.length - 1));
      return [...chars.slice(0, at), '\u00AD', ...chars.slice(at)].join('');
    });
  const noise = fc.constantFrom(...NOISE, ...(softHyphens ? ['\u00AD'] : []));
  const piece = fc.oneof(
    { weight: 5, arbitrary: fragment },
    { weight: 5, arbitrary: noise },
    { weight: 1, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  );
  return fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
}

const langArb = fc.constantFrom(undefined, 'de', 'en', 'en-US');

function expectSameMatches(glossary: readonly GlossaryEntry[], text: string, lang?: string): void {
  const withPrefilter = compileMatcher(glossary);
  const without = compileMatcher(glossary, { prefilter: false });
  const expected = without.match(text, { lang });
  expect(withPrefilter.match(text, { lang })).toEqual(expected);
}

const formArb = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }), fc.constantFrom(...FORM_SEPARATORS))
  .map(([words, separator]) => words.join(separator));
const glossaryArb = fc.array(
  fc.record({ forms: fc.array(formArb, { minLength: 1, maxLength: 4 }), caseMask: fc.nat(15) }),
  { minLength: 1, maxLength: 6 },
).map((specs) =>
  specs.map(({ forms, caseMask }, i) =>
    entry(`e${i}`, { de: forms.slice(0, 2), en: forms.slice(2), matchCase: forms.filter((_, k) => caseMask & (1 << k)) }),
  ),
);

const TIMEOUT = 60_000;

describe('the prefilter changes no result', () => {
  test('a soft hyphen anywhere in a first word: the stretch before it is walked', () => {
    const glossary = [entry('ds', { en: ['DeepSeek R1', 'KI'] })];
    const matcher = compileMatcher(glossary);
    for (let k = 1; k < 8; k++) {
      const text = `Das KI und ${'DeepSeek'.slice(0, k)}\u00AD${'DeepSeek'.slice(k)}\u00A0R1 mit K\u00ADI.`;
      expect(matcher.match(text).map((m) => [m.id, m.start, m.end])).toEqual([
        ['ds', 4, 6],
        ['ds', 11, 23],
        ['ds', 28, 31],
      ]);
      expectSameMatches(glossary, text);
    }
  });

  test('a walk never resumes between the halves of a surrogate pair', () => {
    // Longest key 4 units: the walk before the soft hyphen at 5 would start at 1.
    const glossary = [entry('k', { en: ['ki', 'abcd'] })];
    for (const text of ['\u{1D400}ki.\u00AD', 'x\u{1D400}ki.\u00AD']) {
      expect(compileMatcher(glossary).match(text)).toEqual([]);
    }
    expect(compileMatcher(glossary).match('\u{1F600}ki.\u00AD')).toHaveLength(1);
  });

  const bundledForms = BUNDLED_GLOSSARY.flatMap((e) => [...e.forms.de, ...e.forms.en]);
  const bundled = compileMatcher(BUNDLED_GLOSSARY);
  const bundledPlain = compileMatcher(BUNDLED_GLOSSARY, { prefilter: false });

  test('bundled glossary: texts without soft hyphens (prefilter path)', () => {
    fc.assert(
      fc.property(textArb([...bundledForms, ...WORDS], false), langArb, (text, lang) => {
        expect(bundled.match(text, { lang })).toEqual(bundledPlain.match(text, { lang }));
      }),
      { numRuns: 2000 },
    );
  }, TIMEOUT);

  test('bundled glossary: arbitrary strings, soft hyphens included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(...bundledForms, ...NOISE, '\u00AD')), {
          maxLength: 20,
        }),
        (pieces) => {
          const text = pieces.join('');
          expect(bundled.match(text)).toEqual(bundledPlain.match(text));
        },
      ),
      { numRuns: 500 },
    );
  }, TIMEOUT);

  test('random glossaries of tricky first words', () => {
    const caseArb = glossaryArb.chain((glossary) =>
      fc.record({
        glossary: fc.constant(glossary),
        text: fc.nat(4).chain((n) =>
          // One in five texts has soft hyphens, before which the scan walks.
          textArb(glossary.flatMap((e) => [...e.forms.de, ...e.forms.en]), n === 0),
        ),
        lang: langArb,
      }),
    );
    fc.assert(
      fc.property(caseArb, ({ glossary, text, lang }) => expectSameMatches(glossary, text, lang)),
      { numRuns: 3000 },
    );
  }, TIMEOUT);
});
