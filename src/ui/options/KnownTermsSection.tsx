import { useMemo } from 'preact/hooks';
import { BUNDLED_GLOSSARY } from '../../core/glossary/bundled';
import { mergeGlossary } from '../../core/glossary/user/merge';
import type { UserGlossary } from '../../core/glossary/user/types';
import { withKnownTerm } from '../../core/settings/known-terms';
import type { Settings } from '../../core/settings/types';
import { entryTitle } from '../../core/glossary/localized';
import { t, uiLang } from '../../platform/i18n';
import type { OptionsSettings } from './use-options-settings';

interface Props {
  settings: Settings;
  update: OptionsSettings['update'];
  /** The user's glossary, for the titles of their own known entries (null while loading). */
  glossary: UserGlossary | null;
}

/** The terms the reader said they know: listed, each undone with one click. */
export function KnownTermsSection({ settings, update, glossary }: Props) {
  const lang = uiLang();
  const titles = useMemo(() => {
    const entries = glossary ? mergeGlossary(BUNDLED_GLOSSARY, glossary).entries : BUNDLED_GLOSSARY;
    return new Map(entries.map((e) => [e.id, entryTitle(e, lang)]));
  }, [glossary, lang]);
  const known = settings.knownTerms.map((id) => ({ id, title: titles.get(id) ?? id }));
  return (
    <section id="known" aria-labelledby="known-title">
      <h2 id="known-title">{t('options_knownTitle')}</h2>
      <p class="hint">{t('options_knownIntro')}</p>
      {known.length === 0 ? (
        <p>{t('options_knownNone')}</p>
      ) : (
        <>
          <ul class="known-list">
            {known.map(({ id, title }) => (
              <li key={id}>
                <span>{title}</span>
                <button type="button" aria-label={t('options_knownUndoLabel', title)} onClick={() => void update((s) => withKnownTerm(s, id, false))}>
                  {t('options_knownUndo')}
                </button>
              </li>
            ))}
          </ul>
          {known.length > 1 && (
            <button type="button" onClick={() => void update((s) => ({ ...s, knownTerms: [] }))}>
              {t('options_knownUndoAll')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
