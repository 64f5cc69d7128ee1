import type { Lang } from '../../core/glossary/types';
import { t } from '../../platform/i18n';
import { ChangeShortcuts } from '../shared/ChangeShortcuts';
import { useAbout } from '../shared/use-about';
import { WhatsNew } from './WhatsNew';

/** The popup's last lines: what's new (until dismissed), the shortcuts, the version. */
export function PopupFooter({ lang }: { lang: Lang }) {
  const { version, shortcuts } = useAbout();
  return (
    <div class="kt-footer">
      <WhatsNew lang={lang} />
      {shortcuts && (
        <ul class="kt-shortcuts" aria-label={t('shortcutsTitle')}>
          {shortcuts.map((s) => (
            <li key={s.command} data-command={s.command}>
              {s.keys ? <kbd>{s.keys}</kbd> : <span>{t('shortcutUnset')}</span>} {s.label}
            </li>
          ))}
        </ul>
      )}
      <p class="kt-about">
        {version && <span>{t('aboutVersion', version)}</span>}
        {version && ' · '}
        <ChangeShortcuts class="kt-link" />
      </p>
    </div>
  );
}
