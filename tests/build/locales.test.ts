import path from 'node:path';
import { checkLocaleSources, messageLookup, readLocaleSources, toChromeMessages } from '../../build/locales';

const dir = path.resolve(__dirname, '../../locales');

test('every UI string exists in German and English with the same placeholders', () => {
  expect(checkLocaleSources(readLocaleSources(dir))).toEqual([]);
});

test('a missing language or mismatched placeholder is reported by key', () => {
  expect(
    checkLocaleSources({
      a: { de: 'Hallo', en: '' },
      b: { de: 'Auf {host}', en: 'On {site}' },
    }),
  ).toEqual(['a: missing "en"', 'b: placeholders differ between languages']);
});

test('placeholders must come in the same order in both languages: substitutions are positional', () => {
  expect(checkLocaleSources({ k: { de: 'In Zeile {line} steht {term} schon', en: '{term} is already on line {line}' } })).toEqual([
    'k: placeholders appear in a different order between languages',
  ]);
});

test('placeholders become Chrome substitutions in order of appearance', () => {
  const messages = toChromeMessages({ k: { de: '{count} Begriffe auf {host}', en: '' } }, 'de');
  expect(messages.k).toEqual({
    message: '$COUNT$ Begriffe auf $HOST$',
    placeholders: { count: { content: '$1' }, host: { content: '$2' } },
  });
});

test('messageLookup answers like getMessage: by position, values taken literally, unknown keys empty', () => {
  const lookup = messageLookup({ k: { de: '„{form}“ steht in {field}', en: '"{form}" is in {field}' } }, 'de');
  expect(lookup('k', ['$1 $FIELD$', 'forms.de[0]'])).toBe('„$1 $FIELD$“ steht in forms.de[0]');
  expect(lookup('missing', [])).toBe('');
});
