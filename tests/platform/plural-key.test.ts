import { pluralKey } from '../../src/platform/i18n';

const has = (keys: string[]) => (key: string) => keys.includes(key);

test('picks the key of the count’s plural category, falling back to _other', () => {
  const both = has(['n_one', 'n_other']);
  expect([0, 1, 2, 21].map((n) => pluralKey('n', n, 'en', both))).toEqual(['n_other', 'n_one', 'n_other', 'n_other']);
  expect([0, 1, 2].map((n) => pluralKey('n', n, 'de', both))).toEqual(['n_other', 'n_one', 'n_other']);
  // Polish has "few": without a message for it, the general form.
  expect(pluralKey('n', 3, 'pl', both)).toBe('n_other');
  expect(pluralKey('n', 3, 'pl', has(['n_one', 'n_few', 'n_other']))).toBe('n_few');
});
