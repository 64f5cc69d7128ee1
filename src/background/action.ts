import { browser } from 'wxt/browser';

/**
 * The toolbar button's API: `action` in Manifest V3, `browserAction` in a
 * Manifest V2 build (WXT builds Firefox as MV2 unless told otherwise).
 */
export function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}
