import { useEffect, useRef } from 'preact/hooks';
import { presentEntry } from '../../core/glossary/present';
import type { GlossaryEntry, Lang } from '../../core/glossary/types';
import type { FlagDraft } from '../../core/flags/edit';
import type { EntryFlag } from '../../core/flags/types';
import { t } from '../../platform/i18n';
import { FlagControl } from '../flags/FlagControl';
import { formatDay } from '../flags/format';

interface Props {
  entry: GlossaryEntry;
  lang: Lang;
  lookup: (id: string) => GlossaryEntry | undefined;
  onOpen: (id: string) => void;
  onBack: () => void;
  /** The reader said they know this term (it is not drawn). */
  known: boolean;
  onKnownChange: (known: boolean) => void;
  /** The reader's flag on this entry, if any. */
  flag?: EntryFlag;
  /** "Wrong or outdated?": stores the flag (false when it could not); no flag button without it. */
  onFlag?: (draft: FlagDraft) => Promise<boolean>;
}

/** One entry in full — the popover's content: short, long, related terms, category, source, date. */
export function EntryDetail({ entry, lang, lookup, onOpen, onBack, known, onKnownChange, flag, onFlag }: Props) {
  const view = presentEntry(entry, lang, lookup);
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the entry so keyboard and screen-reader users land on it;
  // again when a related term opens in place.
  useEffect(() => heading.current?.focus(), [entry.id]);
  const url = safeUrl(view.source.url);
  return (
    <article class="kt-detail" aria-labelledby="kt-detail-title">
      <button type="button" class="kt-back" onClick={onBack}>
        ← {t('popupBack')}
      </button>
      <h2 id="kt-detail-title" class="kt-detail-title" tabIndex={-1} ref={heading}>
        {view.title}
      </h2>
      <p class="kt-category">{t(`category_${view.category}`)}</p>
      <p class="kt-short">{view.short}</p>
      {view.long && view.long !== view.short && <p class="kt-long">{view.long}</p>}
      {view.related.length > 0 && (
        <section aria-labelledby="kt-related-heading">
          <h3 id="kt-related-heading" class="kt-subheading">
            {t('popupRelated')}
          </h3>
          <ul class="kt-related">
            {view.related.map((r) => (
              <li key={r.id}>
                <button type="button" class="kt-chip" onClick={() => onOpen(r.id)}>
                  {r.title}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="kt-source">
        {t('popupSource')}{' '}
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {view.source.label}
          </a>
        ) : (
          view.source.label
        )}
        {view.source.section ? ` · ${view.source.section}` : ''}
      </p>
      {view.checked && <p class="kt-checked">{t('popupChecked', formatDate(view.checked, lang))}</p>}
      <div class="kt-known">
        {known && <p class="kt-muted">{t('popupKnownNote')}</p>}
        <button type="button" class="kt-know" aria-pressed={known} onClick={() => onKnownChange(!known)}>
          {known ? t('popupUnknow') : t('popupKnow')}
        </button>
      </div>
      {onFlag && (
        <FlagControl
          key={entry.id}
          text={t}
          idPrefix="kt-flag"
          existing={flag ? { kind: flag.kind, note: flag.note, date: formatDay(flag.date, lang) } : null}
          onSave={onFlag}
        />
      )}
    </article>
  );
}

/** Only http(s) links; anything else (javascript:, data:…) is shown as plain text. */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "Januar 2025": the month is what a reader needs to judge how fresh a fact is. */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
