import { t } from '../../platform/i18n';
import type { EntryDraft } from './entry-form';

interface Props {
  draft: EntryDraft;
  invalid: ReadonlySet<string | null>;
  onChange: (patch: Partial<EntryDraft>) => void;
}

/** "This term can mean something else": the cues that decide where it is marked. */
export function SenseFields({ draft, invalid, onChange }: Props) {
  return (
    <fieldset class="sense">
      <legend>{t('options_senseLegend')}</legend>
      <label class="check">
        <input type="checkbox" checked={draft.ambiguous} onChange={(e) => onChange({ ambiguous: e.currentTarget.checked })} />
        {t('options_senseAmbiguous')}
      </label>
      {draft.ambiguous && (
        <>
          <p class="hint" id="sense-hint">
            {t('options_senseHint')}
          </p>
          <div class="editor-row">
            <div class="field">
              <label for="entry-cues">{t('options_field_cues')}</label>
              <textarea id="entry-cues" rows={3} value={draft.cues} aria-describedby="sense-hint" aria-invalid={invalid.has('cues')} onInput={(e) => onChange({ cues: e.currentTarget.value })} />
            </div>
            <div class="field">
              <label for="entry-against">{t('options_field_against')}</label>
              <textarea id="entry-against" rows={3} value={draft.against} aria-describedby="sense-hint" aria-invalid={invalid.has('against')} onInput={(e) => onChange({ against: e.currentTarget.value })} />
            </div>
          </div>
          <label class="check">
            <input type="checkbox" checked={draft.name} onChange={(e) => onChange({ name: e.currentTarget.checked })} />
            {t('options_senseName')}
          </label>
        </>
      )}
    </fieldset>
  );
}
