import { hostFromUrl, isRestrictedUrl, parseSiteInput } from '../../../src/core/settings/site-rules';

describe('hostFromUrl', () => {
  test.each([
    ['https://www.heise.de/news/x?y#z', 'www.heise.de'],
    ['http://localhost:8080/app', 'localhost:8080'],
    ['https://example.com:443/', 'example.com'],
    ['https://example.com:8443/', 'example.com:8443'],
    ['http://[::1]:3000/', '[::1]:3000'],
    ['http://127.0.0.1/', '127.0.0.1'],
    ['https://bücher.de/', 'xn--bcher-kva.de'],
    ['https://Example.COM./', 'example.com'],
  ])('%s → %s', (url, host) => {
    expect(hostFromUrl(url)).toBe(host);
  });

  test.each([
    'chrome://extensions/',
    'chrome-extension://abc/popup.html',
    'moz-extension://abc/popup.html',
    'about:blank',
    'about:addons',
    'file:///home/me/x.html',
    'data:text/html,<p>x',
    'view-source:https://heise.de/',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('%s → null', (url) => {
    expect(hostFromUrl(url)).toBeNull();
  });

  test('a host from a URL always parses back to itself, so rules made from it validate', () => {
    for (const url of ['https://my_host.intranet/', 'http://[fe80::1]:8080/', 'https://xn--mnchen-3ya.de/']) {
      const host = hostFromUrl(url);
      expect(host).not.toBeNull();
      expect(parseSiteInput(host ?? '')).toEqual({ ok: true, host });
    }
  });
});

describe('isRestrictedUrl', () => {
  test.each([
    'chrome://extensions/',
    'chrome-extension://abc/options.html',
    'moz-extension://abc/options.html',
    'edge://settings',
    'about:blank',
    'about:debugging',
    'view-source:https://heise.de/',
    'data:text/html,x',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/detail/x',
    'https://microsoftedge.microsoft.com/addons/detail/x',
    'https://addons.mozilla.org/de/firefox/',
    'https://support.mozilla.org/',
    'https://accounts.firefox.com/',
    'not a url',
  ])('%s is restricted', (url) => {
    expect(isRestrictedUrl(url)).toBe(true);
  });

  test.each([
    'https://www.heise.de/',
    'http://localhost:8080/',
    'https://chrome.google.com/search',
    'https://google.com/webstore',
    'https://mozilla.org/',
    'file:///home/me/x.html',
  ])('%s is not restricted', (url) => {
    expect(isRestrictedUrl(url)).toBe(false);
  });

  test('each engine has its own list', () => {
    expect(isRestrictedUrl('https://addons.mozilla.org/', 'chromium')).toBe(false);
    expect(isRestrictedUrl('https://addons.mozilla.org/', 'firefox')).toBe(true);
    expect(isRestrictedUrl('https://chromewebstore.google.com/', 'firefox')).toBe(false);
    expect(isRestrictedUrl('https://chromewebstore.google.com/', 'chromium')).toBe(true);
    expect(isRestrictedUrl('about:blank', 'chromium')).toBe(true);
  });
});
