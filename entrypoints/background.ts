import { browser } from 'wxt/browser';
import { runCommand } from '../src/background/commands';
import { addFromMenu, createContextMenu, explainFromMenu } from '../src/background/context-menu';
import { EntryLookup } from '../src/background/entry-lookup';
import { handleInstalled } from '../src/background/first-run';
import { injectIntoOpenTabs } from '../src/background/reinject';
import { handleMessage } from '../src/background/messaging';
import { tabStartedLoading } from '../src/background/navigation';
import { PendingSearch } from '../src/background/pending-search';
import { keepPrebuiltGlossaryCurrent, refreshPrebuiltGlossaryQueued } from '../src/background/prebuilt-glossary';
import { startSyncBridge } from '../src/background/sync-bridge';
import { createTabTracker, initBadgeStyle } from '../src/background/tab-tracker';

// Listeners are added synchronously on every start: an MV3 service worker is
// woken by the event it was stopped for, and only listeners present in its
// first turn receive it.
export default defineBackground(() => {
  const tracker = createTabTracker();
  const pending = new PendingSearch();
  const entries = new EntryLookup();

  browser.runtime.onInstalled.addListener((details) => {
    void createContextMenu();
    void refreshPrebuiltGlossaryQueued();
    void handleInstalled(details);
    if (details.reason === 'install' || details.reason === 'update') {
      void injectIntoOpenTabs(['/content-scripts/content.js']);
    }
  });
  // Chrome keeps menus across restarts; Firefox's event pages may not.
  browser.runtime.onStartup.addListener(() => {
    void createContextMenu();
    void refreshPrebuiltGlossaryQueued();
  });
  browser.runtime.onMessage.addListener((raw, sender) => handleMessage(raw, sender, { tracker, pending, entries }));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void explainFromMenu({ info, tab, pending });
    void addFromMenu({ info, tab });
  });
  const reportedUrl = async (tabId: number) => (await tracker.summary(tabId))?.url ?? null;
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab, { reportedUrl }));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void tabStartedLoading(tabId, tracker);
  });
  browser.tabs.onRemoved.addListener((tabId) => void tracker.removed(tabId));
  startSyncBridge();
  keepPrebuiltGlossaryCurrent();
  void initBadgeStyle();
});
