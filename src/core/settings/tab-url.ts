/**
 * What the popup and background need to know about a tab's URL: which site it
 * is (for site rules) and whether an extension may run there at all.
 */
import { parseSiteInput } from './site-input';

export type BrowserEngine = 'chromium' | 'firefox';

// Pages the browsers refuse to let content scripts into, whatever the
// manifest says. Chromium: the web stores. Firefox: the default value of
// `extensions.webextensions.restrictedDomains`.
const CHROMIUM_RESTRICTED: readonly string[] = ['chromewebstore.google.com'];
const CHROMIUM_RESTRICTED_PATHS: readonly { host: string; path: string }[] = [
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];
const FIREFOX_RESTRICTED: readonly string[] = [
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'addons.mozilla.org',
  'api.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
];

/**
 * The rule host for a tab URL ("https://www.heise.de:8443/x" →
 * "www.heise.de:8443"), or null when the page has no site a rule could name:
 * non-web schemes (chrome:, about:, moz-extension:, file:, data:) and
 * unparsable URLs. The result is always accepted by `parseSiteInput`, so a
 * rule made from it always passes settings validation.
 */
export function hostFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const site = parseSiteInput(`${parsed.protocol}//${parsed.host}`);
  return site.ok ? site.host : null;
}

/**
 * True for pages extensions cannot script: browser pages, other extensions'
 * pages, the add-on stores. `file:` pages are not counted as restricted —
 * Firefox scripts them and Chrome does when the user allows file access — but
 * they have no host, so `hostFromUrl` gives null for them. Without `engine`
 * the restricted hosts of both engines count, which errs on the side of not
 * promising something that will not happen.
 */
export function isRestrictedUrl(url: string, engine?: BrowserEngine): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (parsed.protocol === 'file:') return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  const chromium = engine !== 'firefox';
  const firefox = engine !== 'chromium';
  if (firefox && FIREFOX_RESTRICTED.includes(host)) return true;
  if (!chromium) return false;
  if (CHROMIUM_RESTRICTED.includes(host)) return true;
  return CHROMIUM_RESTRICTED_PATHS.some(
    (r) => r.host === host && (parsed.pathname === r.path || parsed.pathname.startsWith(`${r.path}/`)),
  );
}
