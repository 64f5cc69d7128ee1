import type { GlossaryEntry, Lang } from '../../core/glossary/types';
import { entryTitle } from '../../core/glossary/localized';
import { plural, t } from '../../platform/i18n';
import type { PageTerms as Terms } from './page-link';

interface Props {
  terms: Terms | null;
  lang: Lang;
  lookup: (id: string) => GlossaryEntry | undefined;
  onReveal: (id: string) => void;
}

/** "On this page": the terms Klartext marked in the tab, with counts; choosing one jumps there. */
export function PageTerms({ terms, lang, lookup, onReveal }: Props) {
  // Nothing to list where nothing is marked; the site section says why.
  if (terms === null || terms === 'unreachable' || (terms.state !== 'active' && terms.state !== 'degraded')) return null;
  return (
    <section class="kt-section" aria-labelledby="kt-page-heading">
      <h2 id="kt-page-heading" class="kt-heading">
        {t('popupOnThisPage')}
      </h2>
      {terms.terms.length === 0 ? (
        <p class="kt-muted">{t('popupOnThisPageNone')}</p>
      ) : (
        <ul class="kt-page-terms">
          {terms.terms.map(({ id, count }) => {
            const entry = lookup(id);
            const title = entry ? entryTitle(entry, lang) : id;
            return (
              <li key={id}>
                <button
                  type="button"
                  class="kt-page-term"
                  title={t('popupRevealHint')}
                  onClick={() => onReveal(id)}
                >
                  {/* The name is what the button shows, read on ("Anthropic 2 times on the page – …"): label in name. */}
                  <span class="kt-row-title">{title}</span> <span class="kt-count">{count}</span>
                  <span class="kt-sr"> {plural('popupRevealTimes', count)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
