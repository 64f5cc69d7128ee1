import { describeSiteError, parseSiteInput, type SiteErrorCode } from '../../../src/core/settings/site-rules';

describe('parseSiteInput accepts', () => {
  const cases: [input: string, host: string][] = [
    ['heise.de', 'heise.de'],
    ['  heise.de  ', 'heise.de'],
    ['www.heise.de/', 'www.heise.de'],
    ['https://www.heise.de/news/x?y', 'www.heise.de'],
    ['https://www.heise.de/news/x?y#z', 'www.heise.de'],
    ['HTTPS://WWW.HEISE.DE/', 'www.heise.de'],
    ['http://user:pw@example.com/', 'example.com'],
    ['WWW.Heise.DE', 'www.heise.de'],
    ['heise.de.', 'heise.de'],
    ['https://heise.de./x', 'heise.de'],
    ['localhost', 'localhost'],
    ['localhost:8080', 'localhost:8080'],
    ['example.com:8443', 'example.com:8443'],
    ['example.com:08443', 'example.com:8443'],
    ['example.com:80', 'example.com'],
    ['example.com:443', 'example.com'],
    ['http://example.com:80/', 'example.com'],
    ['https://example.com:443/', 'example.com'],
    ['http://example.com:443/', 'example.com:443'],
    ['https://example.com:8443/a', 'example.com:8443'],
    ['http://example.com:/', 'example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['127.0.0.1:5173', '127.0.0.1:5173'],
    ['http://127.0.0.1:3000/x', '127.0.0.1:3000'],
    ['[::1]', '[::1]'],
    ['[::1]:3000', '[::1]:3000'],
    ['http://[::1]:3000/', '[::1]:3000'],
    ['::1', '[::1]'],
    ['[0:0:0:0:0:0:0:1]', '[::1]'],
    ['fe80::1', '[fe80::1]'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['BÜCHER.DE', 'xn--bcher-kva.de'],
    ['https://münchen.de:8080/', 'xn--mnchen-3ya.de:8080'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['faß.de', 'xn--fa-hia.de'],
    ['my_host.intranet', 'my_host.intranet'],
    ['a-b.c-d.example', 'a-b.c-d.example'],
    [`${'a'.repeat(63)}.com`, `${'a'.repeat(63)}.com`],
    [`${'abcdefghi.'.repeat(25)}com`, `${'abcdefghi.'.repeat(25)}com`],
  ];
  test.each(cases)('%s → %s', (input, host) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, host });
  });

  test('a leading "*." means subdomains too', () => {
    expect(parseSiteInput('*.heise.de')).toEqual({ ok: true, host: 'heise.de', includeSubdomains: true });
    expect(parseSiteInput('*.Bücher.de')).toEqual({ ok: true, host: 'xn--bcher-kva.de', includeSubdomains: true });
    expect(parseSiteInput('*.localhost:8080')).toEqual({ ok: true, host: 'localhost:8080', includeSubdomains: true });
  });

  test('no includeSubdomains key without "*."', () => {
    expect(parseSiteInput('heise.de')).not.toHaveProperty('includeSubdomains');
  });
});

describe('parseSiteInput rejects', () => {
  const cases: [input: string, error: SiteErrorCode][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['hei se.de', 'has-spaces'],
    ['not a host!!', 'has-spaces'],
    ['https://heise.de/a b', 'has-spaces'],
    ['http://', 'missing-host'],
    ['https:///x', 'missing-host'],
    [':8080', 'missing-host'],
    ['file:///x', 'unsupported-scheme'],
    ['chrome://extensions', 'unsupported-scheme'],
    ['moz-extension://abc/popup.html', 'unsupported-scheme'],
    ['ftp://example.com', 'unsupported-scheme'],
    ['javascript:alert(1)', 'unsupported-scheme'],
    ['about:blank', 'unsupported-scheme'],
    ['mailto:a@example.com', 'unsupported-scheme'],
    ['heise.de/news', 'has-path'],
    ['heise.de?x', 'has-path'],
    ['heise.de#x', 'has-path'],
    ['nothost!!', 'invalid-host'],
    ['-bad-.com', 'invalid-host'],
    ['bad-.com', 'invalid-host'],
    ['a..b', 'invalid-host'],
    ['.example.com', 'invalid-host'],
    ['heise.de..', 'invalid-host'],
    ['user@example.com', 'invalid-host'],
    ['/heise.de', 'invalid-host'],
    ['1.2.3.999', 'invalid-host'],
    ['xn--zz.de', 'invalid-host'],
    ['[::1', 'invalid-host'],
    ['[nothex]', 'invalid-host'],
    ['example.com:0', 'invalid-port'],
    ['example.com:65536', 'invalid-port'],
    ['example.com:99999', 'invalid-port'],
    ['localhost:8080:1', 'invalid-port'],
    ['https://example.com:abc/', 'invalid-port'],
    [`${'a'.repeat(64)}.com`, 'label-too-long'],
    // 263 characters; 253 is the limit itself (accepted above).
    [`${'abcdefghi.'.repeat(26)}com`, 'host-too-long'],
    ['*.', 'invalid-wildcard'],
    ['*', 'invalid-wildcard'],
    ['www.*.de', 'invalid-wildcard'],
    ['*.*.heise.de', 'invalid-wildcard'],
    ['https://*.heise.de', 'invalid-wildcard'],
    ['*.127.0.0.1', 'invalid-wildcard'],
    ['*.[::1]', 'invalid-wildcard'],
  ];
  test.each(cases)('%j → %s', (input, error) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, error });
  });
});

describe('describeSiteError', () => {
  const codes: SiteErrorCode[] = [
    'empty',
    'has-spaces',
    'unsupported-scheme',
    'missing-host',
    'has-path',
    'invalid-host',
    'invalid-port',
    'label-too-long',
    'host-too-long',
    'invalid-wildcard',
  ];
  test.each(codes)('%s has a German and an English message', (code) => {
    const de = describeSiteError(code, 'de');
    const en = describeSiteError(code, 'en');
    expect(de.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(de).not.toBe(en);
  });
});
