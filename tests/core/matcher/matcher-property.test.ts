import fc from 'fast-check';
import type { GlossaryEntry } from '../../../src/core/glossary/types';
import { compileMatcher } from '../../../src/core/matcher';
import { isWordCodePoint, normalizeForm } from '../../../src/core/text/normalize';
import { referenceMatch } from './reference-matcher';
import { entry } from './test-glossary';

// Words chosen to collide: case pairs, umlauts, ß/ẞ, final sigma, İ (whose
// lower case is longer), combining marks, digits, an emoji, an apostrophe.
const WORDS = [
  'KI', 'ki', 'Ki', 'AI', 'Modell', 'modell', 'Öl', 'öl', 'ÖL', 'Straße', 'STRAẞE', 'a', 'A', 'b', 'ab',
  'aa', 'R1', 'r1', 'GPT', '4', 'é', 'e\u0301', 'Σ', 'σ', 'ς', 'İ', 'i', '😀', 'x’s', 'Ж', 'ж', '3',
];
const FORM_SEPARATORS = [' ', '-', '\u00A0', '\u2011', '\u202F', ' - '];
const TEXT_NOISE = [
  ' ', '  ', '-', '\u00A0', '\u2011', '\u2010', '\n', '\u00AD', '.', ',', '’', "'", '(', ')', '–', '!',
  'ä', 'Ü', 'ß', 'z', 'Z', '0', '9', '😀', '\u0301', '\uD800', '\uDC00', '_',
];

const wordArb = fc.constantFrom(...WORDS);
const formArb = fc
  .tuple(
    fc.array(wordArb, { minLength: 1, maxLength: 3 }),
    fc.array(fc.constantFrom(...FORM_SEPARATORS), { minLength: 2, maxLength: 2 }),
    fc.boolean(),
  )
  .map(([words, seps, shy]) => {
    const joined = words.reduce((acc, w, i) => (i === 0 ? w : acc + (seps[i - 1] ?? ' ') + w), '');
    return shy && joined.length > 1 ? `${joined.slice(0, 1)}\u00AD${joined.slice(1)}` : joined;
  });

const entryArb = (index: number): fc.Arbitrary<GlossaryEntry> =>
  fc
    .record({
      de: fc.array(formArb, { maxLength: 3 }),
      en: fc.array(formArb, { maxLength: 3 }),
      caseMask: fc.nat(63),
      scope: fc.constantFrom(undefined, undefined, 'de' as const, 'en' as const),
    })
    .map(({ de, en, caseMask, scope }) => {
      const all = [...de, ...en];
      const matchCase = all.filter((_, i) => caseMask & (1 << i));
      return entry(`e${index}`, { de, en, matchCase, ...(scope ? { scope } : {}) });
    });

const glossaryArb = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => entryArb(i))));

/** A text that mostly consists of the glossary's own forms, mangled the ways real pages mangle them. */
function textArb(glossary: readonly GlossaryEntry[]): fc.Arbitrary<string> {
  const forms = glossary.flatMap((e) => [...e.forms.de, ...e.forms.en]);
  const formPiece =
    forms.length === 0
      ? wordArb
      : fc
          .tuple(
            fc.constantFrom(...forms),
            fc.constantFrom('keep', 'keep', 'upper', 'lower', 'hyphen', 'shy'),
            // Mostly bounded by non-word chars, so that many forms do match.
            fc.constantFrom('', ' ', ' ', '-', '(', '\u00A0', '\u00AD'),
            fc.constantFrom('', ' ', ' ', '-', '.', '’s', '\u00AD'),
          )
          .map(([form, how, before, after]) => {
            let text = form;
            if (how === 'upper') text = form.toUpperCase();
            if (how === 'lower') text = form.toLowerCase();
            if (how === 'hyphen') text = form.replace(/ /g, '-');
            if (how === 'shy') text = form.split('').join('\u00AD');
            return before + text + after;
          });
  const piece = fc.oneof(
    { weight: 4, arbitrary: formPiece },
    { weight: 2, arbitrary: wordArb },
    { weight: 4, arbitrary: fc.constantFrom(...TEXT_NOISE) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  );
  return fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));
}

const langArb = fc.constantFrom(undefined, '', 'de', 'de-AT', 'DE', 'en', 'en-US', 'fr');

const caseArb = glossaryArb.chain((glossary) =>
  fc.record({ glossary: fc.constant(glossary), text: textArb(glossary), lang: langArb }),
);

const RUNS = { numRuns: 600 };
// 600 cases take about a second; allow for a busy machine.
const PROPERTY_TIMEOUT = 60_000;

test('agrees with the brute-force reference', () => {
  fc.assert(
    fc.property(caseArb, ({ glossary, text, lang }) => {
      const matcher = compileMatcher(glossary);
      const plain = compileMatcher(glossary, { prefilter: false });
      // With and without the prefilter; with soft hyphens (before which the
      // prefiltered scan walks every char) and without (where it only jumps).
      for (const variant of [text, text.replace(/\u00AD/g, '')]) {
        const expected = referenceMatch(glossary, variant, lang);
        expect(matcher.match(variant, { lang })).toEqual(expected);
        // Scratch buffers are reused: a second call must not see the first.
        expect(matcher.match(variant, { lang })).toEqual(expected);
        expect(plain.match(variant, { lang })).toEqual(expected);
      }
    }),
    RUNS,
  );
}, PROPERTY_TIMEOUT);

