import { t } from '../../platform/i18n';
import { AppearanceSection } from './AppearanceSection';
import { GlossarySection } from './GlossarySection';
import { KnownTermsSection } from './KnownTermsSection';
import { ShortcutsSection } from './ShortcutsSection';
import { SitesSection } from './SitesSection';
import { StatusBanner } from './StatusBanner';
import { SyncSection } from './SyncSection';
import { useOptionsSettings } from './use-options-settings';
import { useStorageUsage } from './use-storage-usage';
import { useUserGlossary } from './use-user-glossary';

/** The options page: sites, appearance and behaviour, your own glossary. */
export function App() {
  const { settings, problems: settingsProblems, update: updateSettings } = useOptionsSettings();
  const { loaded, update: updateGlossary } = useUserGlossary();
  const usage = useStorageUsage(loaded?.value);

  return (
    <>
      <header>
        <h1>{t('options_title')}</h1>
        <nav aria-label={t('options_navLabel')}>
          <a href="#sites">{t('options_sitesTitle')}</a>
          <a href="#appearance">{t('options_appearanceTitle')}</a>
          <a href="#known">{t('options_knownTitle')}</a>
          <a href="#glossary">{t('options_glossaryTitle')}</a>
          <a href="#flags">{t('options_navFlags')}</a>
          <a href="#sync">{t('options_syncTitle')}</a>
        </nav>
      </header>
      <main>
        <StatusBanner settingsProblems={settingsProblems} glossaryProblems={loaded?.problems ?? []} usage={usage} />
        {settings ? (
          <>
            <SitesSection settings={settings} update={updateSettings} />
            <AppearanceSection settings={settings} update={updateSettings} />
            <KnownTermsSection settings={settings} update={updateSettings} glossary={loaded?.value ?? null} />
          </>
        ) : (
          <p aria-busy="true">{t('options_loading')}</p>
        )}
        {loaded ? <GlossarySection glossary={loaded.value} update={updateGlossary} /> : null}
        <ShortcutsSection />
        <SyncSection />
      </main>
    </>
  );
}
