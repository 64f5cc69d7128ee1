import { t } from '../../platform/i18n';
import type { Shortcut } from '../../platform/shortcuts';

/** Each shortcut with what it does; a removed one says so. */
export function ShortcutList({ shortcuts, class: className }: { shortcuts: readonly Shortcut[]; class?: string }) {
  return (
    <dl class={className}>
      {shortcuts.map((s) => (
        <div key={s.command} data-command={s.command}>
          <dt>{s.keys ? <kbd>{s.keys}</kbd> : <span>{t('shortcutUnset')}</span>}</dt>
          <dd>{s.label}</dd>
        </div>
      ))}
    </dl>
  );
}
