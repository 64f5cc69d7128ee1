import { domainToUnicode } from 'node:url';
import fc from 'fast-check';
import { hostToUnicode } from '../../../src/core/settings/punycode';

test('internationalised hosts are shown as written, ports and plain labels kept', () => {
  expect(hostToUnicode('xn--bcher-kva.de')).toBe('bücher.de');
  expect(hostToUnicode(new URL('http://münchen.straße.de:8080').host)).toBe('münchen.straße.de:8080');
  expect(hostToUnicode(new URL('http://例え.テスト').hostname)).toBe('例え.テスト');
  expect(hostToUnicode('heise.de')).toBe('heise.de');
});

test('a label that is not valid punycode is shown as it is', () => {
  expect(hostToUnicode('xn--!!.de')).toBe('xn--!!.de');
});

test('decodes what the URL parser encodes, as Node’s own IDNA decoder does', () => {
  // Labels from ASCII letters and a spread of scripts (Latin with diacritics, Greek, Cyrillic, Japanese, emoji).
  const char = fc.constantFrom(...'abcxyz09äöüßéñøçğışαβγδжщюяあいうアイウ漢字😀'.split(/(?:)/u));
  const label = fc.array(char, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
  fc.assert(
    fc.property(fc.array(label, { minLength: 1, maxLength: 3 }), (labels) => {
      let hostname: string;
      try {
        hostname = new URL(`http://${labels.join('.')}.de`).hostname;
      } catch {
        return; // Not a host URL accepts: nothing to show.
      }
      expect(hostToUnicode(hostname)).toBe(domainToUnicode(hostname));
    }),
    { numRuns: 500 },
  );
});
