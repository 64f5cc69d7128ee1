import { browser } from 'wxt/browser';
import { FLAG_LIMITS } from '../core/flags/types';
import { compileMatcher, type Matcher } from '../core/matcher';
import { compileSenses, type SenseIndex } from '../core/sense';
import { chooseLang } from '../core/glossary/present';
import { entryTitle } from '../core/glossary/localized';
import type { MatchEntry } from '../core/glossary/types';
import { parseToContent, type PageState, type ToContentMessage } from '../core/protocol/messages';
import { dispatch, type Handlers, type PageTermsReply } from '../core/protocol/replies';
import { DEFAULT_SETTINGS } from '../core/settings/defaults';
import { isSiteEnabled } from '../core/settings/site-rules';
import type { Settings } from '../core/settings/types';
import { withKnownTerm } from '../core/settings/known-terms';
import { sendToBackground } from '../platform/messaging';
import { loadSettings, updateSettings, watchSettings } from '../storage/settings-store';
import { EntryViews } from './entry-views';
import { bundledSenseCues, loadGlossary, watchGlossary, type GlossarySnapshot } from './glossary-source';
import { highlightCss, isDefaultHighlightCss, pageIsDark } from './highlight-style';
import { Interaction } from './interaction';
import { PopoverHost } from './popover/popover-host';
import { withoutPrivate } from './private-terms';
import { ScanSession } from './scan-session';
import { selectionContext } from './selection-context';
import { pageOptsOut, siteHostFor } from './site-host';

const REPORT_DELAY_MS = 250;

/** Klartext in one frame: settings and glossary in, highlights and popovers out. */
export class Controller {
  private settings: Settings = DEFAULT_SETTINGS;
  private glossary: GlossarySnapshot = { entries: () => [], senses: [], private: new Set(), matcher: null };
  /** Titles by id, made when a title is first asked for (a large glossary's list is read only then). */
  private byId: Map<string, MatchEntry> | null = null;
  private readonly views = new EntryViews();
  private matcher: Matcher | null = null;
  private senses: SenseIndex | null = null;
  private session: ScanSession | null = null;
  private state: PageState = 'active';
  private reportTimer = 0;
  private readonly popover: PopoverHost;
  private readonly interaction: Interaction;
  private readonly cleanups: (() => void)[] = [];
  private stopped = false;
  private readonly isAlive: () => boolean;

  constructor(
    private readonly doc: Document,
    extensionAlive: () => boolean = () => true,
  ) {
    // The first time the extension is found gone (updated, reloaded, removed), the page is left as it was.
    this.isAlive = () => {
      if (this.stopped) return false;
      if (extensionAlive()) return true;
      this.stop();
      return false;
    };
    this.popover = new PopoverHost(doc);
    this.interaction = new Interaction({
      doc,
      isAlive: this.isAlive,
      popover: this.popover,
      session: () => this.session,
      hoverDelayMs: () => this.settings.hoverDelayMs,
      entry: (id, ctx) => this.views.get(id, chooseLang({ preference: this.settings.explanationLang, ...ctx })),
      title: (id) => this.title(id),
      matchText: (text, lang) => this.matcher?.match(text, { lang }) ?? [],
      isAmbiguous: (id) => this.senses?.byId.has(id) ?? false,
      markKnown: (id) => {
        updateSettings((s) => withKnownTerm(s, id, true)).catch(() => {
          // Storage refused (quota, extension reloading): the term stays marked, nothing else changes.
        });
      },
      flagEntry: async (id, lang, draft) => {
        // The background stores the flag: the reader's data is not written from the page's process.
        try {
          const reply = await sendToBackground({ type: 'flag-entry', id, lang, kind: draft.kind, note: draft.note.slice(0, FLAG_LIMITS.note) });
          return reply?.saved === true;
        } catch {
          return false;
        }
      },
    });
  }

  async start(): Promise<void> {
    const onMessage = (raw: unknown) => this.onMessage(raw);
    browser.runtime.onMessage.addListener(onMessage);
    this.cleanups.push(() => browser.runtime.onMessage.removeListener(onMessage));
    if (pageOptsOut(this.doc)) {
      this.state = 'opted-out';
      this.report();
      return;
    }
    const began = performance.now();
    const [loaded, glossary] = await Promise.all([loadSettings(), loadGlossary()]);
    // A newer copy of this script may have taken over while storage answered.
    if (this.stopped) return;
    this.settings = loaded.settings;
    this.setGlossary(glossary);
    // The frame's start, for the benchmark: settings and glossary read, the matcher ready to scan (a prebuilt one) or to compile (bundled terms alone).
    performance.measure('klartext:glossary', { start: began, detail: { prebuilt: glossary.matcher !== null, forms: glossary.matcher?.size ?? 0 } });
    this.cleanups.push(
      watchSettings((next) => this.onSettings(next)),
      watchGlossary((next) => {
        this.setGlossary(next);
        this.refresh(true);
      }),
    );
    this.interaction.attach();
    // A page restored from the back/forward cache keeps its marks; the
    // background forgot the tab's counts when it navigated away.
    const onPageShow = (e: PageTransitionEvent) => {
      if (e.persisted) this.report();
    };
    window.addEventListener('pageshow', onPageShow);
    this.cleanups.push(
      () => this.interaction.detach(),
      () => window.removeEventListener('pageshow', onPageShow),
    );
    this.refresh(true);
  }

