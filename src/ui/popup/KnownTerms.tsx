import type { GlossaryEntry, Lang } from '../../core/glossary/types';
import { entryTitle } from '../../core/glossary/localized';
import { t } from '../../platform/i18n';

interface Props {
  known: readonly string[];
  lang: Lang;
  lookup: (id: string) => GlossaryEntry | undefined;
  onUndo: (id: string) => void;
}

/** The terms the reader said they know, each with one click to mark it again. */
export function KnownTerms({ known, lang, lookup, onUndo }: Props) {
  const shown = known.flatMap((id) => {
    const entry = lookup(id);
    return entry ? [{ id, title: entryTitle(entry, lang) }] : [];
  });
  if (shown.length === 0) return null;
  return (
    <section class="kt-section" aria-labelledby="kt-known-heading">
      <h2 id="kt-known-heading" class="kt-heading">
        {t('popupKnownHeading')}
      </h2>
      <ul class="kt-known-terms">
        {shown.map(({ id, title }) => (
          <li key={id}>
            <span class="kt-row-title">{title}</span>
            <button type="button" class="kt-undo" aria-label={t('popupKnownUndo', title)} onClick={() => onUndo(id)}>
              {t('popupUnknow')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
