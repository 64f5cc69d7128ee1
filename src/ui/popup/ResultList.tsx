import type { Lang } from '../../core/glossary/types';
import { entryTitle } from '../../core/glossary/localized';
import type { SearchHit, TextRange } from '../../core/search/glossary-search';
import { snippetAround } from '../../core/search/snippet';
import { t } from '../../platform/i18n';
import { Highlighted } from './Highlighted';
import { optionId } from './list-nav';

interface Props {
  id: string;
  hits: readonly SearchHit[];
  active: number;
  lang: Lang;
  onOpen: (id: string) => void;
  onHover: (index: number) => void;
}

export function ResultList({ id, hits, active, lang, onOpen, onHover }: Props) {
  return (
    <ul id={id} role="listbox" class="kt-list" aria-label={t('popupResultsLabel')}>
      {hits.map((hit, i) => (
        <li
          key={hit.entry.id}
          id={optionId(hit.entry.id)}
          role="option"
          aria-selected={i === active}
          class={i === active ? 'kt-row kt-active' : 'kt-row'}
          onClick={() => onOpen(hit.entry.id)}
          onMouseMove={() => i !== active && onHover(i)}
        >
          <ResultRow hit={hit} lang={lang} />
        </li>
      ))}
    </ul>
  );
}

function ResultRow({ hit, lang }: { hit: SearchHit; lang: Lang }) {
  const title = entryTitle(hit.entry, lang);
  const name = hit.name;
  const onTitle = name !== undefined && name.text === title;
  return (
    <>
      <span class="kt-row-title">{onTitle ? <Highlighted text={title} ranges={name.ranges} /> : title}</span>
      {name && !onTitle && (
        <span class="kt-row-detail">
          {t('popupAlso')} <Highlighted text={name.text} ranges={name.ranges} />
        </span>
      )}
      {hit.explanation && <Snippet text={hit.explanation.text} ranges={hit.explanation.ranges} />}
      {onTitle && <span class="kt-row-detail">{t(`category_${hit.entry.category}`)}</span>}
    </>
  );
}

function Snippet(props: { text: string; ranges: readonly TextRange[] }) {
  const snippet = snippetAround(props.text, props.ranges, { radius: 36 });
  return (
    <span class="kt-row-detail">
      <Highlighted text={snippet.text} ranges={snippet.ranges} />
    </span>
  );
}
