import { chooseLang, presentEntry } from '../../../src/core/glossary/present';
import type { GlossaryEntry } from '../../../src/core/glossary/types';

const entry = (id: string, over: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id,
  title: { de: `${id} (de)`, en: `${id} (en)` },
  forms: { de: [id], en: [id] },
  short: { de: 'Kurz.', en: 'Short.' },
  long: { de: 'Lang.', en: '' },
  category: 'concept',
  related: [],
  source: { label: 'Test' },
  ...over,
});

test('auto follows the text language, else the matched form', () => {
  expect(chooseLang({ preference: 'auto', textLang: 'de-AT', formLang: 'en' })).toBe('de');
  expect(chooseLang({ preference: 'auto', textLang: 'EN_us', formLang: 'de' })).toBe('en');
  expect(chooseLang({ preference: 'auto', textLang: 'fr', formLang: 'en' })).toBe('en');
  expect(chooseLang({ preference: 'auto', textLang: '', formLang: 'de' })).toBe('de');
  expect(chooseLang({ preference: 'en', textLang: 'de', formLang: 'de' })).toBe('en');
});

test('falls back to the other language for a missing field and resolves related titles', () => {
  const a = entry('a', { related: ['b', 'missing'] });
  const b = entry('b');
  const view = presentEntry(a, 'en', (id) => (id === 'b' ? b : undefined));
  expect(view).toMatchObject({ title: 'a (en)', short: 'Short.', long: 'Lang.', related: [{ id: 'b', title: 'b (en)' }] });
});