/** Code point just before/after an offset, skipping soft hyphens (which the rules ignore). */
function neighbour(text: string, at: number, step: -1 | 1): number | undefined {
  let i = step < 0 ? at - 1 : at;
  while (i >= 0 && i < text.length && text[i] === '\u00AD') i += step;
  if (i < 0 || i >= text.length) return undefined;
  const cp = text.codePointAt(i) ?? 0;
  // Stepping back onto a low surrogate: read the whole pair.
  if (step < 0 && cp >= 0xdc00 && cp <= 0xdfff && i > 0) {
    const pair = text.codePointAt(i - 1) ?? 0;
    if (pair > 0xffff) return pair;
  }
  return cp;
}

test('matches are sorted, disjoint, in range, bounded by non-word chars, and spell a form of their entry', () => {
  fc.assert(
    fc.property(caseArb, ({ glossary, text, lang }) => {
      const matches = compileMatcher(glossary).match(text, { lang });
      let previousEnd = 0;
      for (const m of matches) {
        expect(m.start).toBeGreaterThanOrEqual(previousEnd);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(text.length);
        previousEnd = m.end;
        const before = neighbour(text, m.start, -1);
        const after = neighbour(text, m.end, 1);
        expect(before === undefined || !isWordCodePoint(before)).toBe(true);
        expect(after === undefined || !isWordCodePoint(after)).toBe(true);
        const slice = text.slice(m.start, m.end);
        expect(normalizeForm(slice)).toBe(normalizeForm(slice).trim());
        const owner = glossary.find((e) => e.id === m.id);
        const forms = owner ? [...owner.forms.de, ...owner.forms.en] : [];
        const spelled = forms.some(
          (f) =>
            normalizeForm(f, { fold: false }) === normalizeForm(slice, { fold: false }) ||
            normalizeForm(f) === normalizeForm(slice),
        );
        expect(spelled).toBe(true);
      }
    }),
    RUNS,
  );
}, PROPERTY_TIMEOUT);

test('survives arbitrary Unicode without throwing and agrees with the reference', () => {
  const glossary = [
    entry('ki', { de: ['KI'], en: ['AI'] }),
    entry('moe', { de: ['Mixture of Experts'], en: ['MoE'], matchCase: ['MoE'] }),
    entry('oel', { de: ['Öl', 'Ölpreis'] }),
  ];
  const matcher = compileMatcher(glossary);
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('KI', 'ÖL', 'MoE', ' ')), {
        maxLength: 12,
      }),
      (pieces) => {
        const text = pieces.join('');
        expect(matcher.match(text)).toEqual(referenceMatch(glossary, text));
      },
    ),
    RUNS,
  );
}, PROPERTY_TIMEOUT);

describe('bounded time', () => {
  // Generous limits: quadratic behaviour on a megabyte would take hours, so
  // these catch it without failing on a busy machine.
  const LIMIT_MS = 8000;
  const TIMEOUT = 60_000;
  test('pathological "a a a … b" forms over 1 MB of "a a a …"', () => {
    const forms = ['a a a a b', 'a a a b', 'a b', 'aaaa b', 'aaaab'];
    const matcher = compileMatcher([entry('p', { en: forms })]);
    for (const text of ['a '.repeat(500_000), 'a'.repeat(1_000_000), 'a-\u00AD'.repeat(300_000)]) {
      const t0 = performance.now();
      expect(matcher.match(text)).toEqual([]);
      expect(performance.now() - t0).toBeLessThan(LIMIT_MS);
    }
  }, TIMEOUT);

  test('nested forms "a", "a a", … "a a a a a a a a" over 1 MB', () => {
    const forms = Array.from({ length: 8 }, (_, i) => Array(i + 1).fill('a').join(' '));
    const matcher = compileMatcher([entry('n', { en: forms })]);
    const text = 'a '.repeat(500_000);
    const t0 = performance.now();
    const matches = matcher.match(text);
    expect(performance.now() - t0).toBeLessThan(LIMIT_MS);
    expect(matches).toHaveLength(62_500);
  }, TIMEOUT);

  test('a 5 MB German/English text', () => {
    const matcher = compileMatcher([
      entry('ki', { de: ['KI', 'künstliche Intelligenz'], en: ['AI'] }),
      entry('r1', { de: ['DeepSeek R1'], en: ['DeepSeek-R1'] }),
      entry('ds', { de: ['DeepSeek'] }),
    ]);
    const sentence = 'Das KI-Modell DeepSeek\u2011R1 und die künstliche Intelligenz – “AI” for all. ';
    const text = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    const t0 = performance.now();
    const matches = matcher.match(text);
    expect(performance.now() - t0).toBeLessThan(LIMIT_MS);
    expect(matches).toHaveLength((text.length / sentence.length) * 4);
  }, TIMEOUT);
});

test('compiles 50 entries × 8 forms in well under 5 ms', () => {
  const glossary = Array.from({ length: 50 }, (_, i) =>
    entry(`term-${i}`, {
      de: [`Begriff ${i}`, `Begriffs-${i}`, `Fachwort Nummer ${i}`, `BGR${i}`],
      en: [`term ${i}`, `terms ${i}`, `technical word number ${i}`, `TRM-${i}`],
    }),
  );
  const times: number[] = [];
  for (let run = 0; run < 9; run++) {
    const t0 = performance.now();
    const m = compileMatcher(glossary);
    times.push(performance.now() - t0);
    expect(m.size).toBe(400);
  }
  // The fastest run: on a busy machine the others measure the neighbours.
  // scripts/bench/matcher.bench-run.ts reports the median and the cold run.
  expect(Math.min(...times)).toBeLessThan(5);
});