  /** Removes every trace from the page: highlights, popover, listeners. */
  stop(): void {
    this.stopped = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    window.clearTimeout(this.reportTimer);
    this.session?.stop();
    this.session = null;
    this.popover.dispose();
  }

  private setGlossary(glossary: GlossarySnapshot): void {
    this.glossary = glossary;
    this.byId = null;
    this.views.clear();
    this.matcher = null;
    this.senses = null;
  }

  private onSettings(next: Settings): void {
    const before = this.settings;
    this.settings = next;
    const rescan =
      before.firstOnly !== next.firstOnly ||
      before.hiddenCategories.join() !== next.hiddenCategories.join() ||
      before.drawFamiliar !== next.drawFamiliar ||
      before.knownTerms.join() !== next.knownTerms.join() ||
      this.enabled(before) !== this.enabled(next);
    if (rescan) {
      this.matcher = null;
      this.senses = null;
    }
    this.refresh(rescan);
  }

  private enabled(settings: Settings): boolean {
    return !settings.paused && isSiteEnabled(settings, siteHostFor(window));
  }

  /** Applies the current settings: (re)scan when needed, else only restyle. */
  private refresh(rescan: boolean): void {
    const on = this.enabled(this.settings);
    this.state = on ? 'active' : this.settings.paused ? 'paused' : 'site-off';
    if (!on) {
      this.interaction.close();
      this.session?.stop();
      this.session = null;
      this.report();
      return;
    }
    const css = highlightCss(this.settings, pageIsDark(this.doc));
    const injected = isDefaultHighlightCss(css, DEFAULT_SETTINGS);
    if (this.session && !rescan) {
      this.session.setStyle(css, injected);
      return;
    }
    this.interaction.close();
    this.session?.stop();
    const matcher = this.currentMatcher();
    const senses = this.senses as SenseIndex;
    const known = new Set(this.settings.knownTerms);
    const drawFamiliar = this.settings.drawFamiliar;
    this.session = new ScanSession({
      doc: this.doc,
      matcher: withoutPrivate(matcher, this.glossary.private),
      senses,
      isQuiet: (id) => known.has(id) || (!drawFamiliar && senses.familiar.has(id)),
      firstOnly: this.settings.firstOnly,
      css,
      cssIsInjected: injected,
      isOwnNode: (node) => this.popover.isOwnNode(node),
      onScanned: () => this.scheduleReport(),
      onDegraded: (degraded) => {
        this.state = degraded ? 'degraded' : 'active';
        this.report();
      },
    });
    this.session.start();
  }

  /** The matcher and sense rules for the entries shown (compiled together, once per glossary and settings). */
  private currentMatcher(): Matcher {
    if (!this.matcher || !this.senses) {
      const hidden = new Set(this.settings.hiddenCategories);
      const shown = (e: MatchEntry) => !hidden.has(e.category);
      // The prebuilt matcher covers every category; hiding one takes its forms out, so shorter overlapping ones can match.
      const prebuilt = hidden.size === 0 ? this.glossary.matcher : null;
      this.matcher = prebuilt ?? compileMatcher(this.glossary.entries().filter(shown));
      this.senses = compileSenses(this.glossary.senses.filter(shown), bundledSenseCues);
    }
    return this.matcher;
  }

  /** A term's title in the language the reader gets explanations in (the page's, by default). */
  private title(id: string): string {
    this.byId ??= new Map(this.glossary.entries().map((e) => [e.id, e]));
    const entry = this.byId.get(id);
    if (!entry) return id;
    const lang = chooseLang({
      preference: this.settings.explanationLang,
      textLang: this.doc.documentElement.lang,
      formLang: 'de',
    });
    return entryTitle(entry, lang);
  }

  private pageTerms(): PageTermsReply {
    return { state: this.state, terms: this.session?.store.termCounts() ?? [] };
  }

  private scheduleReport(): void {
    window.clearTimeout(this.reportTimer);
    this.reportTimer = window.setTimeout(() => this.report(), REPORT_DELAY_MS);
  }

  private report(): void {
    if (!this.isAlive()) return;
    sendToBackground({ type: 'page-terms', ...this.pageTerms() }).catch(() => {
      // The background may be asleep or reloading; the next scan reports again.
    });
  }

  private readonly handlers: Handlers<ToContentMessage> = {
    'get-page-terms': () => this.pageTerms(),
    'reveal-term': (message) => ({ shown: this.interaction.revealTerm(message.id) }),
    'show-term-list': () => {
      if (window !== window.top) return undefined;
      this.interaction.showTermList();
      return { shown: true };
    },
    'explain-selection': () => ({ shown: this.interaction.explainSelection() }),
    'get-selection-context': () => selectionContext(document),
  };

  private onMessage(raw: unknown): Promise<unknown> | undefined {
    const message = parseToContent(raw);
    return message ? dispatch(this.handlers, message, undefined) : undefined;
  }
}
