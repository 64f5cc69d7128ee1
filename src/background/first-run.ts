/**
 * First run and updates: the welcome page opens in a new tab on a fresh
 * install only — never on update, browser update or browser start — and the
 * "last seen version" for the popup's what's-new line is set up (see
 * core/whats-new.ts for the rules).
 */
import { browser } from 'wxt/browser';
import { planInstalled, type InstalledDetails } from '../core/whats-new';
import { loadSeenVersion, saveSeenVersion } from '../storage/whats-new-store';

export const WELCOME_PATH = '/welcome.html';

export interface FirstRunOptions {
  /**
   * Running under WXT's dev server (`npm run dev`): every start is a fresh
   * profile, so an install, and it opens the demo page, which the welcome
   * tab would cover. No welcome page there.
   */
  devServer: boolean;
}

export async function handleInstalled(
  details: InstalledDetails,
  options: FirstRunOptions = { devServer: import.meta.env.COMMAND === 'serve' },
): Promise<void> {
  const current = browser.runtime.getManifest().version;
  let stored: string | null = null;
  try {
    stored = await loadSeenVersion();
  } catch {
    // Storage unreadable: planned as if nothing were stored.
  }
  const plan = planInstalled(details, stored, current);
  try {
    if (plan.openWelcome && !options.devServer) await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
    if (plan.seen !== null) await saveSeenVersion(plan.seen);
  } catch {
    // No window to open a tab in, or storage full: nothing to retry on its own;
    // a missing "last seen version" only means no what's-new line.
  }
}
