/**
 * Turning what a user types or pastes ("https://www.heise.de/news/x",
 * "*.heise.de", "localhost:8080", "bücher.de") into a canonical rule host.
 *
 * The WHATWG `URL` parser (in Node and every browser, no DOM needed) does the
 * hard parts — IDNA/punycode, IPv4 normalisation, IPv6 — and then this file
 * adds the checks URL leaves out: URL happily accepts "not!!host" or
 * "-bad-.com" as hostnames for http.
 */

export type SiteErrorCode =
  | 'empty'
  | 'has-spaces'
  | 'unsupported-scheme'
  | 'missing-host'
  | 'has-path'
  | 'invalid-host'
  | 'invalid-port'
  | 'label-too-long'
  | 'host-too-long'
  | 'invalid-wildcard';

export type SiteInputResult =
  | { ok: true; host: string; includeSubdomains?: boolean }
  | { ok: false; error: SiteErrorCode };

const DEFAULT_PORTS = new Map([
  ['http', '80'],
  ['https', '443'],
]);
const SCHEME_WITH_SLASHES = /^[a-z][a-z0-9+.-]*:\/\//i;
// "javascript:alert(1)", "about:blank", "mailto:x" — a scheme not followed by
// a port number. "localhost:8080" looks like a scheme too, hence the digit test.
const SCHEME_WITHOUT_SLASHES = /^[a-z][a-z0-9+-]*:(?!\d)/i;
const LABEL = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const MAX_LABEL = 63;
const MAX_HOST = 253;

export function parseSiteInput(input: string): SiteInputResult {
  let text = input.trim();
  if (text === '') return fail('empty');
  if (/\s/.test(text)) return fail('has-spaces');

  let includeSubdomains = false;
  if (text.startsWith('*.')) {
    includeSubdomains = true;
    text = text.slice(2);
    if (text === '') return fail('invalid-wildcard');
  }
  if (text.includes('*')) return fail('invalid-wildcard');

  const parsed = SCHEME_WITH_SLASHES.test(text)
    ? parseAsUrl(text)
    : SCHEME_WITHOUT_SLASHES.test(text) && !looksLikeBareIpv6(text)
      ? fail('unsupported-scheme')
      : parseBare(text);
  if (!parsed.ok) return parsed;

  if (includeSubdomains) {
    // An IP address has no subdomains; "*.127.0.0.1" is a mistake worth
    // pointing out rather than a rule that silently means "exactly this IP".
    const hostname = splitHostPort(parsed.host).hostname;
    if (isIpAddress(hostname)) return fail('invalid-wildcard');
    return { ok: true, host: parsed.host, includeSubdomains: true };
  }
  return parsed;
}

/** Splits "example.com:8080" / "[::1]:3000" into hostname and port ('' if none). */
export function splitHostPort(host: string): { hostname: string; port: string } {
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(host);
  return m ? { hostname: m[1] ?? '', port: m[2] ?? '' } : { hostname: host, port: '' };
}

export function isIpAddress(hostname: string): boolean {
  return hostname.startsWith('[') || IPV4.test(hostname);
}

/**
 * Checks that a string is already a canonical rule host — what stored rules
 * must look like. Returns the error code, or null when it is canonical.
 */
export function checkCanonicalHost(host: string): SiteErrorCode | 'not-canonical' | null {
  const parsed = parseSiteInput(host);
  if (!parsed.ok) return parsed.error;
  if (parsed.includeSubdomains || parsed.host !== host) return 'not-canonical';
  return null;
}

function parseAsUrl(text: string): SiteInputResult {
  const colon = text.indexOf(':');
  const scheme = text.slice(0, colon).toLowerCase();
  const defaultPort = DEFAULT_PORTS.get(scheme);
  if (defaultPort === undefined) return fail('unsupported-scheme');
  // A pasted address is the common case ("the page I am on"), so its path,
  // query and credentials are simply dropped: rules are per site.
  const rest = text.slice(colon + 3);
  const authority = rest.slice(0, authorityEnd(rest)).replace(/^.*@/, '');
  if (authority === '') return fail('missing-host');
  return parseHostPort(authority, [defaultPort]);
}

/**
 * Bare input: a host, optionally with a port. A path is rejected rather than
 * dropped: someone who types "heise.de/news" by hand probably expects a rule
 * for that section only, which Klartext does not have.
 */
function parseBare(text: string): SiteInputResult {
  const host = looksLikeBareIpv6(text) ? `[${text}]` : text;
  const pathStart = authorityEnd(host);
  if (pathStart === 0) return fail('invalid-host');
  if (pathStart < host.length && host.slice(pathStart) !== '/') return fail('has-path');
  const authority = host.slice(0, pathStart);
  // URL would read "user@host" as credentials plus a host: not a host.
  if (authority.includes('@')) return fail('invalid-host');
  // Someone typing "example.com:443" means the https site, whose pages report
  // no port; keeping ":443" would make a rule that never matches.
  return parseHostPort(authority, ['80', '443']);
}

function parseHostPort(authority: string, dropPorts: readonly string[]): SiteInputResult {
  const m = /^(\[[^\]]*\]|[^:[\]]*)(?::(.*))?$/.exec(authority);
  if (!m) return fail('invalid-host');
  const hostname = m[1] ?? '';
  if (hostname === '') return fail('missing-host');
  let port = m[2] ?? '';
  if (port !== '') {
    if (!validPort(port)) return fail('invalid-port');
    port = String(Number(port)); // "08080" and "8080" are the same port
    if (dropPorts.includes(port)) port = '';
  }
  let url: URL;
  try {
    url = new URL(`http://${hostname}`);
  } catch {
    return fail('invalid-host');
  }
  const canonical = url.hostname.replace(/\.$/, '');
  if (canonical === '') return fail('missing-host');
  if (!canonical.startsWith('[')) {
    if (canonical.length > MAX_HOST) return fail('host-too-long');
    for (const label of canonical.split('.')) {
      if (label.length > MAX_LABEL) return fail('label-too-long');
      if (!LABEL.test(label)) return fail('invalid-host');
    }
  }
  return { ok: true, host: port === '' ? canonical : `${canonical}:${port}` };
}

/** Index where the authority ends: the first path, query or fragment character. */
function authorityEnd(text: string): number {
  const i = text.search(/[/?#\\]/);
  return i === -1 ? text.length : i;
}

function validPort(port: string): boolean {
  if (!/^\d{1,5}$/.test(port)) return false;
  const n = Number(port);
  return n >= 1 && n <= 65535;
}

/** "::1" or "fe80::1" without brackets: accepted as a courtesy. */
function looksLikeBareIpv6(text: string): boolean {
  return !text.startsWith('[') && (text.match(/:/g)?.length ?? 0) >= 2 && /^[0-9a-f:.]+$/i.test(text);
}

function fail(error: SiteErrorCode): { ok: false; error: SiteErrorCode } {
  return { ok: false, error };
}
