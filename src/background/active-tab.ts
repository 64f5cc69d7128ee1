import { browser, type Browser } from 'wxt/browser';

/** The tab a command or menu click was for: the one the browser passed, else the active one. */
export async function resolveTab(tab: Browser.tabs.Tab | undefined): Promise<Browser.tabs.Tab | undefined> {
  if (tab?.id !== undefined) return tab;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}
