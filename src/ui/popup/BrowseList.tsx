import type { Lang } from '../../core/glossary/types';
import { entryTitle } from '../../core/glossary/localized';
import type { CategoryGroup } from '../../core/search/browse';
import { t } from '../../platform/i18n';
import { optionId } from './list-nav';

interface Props {
  id: string;
  groups: readonly CategoryGroup[];
  /** Id of the active entry, or null. */
  activeId: string | null;
  lang: Lang;
  onOpen: (id: string) => void;
  onHover: (id: string) => void;
}

/** The whole glossary by category, A–Z: what the popup shows before anything is typed. */
export function BrowseList({ id, groups, activeId, lang, onOpen, onHover }: Props) {
  return (
    <section class="kt-section" aria-labelledby="kt-browse-heading">
      <h2 id="kt-browse-heading" class="kt-heading">
        {t('popupBrowseHeading')}
      </h2>
      <div id={id} role="listbox" class="kt-list" aria-labelledby="kt-browse-heading">
        {groups.map((group) => (
          <div key={group.category} role="group" aria-labelledby={`kt-cat-${group.category}`}>
            <div id={`kt-cat-${group.category}`} role="presentation" class="kt-group-label">
              {group.label}
            </div>
            {group.entries.map((entry) => (
              <div
                key={entry.id}
                id={optionId(entry.id)}
                role="option"
                aria-selected={entry.id === activeId}
                class={entry.id === activeId ? 'kt-row kt-compact kt-active' : 'kt-row kt-compact'}
                onClick={() => onOpen(entry.id)}
                onMouseMove={() => entry.id !== activeId && onHover(entry.id)}
              >
                <span class="kt-row-title">{entryTitle(entry, lang)}</span>
              </div>
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}
