/**
 * The popup's "This site" section: what it can offer for the current page
 * and the edits it makes. Every edit goes through the settings store; the
 * content scripts of every open tab watch the settings and react by
 * themselves, so switching a site takes effect everywhere without messages.
 */
import {
  formatSiteRule,
  isSiteEnabled,
  removeSiteRule,
  setSiteEnabled,
} from '../../core/settings/site-rules';
import type { Settings, SiteRule } from '../../core/settings/types';
import { updateSettings } from '../../storage/settings-store';
import type { PageInfo, PageTerms } from './page-link';

export type SiteNote = 'restricted' | 'no-site' | 'opted-out' | 'not-running' | 'paused';

export interface SiteView {
  /** The host the switch is for, or null when the page has no switchable site. */
  host: string | null;
  /** The site's own switch; the global pause is separate. */
  on: boolean;
  paused: boolean;
  /** Why the page shows no highlights when it is not the user's doing, most important first. */
  notes: SiteNote[];
}

export function describeSite(options: { page: PageInfo | null; settings: Settings; terms: PageTerms | null }): SiteView {
  const { page, settings, terms } = options;
  const host = page && !page.restricted ? page.host : null;
  // An address the browser hides and no content script reported: as good as a
  // page Klartext cannot read (the real popup always knows the address).
  const unknown = page !== null && page.url === null && terms === 'unreachable';
  const notes: SiteNote[] = [];
  if (!page || page.restricted || unknown) notes.push('restricted');
  else if (!host && page.url !== null) notes.push('no-site');
  if (settings.paused) notes.push('paused');
  if (page && !page.restricted && !unknown) {
    if (terms !== null && terms !== 'unreachable' && terms.state === 'opted-out') notes.push('opted-out');
    // Pages open since before Klartext was installed or updated have no content script.
    if (terms === 'unreachable' && (host !== null || page.url?.startsWith('file:'))) notes.push('not-running');
  }
  return { host, on: host !== null && siteSwitchOn(settings, host), paused: settings.paused, notes };
}

/** The site's rule state, the global pause left aside. */
export function siteSwitchOn(settings: Settings, host: string): boolean {
  return isSiteEnabled({ ...settings, paused: false }, host);
}

export interface SiteSwitchResult {
  on: boolean;
  /** Broader rules that keep the site in the other state (the toggle never edits those by itself). */
  blockedBy: SiteRule[];
}

export async function switchSite(host: string, on: boolean): Promise<SiteSwitchResult> {
  let blockedBy: SiteRule[] = [];
  const saved = await updateSettings((settings) => {
    const result = setSiteEnabled(settings, host, on);
    blockedBy = result.blockedBy;
    return result.settings;
  });
  return { on: siteSwitchOn(saved, host), blockedBy };
}

export async function setPaused(paused: boolean): Promise<void> {
  await updateSettings((settings) => (settings.paused === paused ? settings : { ...settings, paused }));
}

export async function removeRule(rule: SiteRule): Promise<void> {
  await updateSettings((settings) => removeSiteRule(settings, rule));
}

export { formatSiteRule };
