import { SyncSection } from '../options/SyncSection';

/**
 * The sync question on the welcome page ("Sync my settings across my
 * browsers?"): the options page's own section, so it is asked once, in one
 * place of truth, and answered here or there.
 */
export function WelcomeSyncSlot() {
  return (
    <div id="welcome-sync">
      <SyncSection />
    </div>
  );
}
