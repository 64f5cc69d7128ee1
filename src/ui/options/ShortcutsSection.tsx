import { t } from '../../platform/i18n';
import { ChangeShortcuts } from '../shared/ChangeShortcuts';
import { ShortcutList } from '../shared/ShortcutList';
import { useAbout } from '../shared/use-about';

/** Keyboard shortcuts as the browser has them bound, where to change them, and the version. */
export function ShortcutsSection() {
  const { version, shortcuts } = useAbout();
  return (
    <section id="shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('shortcutsTitle')}</h2>
      {shortcuts && <ShortcutList shortcuts={shortcuts} class="shortcut-list" />}
      <p>
        <ChangeShortcuts />
      </p>
      {version && <p class="hint">{t('aboutVersion', version)}</p>}
    </section>
  );
}
