import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GlossaryEntry, Lang } from '../../core/glossary/types';
import { groupByCategory } from '../../core/search/browse';
import { createSearchIndex, prepareSearch, searchGlossary } from '../../core/search/glossary-search';
import { plural, t } from '../../platform/i18n';
import { BrowseList } from './BrowseList';
import { useFlags } from '../flags/use-flags';
import { EntryDetail } from './EntryDetail';
import { flagEntry } from './flags';
import { moveActive, optionId } from './list-nav';
import { ResultList } from './ResultList';
import { SearchBox } from './SearchBox';

interface Props {
  entries: readonly GlossaryEntry[];
  lang: Lang;
  /** The search to start with; a later change (the context menu's pending search) applies while the field is untouched. */
  initialQuery: string;
  /** Shown above the A–Z list while nothing is typed ("On this page"). */
  children?: ComponentChildren;
  /** Terms the reader said they know. */
  known: ReadonlySet<string>;
  onKnownChange: (id: string, known: boolean) => void;
  /** "Add … as your own entry", offered when a search finds nothing. */
  onAddOwn: (query: string) => void;
}

const LIST_ID = 'kt-list';

/** Search, browse A–Z, and the entry detail view that opens in place. */
export function GlossaryPanel({ entries, lang, initialQuery, children, known, onKnownChange, onAddOwn }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const touched = useRef(false);
  const [chosenId, setActiveId] = useState<string | null>(null);
  const [stack, setStack] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const flags = useFlags();

  useEffect(() => {
    if (touched.current) return;
    setActiveId(null);
    setQuery(initialQuery);
  }, [initialQuery]);

  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const index = useMemo(() => createSearchIndex(entries), [entries]);
  // The fuzzy and explanation parts of the index are built after the popup
  // is shown (effects run after paint), not on the reader's first keys: tens
  // of ms with 10,000 own entries.
  useEffect(() => {
    const handle = setTimeout(() => prepareSearch(index), 0);
    return () => clearTimeout(handle);
  }, [index]);
  const hits = useMemo(() => searchGlossary(index, query, { lang }), [index, query, lang]);
  const groups = useMemo(() => groupByCategory(entries, { lang, label: (c) => t(`category_${c}`) }), [entries, lang]);
  const searching = query.trim() !== '';
  const rows = useMemo(
    () => (searching ? hits.map((h) => h.entry.id) : groups.flatMap((g) => g.entries.map((e) => e.id))),
    [searching, hits, groups],
  );
  // Derived, not stored: a new query starts at its best hit (Enter opens what
  // is on top) even when keys arrive before any effect could run.
  const activeId = chosenId !== null && rows.includes(chosenId) ? chosenId : searching ? (rows[0] ?? null) : null;
  useEffect(() => {
    const row = activeId ? document.getElementById(optionId(activeId)) : null;
    if (row && typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const open = (id: string): void => {
    if (byId.has(id)) setStack((s) => [...s, id]);
  };
  const back = (): void => {
    setStack((s) => s.slice(0, -1));
  };
  const detail = stack.length > 0 ? byId.get(stack[stack.length - 1] as string) : undefined;
  useEffect(() => {
    if (!detail) input.current?.focus();
  }, [detail]);

  const onKeyDown = (event: KeyboardEvent): void => {
    const current = activeId === null ? -1 : rows.indexOf(activeId);
    if (['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp'].includes(event.key)) {
      event.preventDefault();
      setActiveId(rows[moveActive(current, event.key, rows.length)] ?? null);
    } else if (event.key === 'Enter') {
      if (activeId) {
        event.preventDefault();
        open(activeId);
      }
    } else if (event.key === 'Escape' && query !== '') {
      // First Escape clears the search; the next one closes the popup as usual.
      event.preventDefault();
      touched.current = true;
      setActiveId(null);
      setQuery('');
    }
  };

  if (detail) {
    return (
      // Focusable: the region scrolls, and a keyboard must be able to scroll it (WCAG 2.1.1).
      <main class="kt-main" tabIndex={0} onKeyDown={(e) => handleDetailKey(e, back)}>
        <EntryDetail
          entry={detail}
          lang={lang}
          lookup={(id) => byId.get(id)}
          onOpen={open}
          onBack={back}
          known={known.has(detail.id)}
          onKnownChange={(value) => onKnownChange(detail.id, value)}
          flag={flags?.value.flags.find((f) => f.entry === detail.id)}
          onFlag={(draft) => flagEntry(detail, lang, draft)}
        />
      </main>
    );
  }
  return (
    <>
      <SearchBox
        inputRef={input}
        value={query}
        listId={LIST_ID}
        activeOptionId={activeId ? optionId(activeId) : null}
        expanded={rows.length > 0}
        onInput={(value) => {
          touched.current = true;
          setActiveId(null);
          setQuery(value);
        }}
        onKeyDown={onKeyDown}
      />
      <main class="kt-main" tabIndex={0}>
        <p role="status" class="kt-sr">
          {searching ? resultsText(hits.length) : ''}
        </p>
        {searching ? (
          hits.length > 0 ? (
            <ResultList id={LIST_ID} hits={hits} active={rows.indexOf(activeId ?? '')} lang={lang} onOpen={open} onHover={(i) => setActiveId(rows[i] ?? null)} />
          ) : (
            <div class="kt-empty">
              <p>{t('popupNoResults', query.trim())}</p>
              <button type="button" class="kt-add-own" onClick={() => onAddOwn(query.trim())}>
                {t('popupAddOwn', query.trim())}
              </button>
            </div>
          )
        ) : (
          <>
            {children}
            <BrowseList id={LIST_ID} groups={groups} activeId={activeId} lang={lang} onOpen={open} onHover={setActiveId} />
          </>
        )}
      </main>
    </>
  );
}

function handleDetailKey(event: KeyboardEvent, back: () => void): void {
  if (event.key !== 'Escape') return;
  // Back to the list rather than closing the popup.
  event.preventDefault();
  event.stopPropagation();
  back();
}

function resultsText(n: number): string {
  if (n === 0) return t('popupResultsNone');
  return plural('popupResults', n, n);
}
