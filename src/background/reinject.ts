import { browser } from 'wxt/browser';

/**
 * After an install or update, Chrome does not inject content scripts into
 * tabs that were already open: those pages would keep no Klartext until
 * reloaded. Inject into every open web page; the old script of a previous
 * version (if still running) stops itself when the new one announces itself
 * (WXT's content-script context), so marks are never doubled.
 */
export async function injectIntoOpenTabs(files: string[]): Promise<number> {
  // Firefox injects declared content scripts into open tabs by itself.
  if (import.meta.env.FIREFOX) return 0;
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting) return 0;
  const tabs = await browser.tabs.query({});
  let injected = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return;
      try {
        // WXT types `files` as the build's public paths, which do not list content scripts.
        await scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: files as never });
        injected++;
      } catch {
        // Browser pages, the web store, pages without access: nothing to do there.
      }
    }),
  );
  return injected;
}
