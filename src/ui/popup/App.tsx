import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { cleanAddRequest } from '../../core/add-term';
import type { GlossaryEntry, Lang } from '../../core/glossary/types';
import { addEntryUrl } from '../../platform/add-entry-url';
import type { SiteRule } from '../../core/settings/types';
import { loadPopupGlossary } from './glossary-source';
import { GlossaryPanel } from './GlossaryPanel';
import { KnownTerms } from './KnownTerms';
import { revealTerm } from './page-link';
import { PageTerms } from './PageTerms';
import { PopupFooter } from './PopupFooter';
import { takePendingSearch } from './pending-search';
import type { PopupParams } from './popup-params';
import { SiteControls } from './SiteControls';
import { setKnown } from './known-terms';
import { describeSite, removeRule, setPaused, switchSite } from './site-switch';
import { usePage } from './use-page';
import { useSettings } from './use-settings';

interface Props {
  params: PopupParams;
  lang: Lang;
}

export function App({ params, lang }: Props) {
  const [entries, setEntries] = useState<readonly GlossaryEntry[]>([]);
  const [initialQuery, setInitialQuery] = useState(params.query);
  const [blockedBy, setBlockedBy] = useState<SiteRule[]>([]);
  const [error, setError] = useState(false);
  const settings = useSettings();
  const { page, terms } = usePage(params.tabId);

  useEffect(() => {
    void loadPopupGlossary().then(setEntries);
    if (!params.query) {
      void takePendingSearch().then((query) => {
        if (query) setInitialQuery(query);
      });
    }
  }, [params.query]);

  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const lookup = (id: string): GlossaryEntry | undefined => byId.get(id);
  const site = settings ? describeSite({ page, settings, terms }) : null;
  const known = useMemo(() => new Set(settings?.knownTerms ?? []), [settings]);

  const guarded = async (edit: () => Promise<void>): Promise<void> => {
    try {
      await edit();
      setError(false);
    } catch {
      setError(true);
    }
  };
  const onReveal = (id: string): void => {
    if (!page) return;
    void revealTerm(page.tabId, id).then((shown) => {
      // A real popup steps aside so the page (and its popover) can be seen;
      // the popup page opened in a tab (`?tab=`) stays.
      if (shown && params.tabId === null) window.close();
    });
  };

  return (
    <div class="kt-popup">
      <GlossaryPanel
        entries={entries}
        lang={lang}
        initialQuery={initialQuery}
        known={known}
        onKnownChange={(id, value) => void guarded(() => setKnown(id, value))}
        onAddOwn={(query) =>
          void guarded(async () => {
            const request = cleanAddRequest({ term: query, lang }, lang);
            if (!request) return;
            await browser.tabs.create({ url: addEntryUrl(request) });
            // A real popup closes as the editor opens; the popup page opened in a tab stays.
            if (params.tabId === null) window.close();
          })
        }
      >
        <PageTerms terms={terms} lang={lang} lookup={lookup} onReveal={onReveal} />
        <KnownTerms known={settings?.knownTerms ?? []} lang={lang} lookup={lookup} onUndo={(id) => void guarded(() => setKnown(id, false))} />
      </GlossaryPanel>
      {site && (
        <SiteControls
          view={site}
          blockedBy={blockedBy}
          error={error}
          onSwitch={(on) =>
            void guarded(async () => {
              if (site.host) setBlockedBy((await switchSite(site.host, on)).blockedBy);
            })
          }
          onPause={(paused) => void guarded(() => setPaused(paused))}
          onRemoveRule={(rule) =>
            void guarded(async () => {
              await removeRule(rule);
              setBlockedBy((rules) => rules.filter((r) => r !== rule));
            })
          }
          onOptions={() => void browser.runtime.openOptionsPage()}
        />
      )}
      <PopupFooter lang={lang} />
    </div>
  );
}
