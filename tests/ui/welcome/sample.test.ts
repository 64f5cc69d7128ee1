import { SAMPLE_TEXT, samplePieces } from '../../../src/ui/welcome/sample';

test.each(['de', 'en'] as const)('the %s sample is split at its glossary terms, text unchanged', (lang) => {
  const pieces = samplePieces(lang);
  expect(pieces.map((p) => p.text).join('')).toBe(SAMPLE_TEXT[lang]);
  const terms = pieces.filter((p) => p.entry).map((p) => p.entry?.id);
  expect(terms).toEqual(expect.arrayContaining(['deepseek-r1', 'mixture-of-experts']));
  // Every explained term has a short explanation in the sample's language.
  for (const p of pieces) if (p.entry) expect(p.entry.short[lang]).not.toBe('');
});
