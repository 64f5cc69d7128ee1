/**
 * Property tests for the importer: random and adversarial files never throw,
 * never hang, never change the current glossary, and whatever they let in is
 * valid, markup-free text.
 */
import fc from 'fast-check';
import { validateGlossary } from '../../../../src/core/glossary/validate';
import { importFile } from '../../../../src/core/glossary/user/import';
import { userProblemLine } from '../../message-text';
import { BUNDLED, entry, file, userGlossary } from './fixtures';

const current = userGlossary({ entries: [entry('mine')] });
const ctx = { current, bundled: BUNDLED, defaultLang: 'de' as const };
const MARKUP = /<[a-zA-Z/!?]/;

function run(text: string, fileName: string) {
  const before = structuredClone(current);
  const started = performance.now();
  const result = importFile({ fileName, size: text.length, text }, ctx);
  // Generous, but far below what anything quadratic on these inputs would take.
  expect(performance.now() - started).toBeLessThan(2000);
  expect(current).toEqual(before);
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    // Every problem reads as text in both languages (an unknown key or a missing argument throws).
    for (const p of result.problems) for (const lang of ['de', 'en'] as const) expect(userProblemLine(p, lang)).not.toBe('');
  }
  return result;
}

/** Every string in the imported entries: no markup, and the entries validate as they are. */
function expectCleanEntries(result: ReturnType<typeof importFile>): void {
  if (!result.ok) return;
  const entries = [...result.next.entries, ...result.next.packs.flatMap((p) => p.entries)];
  const strings = JSON.stringify(entries);
  expect(MARKUP.test(strings)).toBe(false);
  // Checked on their own: an entry of yours may override a bundled one by id or
  // take over its form, and may point at bundled entries as related.
  const alone = entries.map((e) => ({ ...e, related: [] }));
  const { problems } = validateGlossary(alone, { requireBothLangs: false });
  expect(problems).toEqual([]);
}

// Text that looks like what people (and attackers) put in files.
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', 'a', 'der', 'the', '', ' ', '\u00AD', '"', ',', ';', '\n', '{{x}}', '<!--', '<3', 'KI', 'DeepSeek'),
);

test('any text as a JSON or CSV file: a result or clear problems, never a throw', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), fc.constantFrom('a.json', 'a.csv', 'a.txt'), (text, name) => {
      run(text, name);
    }),
    { numRuns: 400 },
  );
});

test('envelopes with random values in every field', () => {
  const rawEntry = fc.record(
    {
      id: fc.oneof(fc.constantFrom('x', 'ok-id', 'Bad Id', 'mine', 'ki'), fc.string()),
      title: fc.oneof(fc.record({ de: nasty, en: nasty }, { requiredKeys: [] }), nasty, fc.anything()),
      forms: fc.oneof(fc.record({ de: fc.array(nasty, { maxLength: 4 }), en: fc.array(nasty, { maxLength: 4 }) }, { requiredKeys: [] }), fc.anything()),
      short: fc.oneof(fc.record({ de: nasty, en: nasty }, { requiredKeys: [] }), fc.anything()),
      long: fc.record({ de: nasty, en: nasty }, { requiredKeys: [] }),
      category: fc.oneof(fc.constantFrom('concept', 'model', 'evil'), fc.string()),
      related: fc.array(fc.oneof(fc.constantFrom('ki', 'mine', 'nope'), fc.string()), { maxLength: 3 }),
      source: fc.record({ label: nasty, url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'ftp://x'), fc.string()) }, { requiredKeys: ['label'] }),
      scope: fc.constantFrom('de', 'en', 'fr'),
      checked: fc.oneof(fc.constantFrom('2025-01-31', '2025-02-30'), fc.string()),
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(fc.array(rawEntry, { maxLength: 6 }), fc.option(nasty), (entries, name) => {
      const body: Record<string, unknown> = { entries };
      if (name !== null) body.name = name;
      expectCleanEntries(run(file(body), 'pack.json'));
    }),
    { numRuns: 400 },
  );
});

test('CSV with random cells, quotes, delimiters and line breaks', () => {
  const cell = fc.oneof(nasty, fc.string().map((s) => `"${s.replace(/"/g, '""')}"`));
  fc.assert(
    fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 8 }), fc.constantFrom(',', ';'), fc.boolean(), (rows, sep, header) => {
      const lines = rows.map((r) => r.join(sep));
      if (header) lines.unshift(['term', 'explanation'].join(sep));
      expectCleanEntries(run(lines.join(Math.random() < 0.5 ? '\n' : '\r\n'), 'terms.csv'));
    }),
    { numRuns: 400 },
  );
});

test('pathological files stay bounded: deep nesting, long lines, huge cells', () => {
  for (const text of [
    `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
    `{"format":"klartext-glossary","version":1,"entries":${'['.repeat(100_000)}`,
    `term,explanation\n${'x'.repeat(900_000)},y`,
    `"${'""'.repeat(300_000)}`,
    `${'a,'.repeat(300_000)}\n`,
  ]) {
    const result = run(text, text.startsWith('{') || text.startsWith('[') ? 'deep.json' : 'big.csv');
    expect(result.ok).toBe(false);
  }
});
