import { useEffect, useRef, useState } from 'preact/hooks';
import { plural, t } from '../../platform/i18n';
import { trusted } from '../trusted-input';

export interface TermListItem {
  id: string;
  title: string;
  count: number;
}

export interface TermListProps {
  items: TermListItem[];
  onChoose: (id: string) => void;
  onClose: () => void;
}

/** What a screen reader says when the list opens: how many terms, or that there are none. */
export function termListAnnouncement(count: number): string {
  return count === 0 ? t('termListEmpty') : `${t('termListTitle')}: ${plural('termListCount', count, count)}`;
}

/** The keyboard way in: every term on the page, chosen with arrows and Enter. */
export function TermList({ items, onChoose, onClose }: TermListProps) {
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => listRef.current?.focus(), []);
  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, items.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(items.length - 1);
    else if (e.key === 'Enter' && items[active]) onChoose(items[active].id);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div class="card" role="dialog" aria-label={t('termListTitle')}>
      <div class="head">
        <h2>{t('termListTitle')}</h2>
        <button type="button" class="close" onClick={trusted(onClose)} aria-label={t('popoverClose')}>
          ×
        </button>
      </div>
      {items.length === 0 ? (
        <p>{t('termListEmpty')}</p>
      ) : (
        <ul
          class="list"
          role="listbox"
          tabIndex={0}
          ref={listRef}
          aria-label={t('termListTitle')}
          aria-activedescendant={`klartext-term-${active}`}
          onKeyDown={trusted(onKeyDown)}
        >
          {items.map((item, i) => (
            <li
              key={item.id}
              id={`klartext-term-${i}`}
              data-index={i}
              role="option"
              aria-selected={i === active}
              onClick={trusted(() => onChoose(item.id))}
            >
              <span>{item.title}</span>
              <span class="count">{item.count}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="hint">{t('termListHint')}</p>
    </div>
  );
}
