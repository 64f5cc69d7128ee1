import { hostToUnicode } from '../../../src/ui/options/punycode';

test('internationalised hosts are shown as written, ports and plain labels kept', () => {
  expect(hostToUnicode('xn--bcher-kva.de')).toBe('bücher.de');
  expect(hostToUnicode(new URL('http://münchen.straße.de:8080').host)).toBe('münchen.straße.de:8080');
  expect(hostToUnicode(new URL('http://例え.テスト').hostname)).toBe('例え.テスト');
  expect(hostToUnicode('heise.de')).toBe('heise.de');
});

test('a label that is not valid punycode is shown as it is', () => {
  expect(hostToUnicode('xn--!!.de')).toBe('xn--!!.de');
});
