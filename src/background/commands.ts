/**
 * The keyboard commands declared in wxt.config.ts (rebindable in the
 * browser): switch Klartext for the current site, and open the list of terms
 * on this page.
 */
import type { Browser } from 'wxt/browser';
import { toolbarAction } from './action';
import { hostFromUrl, isRestrictedUrl, isSiteEnabled, setSiteEnabled } from '../core/settings/site-rules';
import type { Settings } from '../core/settings/types';
import { sendToTab } from '../platform/messaging';
import { updateSettings } from '../storage/settings-store';
import { resolveTab } from './active-tab';

export const COMMAND_TOGGLE_SITE = 'toggle-site';
export const COMMAND_LIST_TERMS = 'list-terms';

export interface CommandOptions {
  /**
   * The tab's address as its content script reported it. The browser shows
   * `tab.url` only under activeTab (which a command grants in Chrome and
   * Firefox), so this is the fallback.
   */
  reportedUrl?: (tabId: number) => Promise<string | null>;
}

export async function runCommand(command: string, tab?: Browser.tabs.Tab, options: CommandOptions = {}): Promise<void> {
  const target = await resolveTab(tab);
  if (target?.id === undefined) return;
  if (command === COMMAND_TOGGLE_SITE) {
    await toggleSiteOf(target.url ?? (await options.reportedUrl?.(target.id)) ?? undefined);
  } else if (command === COMMAND_LIST_TERMS) {
    await listTerms(target.id);
  }
}

/**
 * Whether the site's own rule lets Klartext run, leaving the global pause
 * aside: the switch is about this site, the pause about all of them.
 */
export function siteSwitchOn(settings: Settings, host: string): boolean {
  return isSiteEnabled({ ...settings, paused: false }, host);
}

/** Flips the site switch for the page at `url`. Returns the new switch state, or null if the page has no switchable site. */
export async function toggleSiteOf(url: string | undefined): Promise<boolean | null> {
  const host = url && !isRestrictedUrl(url) ? hostFromUrl(url) : null;
  if (!host) return null;
  let on: boolean | null = null;
  // Every open tab of the host watches the settings and reacts by itself.
  await updateSettings((settings) => {
    const result = setSiteEnabled(settings, host, !siteSwitchOn(settings, host));
    on = siteSwitchOn(result.settings, host);
    return result.settings;
  });
  return on;
}

async function listTerms(tabId: number): Promise<void> {
  try {
    await sendToTab(tabId, { type: 'show-term-list' });
  } catch {
    // No content script here (browser page, web store, not yet loaded): the
    // popup says why, so open it where the browser allows.
    await openPopupIfPossible();
  }
}

/** `action.openPopup()` where the browser has it and allows it now; false otherwise. */
export async function openPopupIfPossible(): Promise<boolean> {
  if (typeof toolbarAction().openPopup !== 'function') return false;
  try {
    await toolbarAction().openPopup();
    return true;
  } catch {
    return false;
  }
}
