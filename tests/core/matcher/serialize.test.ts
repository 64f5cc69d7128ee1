import fc from 'fast-check';
import { BUNDLED_GLOSSARY } from '../../../src/core/glossary/bundled';
import type { MatchableEntry } from '../../../src/core/glossary/types';
import { compileMatcher, compileToStorable, matcherFromStorable } from '../../../src/core/matcher';
import { bigGlossaryEntry } from '../../../scripts/bench/big-glossary';
import { buildBenchText } from '../../../scripts/bench/matcher-bench-text';

/** Through storage: only strings and numbers survive JSON. */
const stored = (entries: readonly MatchableEntry[]) => matcherFromStorable(JSON.parse(JSON.stringify(compileToStorable(entries))));

test('a stored matcher finds exactly what the compiled one finds: bundled glossary, and 10,000 more entries over it', () => {
  const text = buildBenchText(BUNDLED_GLOSSARY, 200_000);
  const big = Array.from({ length: 10_000 }, (_, i) => bigGlossaryEntry(i));
  const sample = `${big[42]?.forms.de[0]} und ${big[9999]?.forms.en[0]}; ${text}`;
  for (const entries of [BUNDLED_GLOSSARY, [...big, ...BUNDLED_GLOSSARY]]) {
    const direct = compileMatcher(entries);
    const restored = stored(entries);
    expect(restored.size).toBe(direct.size);
    for (const lang of ['de', 'en', '']) expect(restored.match(sample, { lang })).toEqual(direct.match(sample, { lang }));
  }
  expect(stored([...big, ...BUNDLED_GLOSSARY]).match(sample, { lang: 'de' }).slice(0, 2).map((m) => m.id)).toEqual(['term-42', 'term-9999']);
});

test('random glossaries and texts: stored and compiled agree', () => {
  const word = fc.stringMatching(/^[a-cA-CäÄ]{1,4}$/);
  const entry = fc.record({ de: fc.array(fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 3 }), scope: fc.constantFrom(undefined, 'de' as const, 'en' as const) });
  fc.assert(
    fc.property(fc.array(entry, { minLength: 1, maxLength: 12 }), fc.array(fc.constantFrom('a', 'b', 'c', 'A', 'ä', ' ', '-', '.', 'x', '\u00AD'), { maxLength: 80 }), (list, chars) => {
      const entries: MatchableEntry[] = list.map((e, i) => ({ id: `e${i}`, forms: { de: e.de, en: [] }, ...(e.scope ? { scope: e.scope } : {}) }));
      const text = chars.join('');
      expect(stored(entries).match(text, { lang: 'de' })).toEqual(compileMatcher(entries).match(text, { lang: 'de' }));
    }),
    { numRuns: 300 },
  );
});

test('inconsistent stored tables are refused, not half used', () => {
  const good = compileToStorable(BUNDLED_GLOSSARY.slice(0, 5));
  expect(() => matcherFromStorable({ ...good, fail: good.fail.slice(0, 8) })).toThrow(/inconsistent/);
  expect(() => matcherFromStorable({ ...good, ids: good.ids.slice(1) })).toThrow(/inconsistent/);
});
