import { browser } from 'wxt/browser';

/**
 * Whether this content script's extension is still there: an update, reload
 * or removal takes the runtime away (its id reads undefined, or throws).
 * A page cannot fake this, unlike an event on the document.
 */
export function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}
