import type { SiteRule } from '../../core/settings/types';
import { t } from '../../platform/i18n';
import { formatSiteRule, type SiteNote, type SiteView } from './site-switch';

interface Props {
  view: SiteView;
  /** Broader rules that kept the last switch from taking effect. */
  blockedBy: readonly SiteRule[];
  error: boolean;
  onSwitch: (on: boolean) => void;
  onPause: (paused: boolean) => void;
  onRemoveRule: (rule: SiteRule) => void;
  onOptions: () => void;
}

const NOTE_KEYS: Record<SiteNote, string> = {
  restricted: 'popupRestricted',
  'no-site': 'popupNoSite',
  'opted-out': 'popupOptedOut',
  'not-running': 'popupNotRunning',
  paused: 'popupPausedNote',
};

/** "This site": the switch for the current site, the global pause, and why a page shows nothing. */
export function SiteControls({ view, blockedBy, error, onSwitch, onPause, onRemoveRule, onOptions }: Props) {
  return (
    <footer class="kt-site" aria-label={t('popupThisSite')}>
      {view.host !== null && (
        <Switch id="kt-site-switch" label={t('popupSiteSwitch', view.host)} checked={view.on} onChange={onSwitch} />
      )}
      <Switch id="kt-pause-switch" label={t('popupPause')} checked={view.paused} onChange={onPause} />
      <div role="status" class="kt-notes">
        {view.notes.map((note) => (
          <p key={note} class={`kt-note kt-note-${note}`}>
            {t(NOTE_KEYS[note])}
          </p>
        ))}
        {blockedBy.map((rule) => (
          <p key={formatSiteRule(rule)} class="kt-note">
            {t('popupBlockedBy', formatSiteRule(rule))}{' '}
            <button type="button" class="kt-link" onClick={() => onRemoveRule(rule)}>
              {t('popupRemoveRule')}
            </button>
          </p>
        ))}
        {error && <p class="kt-note kt-error">{t('popupSaveError')}</p>}
      </div>
      <button type="button" class="kt-link kt-options" onClick={onOptions}>
        {t('popupOptions')}
      </button>
    </footer>
  );
}

function Switch(props: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div class="kt-switch-row">
      <span id={`${props.id}-label`} class="kt-switch-label">
        {props.label}
      </span>
      <button
        type="button"
        id={props.id}
        role="switch"
        class="kt-switch"
        aria-checked={props.checked}
        aria-labelledby={`${props.id}-label`}
        onClick={() => props.onChange(!props.checked)}
      >
        <span class="kt-switch-knob" aria-hidden="true" />
      </button>
    </div>
  );
}
