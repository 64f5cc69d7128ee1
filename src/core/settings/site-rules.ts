/**
 * Which sites Klartext runs on: matching hosts against rules and the edits the
 * popup and the options page make. Pure: every edit returns new settings.
 */
import { parseSiteInput, splitHostPort } from './site-input';
import type { Settings, SiteRule } from './types';

export { parseSiteInput, type SiteErrorCode, type SiteInputResult } from './site-input';
export { describeSiteError } from './site-errors';
export { hostFromUrl, isRestrictedUrl } from './tab-url';

/**
 * True when `host` (canonical, as from `hostFromUrl`) falls under `rule`.
 * A rule without a port covers every port of its host; a rule with a port
 * covers only that port. Subdomains count only with `includeSubdomains`, and
 * only at a label boundary: "notheise.de" never falls under heise.de.
 */
export function hostMatchesRule(host: string, rule: SiteRule): boolean {
  const h = splitHostPort(host.toLowerCase());
  const r = splitHostPort(rule.host);
  if (r.port !== '' && r.port !== h.port) return false;
  if (h.hostname === r.hostname) return true;
  return rule.includeSubdomains && h.hostname.endsWith(`.${r.hostname}`);
}

export function isSiteEnabled(settings: Settings, host: string): boolean {
  if (settings.paused) return false;
  const listed = settings.siteRules.some((rule) => hostMatchesRule(host, rule));
  return settings.siteMode === 'all-except' ? !listed : listed;
}

export interface SiteToggleResult {
  settings: Settings;
  /** Whether the site is on afterwards (global pause included). */
  enabled: boolean;
  /** Rules this call added: at most one, for exactly this host. */
  added: SiteRule[];
  /** Rules this call removed: only ones naming exactly this host. */
  removed: SiteRule[];
  /**
   * Broader rules — a parent domain with subdomains ("*.heise.de" for
   * news.heise.de), the same host with subdomains, or the host without its
   * port — that still keep the site in the other state. They are left alone:
   * the UI should name them and offer `removeSiteRule`.
   */
  blockedBy: SiteRule[];
}

/**
 * Switches one site on or off, as the popup's toggle and the keyboard command
 * do.
 *
 * The toggle only ever adds or removes exact-host rules
 * ({ host, includeSubdomains: false }); it never silently removes or narrows a
 * broader rule, because that would also switch every other site the rule
 * covers (turning news.heise.de on must not turn on all of *.heise.de). When a
 * broader rule is in the way, it comes back in `blockedBy` and `enabled` shows
 * the toggle did not take: the UI asks "Klartext is also off for *.heise.de —
 * remove that rule?". Exceptions to rules were rejected as too hard to explain.
 *
 * In 'all-except' mode rules list sites that are off; in 'only-listed' mode
 * sites that are on — the logic mirrors. The global pause is not touched.
 * Throws RangeError if `host` is not a valid host (a programming error: pass
 * hosts from `hostFromUrl` or `parseSiteInput`).
 */
export function setSiteEnabled(settings: Settings, host: string, enabled: boolean): SiteToggleResult {
  const h = canonicalHost(host);
  const exact: SiteRule = { host: h, includeSubdomains: false };
  const matching = settings.siteRules.filter((rule) => hostMatchesRule(h, rule));
  const wantListed = (settings.siteMode === 'all-except') !== enabled;
  let next = settings;
  let added: SiteRule[] = [];
  let removed: SiteRule[] = [];
  let blockedBy: SiteRule[] = [];
  if (wantListed) {
    // Already covered (possibly by a broader rule): nothing to add.
    if (matching.length === 0) {
      next = { ...settings, siteRules: [...settings.siteRules, exact] };
      added = [exact];
    }
  } else {
    removed = matching.filter((rule) => sameRule(rule, exact));
    blockedBy = matching.filter((rule) => !sameRule(rule, exact));
    if (removed.length > 0) {
      next = { ...settings, siteRules: settings.siteRules.filter((rule) => !sameRule(rule, exact)) };
    }
  }
  return { settings: next, enabled: isSiteEnabled(next, h), added, removed, blockedBy };
}

/**
 * Adds a rule unless one with the same host and subdomain flag exists.
 * Returns the same settings object when nothing changed, so callers can skip
 * a storage write. Throws RangeError for an invalid host.
 */
export function addSiteRule(settings: Settings, rule: SiteRule): Settings {
  const normalized: SiteRule = { host: canonicalHost(rule.host), includeSubdomains: rule.includeSubdomains };
  if (settings.siteRules.some((r) => sameRule(r, normalized))) return settings;
  return { ...settings, siteRules: [...settings.siteRules, normalized] };
}

/** Removes the rule with the same host and subdomain flag; same object if absent. */
export function removeSiteRule(settings: Settings, rule: SiteRule): Settings {
  const target: SiteRule = { host: rule.host.toLowerCase(), includeSubdomains: rule.includeSubdomains };
  const kept = settings.siteRules.filter((r) => !sameRule(r, target));
  return kept.length === settings.siteRules.length ? settings : { ...settings, siteRules: kept };
}

export function sameRule(a: SiteRule, b: SiteRule): boolean {
  return a.host === b.host && a.includeSubdomains === b.includeSubdomains;
}

/** Human-readable form of a rule, as users type it: "*.heise.de" or "heise.de". */
export function formatSiteRule(rule: SiteRule): string {
  return rule.includeSubdomains ? `*.${rule.host}` : rule.host;
}

function canonicalHost(host: string): string {
  const parsed = parseSiteInput(host);
  if (!parsed.ok || parsed.includeSubdomains) {
    throw new RangeError(`Not a valid host: ${JSON.stringify(host)}`);
  }
  return parsed.host;
}
