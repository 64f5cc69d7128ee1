import { useState } from 'preact/hooks';
import type { EntryView } from '../../core/glossary/present';
import type { FlagDraft } from '../../core/flags/edit';
import { FlagControl } from '../../ui/flags/FlagControl';
import { label } from './labels';
import { trusted } from '../trusted-input';

export interface PopoverCardProps {
  view: EntryView;
  isUserEntry: boolean;
  canGoBack: boolean;
  /**
   * The reader selected a form that is not marked here because its context
   * speaks for another sense: the entry is offered as a question.
   */
  suggestion?: boolean;
  /** "I know this": stop drawing the term everywhere (absent where it makes no sense). */
  onKnow?: () => void;
  /** "Wrong or outdated?": stores the reader's flag (false when it could not). */
  onFlag?: (draft: FlagDraft) => Promise<boolean>;
  /** The flag form opened or closed: while it is open the popover stays, wherever the pointer goes. */
  onFlagFormChange?: (open: boolean) => void;
  onRelated: (id: string) => void;
  onBack: () => void;
  onClose: () => void;
}

function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "Januar 2025": the month is what a reader needs to judge how fresh a fact is. */
function formatMonth(iso: string, lang: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' });
}

/** One entry: title, short explanation, the long one on demand, related terms, source and date. */
export function PopoverCard(props: PopoverCardProps) {
  const { view } = props;
  // Labels speak the explanation's language, whatever the browser's.
  const t = (key: string, ...subs: string[]) => label(view.lang, key, ...subs);
  const [expanded, setExpanded] = useState(false);
  const url = safeUrl(view.source.url);
  const source = view.source.section ? `${view.source.label}, „${view.source.section}“` : view.source.label;
  return (
    <div class="card" lang={view.lang} role="dialog" aria-label={t('popoverLabel', view.title)} aria-describedby="short">
      <div class="head">
        {props.canGoBack && (
          <button type="button" class="back" onClick={trusted(props.onBack)} aria-label={t('popoverBack')}>
            ←
          </button>
        )}
        <span class="category">{t(`category_${view.category}`)}</span>
        {props.isUserEntry && <span class="yours">{t('popoverYours')}</span>}
        <button type="button" class="close" onClick={trusted(props.onClose)} aria-label={t('popoverClose')} title={t('popoverClose')}>
          ×
        </button>
      </div>
      {props.suggestion && (
        <p class="suggestion" title={t('popoverDidYouMeanHint')}>
          {t('popoverDidYouMean', view.title)}
        </p>
      )}
      <h2>{view.title}</h2>
      <p class="short" id="short">{view.short}</p>
      {view.long && expanded && <p class="long">{view.long}</p>}
      {view.long && (
        <button type="button" class="more" aria-expanded={expanded} onClick={trusted(() => setExpanded(!expanded))}>
          {expanded ? t('popoverLess') : t('popoverMore')}
        </button>
      )}
      {view.related.length > 0 && (
        <div class="related">
          <span class="related-label">{t('popoverRelated')}</span>
          {view.related.map((r) => (
            <button type="button" class="chip" key={r.id} data-id={r.id} onClick={trusted(() => props.onRelated(r.id))}>
              {r.title}
            </button>
          ))}
        </div>
      )}
      <div class="meta">
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {t('popoverSource', source)}
          </a>
        ) : (
          <span>{t('popoverSource', source)}</span>
        )}
        {view.checked && <span class="checked"> · {t('popoverChecked', formatMonth(view.checked, view.lang))}</span>}
      </div>
      {props.onKnow && (
        <button type="button" class="know" title={t('popoverKnowHint')} onClick={trusted(props.onKnow)}>
          {t('popoverKnow')}
        </button>
      )}
      {props.onFlag && <FlagControl text={t} guard={trusted} idPrefix="flag" onSave={props.onFlag} onOpenChange={props.onFlagFormChange} />}
    </div>
  );
}
