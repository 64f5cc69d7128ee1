import path from 'node:path';
import { checkLocaleSources, readLocaleSources, toChromeMessages } from '../../build/locales';

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

test('placeholders become Chrome substitutions in order of appearance', () => {
  const messages = toChromeMessages({ k: { de: '{count} Begriffe auf {host}', en: '' } }, 'de');
  expect(messages.k).toEqual({
    message: '$COUNT$ Begriffe auf $HOST$',
    placeholders: { count: { content: '$1' }, host: { content: '$2' } },
  });
});
