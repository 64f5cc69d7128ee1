import { t } from '../../platform/i18n';
import { CHROME_SHORTCUTS_URL, isFirefox, openShortcutSettings } from '../../platform/shortcuts';

/**
 * The way to the browser's shortcut settings. Chrome: a link to
 * chrome://extensions/shortcuts, opened as a tab (the browser blocks such
 * links from pages). Firefox: a button to its shortcut manager, and the way
 * there in words (about:addons → gear → Manage Extension Shortcuts).
 */
export function ChangeShortcuts({ class: className }: { class?: string }) {
  if (isFirefox()) {
    return (
      <>
        <button type="button" class={className} onClick={() => void openShortcutSettings()}>
          {t('shortcutsChange')}
        </button>{' '}
        <span>{t('shortcutsFirefoxWhere')}</span>
      </>
    );
  }
  return (
    <a
      href={CHROME_SHORTCUTS_URL}
      class={className}
      onClick={(event) => {
        event.preventDefault();
        void openShortcutSettings();
      }}
    >
      {t('shortcutsChange')}
    </a>
  );
}
