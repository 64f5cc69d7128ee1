import type { Lang } from '../../core/glossary/types';
import { t } from '../../platform/i18n';
import { isFirefox } from '../../platform/shortcuts';
import { ChangeShortcuts } from '../shared/ChangeShortcuts';
import { ShortcutList } from '../shared/ShortcutList';
import { useAbout } from '../shared/use-about';
import { SampleParagraph } from './SampleParagraph';
import { WelcomeSyncSlot } from './WelcomeSyncSlot';

/** The page that opens once, on install: what Klartext does, where it is, its shortcuts, its promise. */
export function WelcomeApp({ lang }: { lang: Lang }) {
  const { shortcuts } = useAbout();
  return (
    <main>
      <h1>{t('welcomeTitle')}</h1>
      <p class="lead">{t('welcomeIntro')}</p>

      <section aria-labelledby="try-title">
        <h2 id="try-title">{t('welcomeTryTitle')}</h2>
        <SampleParagraph lang={lang} />
      </section>

      <section aria-labelledby="pin-title">
        <h2 id="pin-title">{t('welcomePinTitle')}</h2>
        <p>{t(isFirefox() ? 'welcomePinFirefox' : 'welcomePinChrome')}</p>
      </section>

      <section aria-labelledby="keys-title">
        <h2 id="keys-title">{t('shortcutsTitle')}</h2>
        {shortcuts && <ShortcutList shortcuts={shortcuts} class="shortcut-list" />}
        <p>
          <ChangeShortcuts />
        </p>
      </section>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('welcomePrivacyTitle')}</h2>
        <p>{t('welcomePrivacy')}</p>
      </section>

      <WelcomeSyncSlot />
    </main>
  );
}
