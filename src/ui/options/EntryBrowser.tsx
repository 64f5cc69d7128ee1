import { useState } from 'preact/hooks';
import type { GlossaryEntry } from '../../core/glossary/types';
import type { EntryOrigin } from '../../core/glossary/user/types';
import { t, uiLang } from '../../platform/i18n';
import { entryTitle } from '../../core/glossary/localized';
import { entryMatches } from './entry-text';

interface Props {
  entries: readonly GlossaryEntry[];
  origins: ReadonlyMap<string, EntryOrigin>;
  hidden: readonly GlossaryEntry[];
  onOverride: (entry: GlossaryEntry) => void;
  onEdit: (entry: GlossaryEntry) => void;
  onHide: (entry: GlossaryEntry, hidden: boolean) => void;
}

const SHOWN = 30;

export function originLabel(origin: EntryOrigin | undefined): string {
  if (!origin || origin.kind === 'bundled') return t('options_originBundled');
  if (origin.kind === 'user') return t('category_user');
  return t('options_originPack', origin.packName);
}

/** Every entry in effect, searchable; bundled ones can be overridden or hidden. */
export function EntryBrowser({ entries, origins, hidden, onOverride, onEdit, onHide }: Props) {
  const [query, setQuery] = useState('');
  const lang = uiLang();
  const found = entries.filter((e) => entryMatches(e, query));
  return (
    <div class="browser">
      <h3>{t('options_browseTitle', entries.length)}</h3>
      <label class="search">
        {t('options_browseSearch')}
        <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      <ul class="item-list" aria-label={t('options_browseResults')}>
        {found.slice(0, SHOWN).map((entry) => {
          const origin = origins.get(entry.id);
          const title = entryTitle(entry, lang);
          return (
            <li key={entry.id} data-entry={entry.id}>
              <span class="item-title grow">{title}</span>
              <span class={origin?.kind === 'bundled' ? 'badge quiet' : 'badge'}>{originLabel(origin)}</span>
              {origin?.kind === 'bundled' ? (
                <>
                  <button type="button" aria-label={t('options_overrideLabel', title)} onClick={() => onOverride(entry)}>
                    {t('options_override')}
                  </button>
                  <button type="button" aria-label={t('options_hideLabel', title)} onClick={() => onHide(entry, true)}>
                    {t('options_hide')}
                  </button>
                </>
              ) : null}
              {origin?.kind === 'user' ? (
                <button type="button" aria-label={t('options_editLabel', title)} onClick={() => onEdit(entry)}>
                  {t('options_edit')}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      {found.length > SHOWN ? <p class="hint">{t('options_browseMore', found.length - SHOWN)}</p> : null}
      {found.length === 0 ? <p class="hint">{t('options_browseNone')}</p> : null}
      {hidden.length > 0 ? (
        <>
          <h3>{t('options_hiddenTitle')}</h3>
          <ul class="item-list" aria-label={t('options_hiddenTitle')}>
            {hidden.map((entry) => (
              <li key={entry.id} data-hidden={entry.id}>
                <span class="item-title grow">{entryTitle(entry, lang)}</span>
                <button type="button" aria-label={t('options_unhideLabel', entryTitle(entry, lang))} onClick={() => onHide(entry, false)}>
                  {t('options_unhide')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
