import { CATEGORIES, type Category, type EntrySource, type Lang } from '../glossary/types';
import type { EntryView } from '../glossary/present';
import { FLAG_KINDS, FLAG_LIMITS, type FlagKind } from '../flags/types';

/**
 * The one message protocol between Klartext's parts. Every receiver runs
 * `parseMessage` first: anything that is not exactly one of these shapes is
 * dropped, so a message that did not come from Klartext cannot trigger anything.
 */

/** Why a page shows no highlights, or that it does. */
export type PageState = 'active' | 'site-off' | 'paused' | 'opted-out' | 'degraded';

export interface PageTermCount {
  id: string;
  count: number;
}

/** Content script → background: what this frame found (sent after each scan settles). */
export interface PageTermsReport {
  type: 'page-terms';
  state: PageState;
  terms: PageTermCount[];
}

/** Popup/background → content script (top frame answers for the tab, merging its frames' counts it knows). */
export interface GetPageTerms {
  type: 'get-page-terms';
}
export interface PageTermsReply {
  state: PageState;
  terms: PageTermCount[];
}

/** Popup → content: scroll to the next occurrence of a term and open its popover there. */
export interface RevealTerm {
  type: 'reveal-term';
  id: string;
}

/** Background (keyboard command) → content: open the keyboard list of this page's terms. */
export interface ShowTermList {
  type: 'show-term-list';
}

/** Background (context menu) → content: explain the selection if it is a term. */
export interface ExplainSelection {
  type: 'explain-selection';
  text: string;
}
export interface ExplainSelectionReply {
  shown: boolean;
}

/**
 * Background (context menu "Add to Klartext") → content: the selection in
 * this frame with the sentence around it, the text's language and the
 * page's title and address. Reply: `SelectionContextReply`, or null when
 * nothing is selected here.
 */
export interface GetSelectionContext {
  type: 'get-selection-context';
}
export interface SelectionContextReply {
  term: string;
  /** The `lang` around the selection ('' when none is given). */
  lang: string;
  example: string;
  pageTitle: string;
  url: string;
}

/** Popup → background: open the popup's search with a query (after a context-menu miss). */
export interface GetPendingSearch {
  type: 'get-pending-search';
}
/** The query the context menu left for the popup (taken once), or null. */
export interface PendingSearchReply {
  query: string | null;
}

/**
 * Popup → background: what Klartext found in a tab, merged over all its
 * frames (the badge's numbers). Reply: a `TabTermsReply`, or null when the
 * tab has not reported since it loaded.
 */
export interface GetTabTerms {
  type: 'get-tab-terms';
  tabId: number;
}

/**
 * Content → background: an entry as the popover shows it. The content script
 * carries only what matching needs (ids, titles, forms); explanations stay in
 * the background, so every frame of every tab does not hold them all.
 */
export interface GetEntry {
  type: 'get-entry';
  id: string;
  lang: Lang;
}
export interface EntryReply {
  view: EntryView | null;
  isUserEntry: boolean;
}

export interface TabTermsReply extends PageTermsReply {
  /**
   * The top frame's address as its content script's messages gave it. Klartext
   * has no "tabs" permission, so `tabs.Tab.url` is hidden unless activeTab was
   * granted (it is for the real popup, not for popup.html opened in a tab).
   */
  url: string | null;
}

/**
 * Popup → background: reveal a term in whichever frame of the tab has it (the
 * background knows each frame's counts), the top frame first. Reply: `{ shown }`.
 */
export interface RevealInTab {
  type: 'reveal-in-tab';
  tabId: number;
  id: string;
}

/**
 * Content → background: the reader flags an entry in the popover as wrong or
 * outdated. The background stores it, with the entry's title and date from
 * its own glossary, so the page's process writes none of the reader's data.
 * Reply: `FlagEntryReply`.
 */
export interface FlagEntry {
  type: 'flag-entry';
  id: string;
  /** The language the entry was shown in (the flag keeps its title in it). */
  lang: Lang;
  kind: FlagKind;
  note: string;
}
export interface FlagEntryReply {
  saved: boolean;
}

export type ToContentMessage = GetPageTerms | RevealTerm | ShowTermList | ExplainSelection | GetSelectionContext;
export type ToBackgroundMessage = PageTermsReport | GetPendingSearch | GetTabTerms | GetEntry | RevealInTab | FlagEntry;
export type Message = ToContentMessage | ToBackgroundMessage;

const PAGE_STATES: readonly PageState[] = ['active', 'site-off', 'paused', 'opted-out', 'degraded'];
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*(?::[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const MAX_TERMS = 5000;
const MAX_TEXT = 500;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isTermId(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 140 && ID_RE.test(v);
}

function isTermCounts(v: unknown): v is PageTermCount[] {
  return (
    Array.isArray(v) &&
    v.length <= MAX_TERMS &&
    v.every(
      (t) => isRecord(t) && isTermId(t.id) && Number.isSafeInteger(t.count) && (t.count as number) >= 0,
    )
  );
}

export function isPageState(v: unknown): v is PageState {
  return typeof v === 'string' && (PAGE_STATES as readonly string[]).includes(v);
}

/** Returns the message if it is well-formed, otherwise null. Extra fields are dropped. */
export function parseMessage(raw: unknown): Message | null {
  if (!isRecord(raw)) return null;
  switch (raw.type) {
    case 'page-terms':
      return isPageState(raw.state) && isTermCounts(raw.terms)
        ? { type: 'page-terms', state: raw.state, terms: raw.terms.map((t) => ({ id: t.id, count: t.count })) }
        : null;
    case 'get-page-terms':
      return { type: 'get-page-terms' };
    case 'reveal-term':
      return isTermId(raw.id) ? { type: 'reveal-term', id: raw.id } : null;
    case 'show-term-list':
      return { type: 'show-term-list' };
    case 'explain-selection':
      return typeof raw.text === 'string' && raw.text.length <= MAX_TEXT
        ? { type: 'explain-selection', text: raw.text }
        : null;
    case 'get-selection-context':
      return { type: 'get-selection-context' };
    case 'get-pending-search':
      return { type: 'get-pending-search' };
    case 'get-tab-terms':
      return Number.isSafeInteger(raw.tabId) && (raw.tabId as number) >= 0
        ? { type: 'get-tab-terms', tabId: raw.tabId as number }
        : null;
    case 'reveal-in-tab':
      return Number.isSafeInteger(raw.tabId) && (raw.tabId as number) >= 0 && isTermId(raw.id)
        ? { type: 'reveal-in-tab', tabId: raw.tabId as number, id: raw.id }
        : null;
    case 'get-entry':
      return isTermId(raw.id) && (raw.lang === 'de' || raw.lang === 'en')
        ? { type: 'get-entry', id: raw.id, lang: raw.lang }
        : null;
    case 'flag-entry':
      return isTermId(raw.id) && (raw.lang === 'de' || raw.lang === 'en') && (FLAG_KINDS as readonly unknown[]).includes(raw.kind) && isText(raw.note, FLAG_LIMITS.note)
        ? { type: 'flag-entry', id: raw.id, lang: raw.lang, kind: raw.kind as FlagKind, note: raw.note }
        : null;
    default:
      return null;
  }
}

export function parsePageTermsReply(raw: unknown): PageTermsReply | null {
  if (!isRecord(raw) || !isPageState(raw.state) || !isTermCounts(raw.terms)) return null;
  return { state: raw.state, terms: raw.terms.map((t) => ({ id: t.id, count: t.count })) };
}

export function parsePendingSearchReply(raw: unknown): PendingSearchReply | null {
  if (!isRecord(raw)) return null;
  if (raw.query === null) return { query: null };
  return typeof raw.query === 'string' && raw.query.length <= MAX_TEXT ? { query: raw.query } : null;
}

/** A content script's selection context, each field a string of bounded length (the background cleans it further). */
export function parseSelectionContextReply(raw: unknown): SelectionContextReply | null {
  if (!isRecord(raw)) return null;
  const { term, lang, example, pageTitle, url } = raw;
  if (!isText(term, MAX_TEXT) || !isText(lang, 35) || !isText(example, 4000) || !isText(pageTitle, 2000) || !isText(url, 4000)) return null;
  return { term, lang, example, pageTitle, url };
}

export function parseFlagEntryReply(raw: unknown): FlagEntryReply | null {
  return isRecord(raw) && typeof raw.saved === 'boolean' ? { saved: raw.saved } : null;
}

export function parseExplainSelectionReply(raw: unknown): ExplainSelectionReply | null {
  return isRecord(raw) && typeof raw.shown === 'boolean' ? { shown: raw.shown } : null;
}

function isText(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

function parseSource(raw: unknown): EntrySource | null {
  if (!isRecord(raw) || !isText(raw.label, 400)) return null;
  const source: EntrySource = { label: raw.label };
  if (raw.section !== undefined) {
    if (!isText(raw.section, 400)) return null;
    source.section = raw.section;
  }
  if (raw.url !== undefined) {
    if (!isText(raw.url, 2000)) return null;
    source.url = raw.url;
  }
  return source;
}

function parseEntryView(raw: unknown): EntryView | null {
  if (!isRecord(raw) || !isTermId(raw.id) || (raw.lang !== 'de' && raw.lang !== 'en')) return null;
  if (!isText(raw.title, 200) || !isText(raw.short, 1000) || !isText(raw.long, 8000)) return null;
  if (!(CATEGORIES as readonly unknown[]).includes(raw.category)) return null;
  const related = raw.related;
  if (!Array.isArray(related) || related.length > 100) return null;
  if (!related.every((r) => isRecord(r) && isTermId(r.id) && isText(r.title, 200))) return null;
  const source = parseSource(raw.source);
  if (!source) return null;
  if (raw.checked !== undefined && !isText(raw.checked, 10)) return null;
  return {
    id: raw.id,
    lang: raw.lang,
    title: raw.title,
    short: raw.short,
    long: raw.long,
    category: raw.category as Category,
    related: related.map((r) => ({ id: r.id as string, title: r.title as string })),
    source,
    ...(typeof raw.checked === 'string' ? { checked: raw.checked } : {}),
  };
}

export function parseEntryReply(raw: unknown): EntryReply | null {
  if (!isRecord(raw) || typeof raw.isUserEntry !== 'boolean') return null;
  if (raw.view === null) return { view: null, isUserEntry: raw.isUserEntry };
  const view = parseEntryView(raw.view);
  return view ? { view, isUserEntry: raw.isUserEntry } : null;
}

const MAX_URL = 4096;

export function parseTabTermsReply(raw: unknown): TabTermsReply | null {
  const base = parsePageTermsReply(raw);
  if (!base || !isRecord(raw)) return null;
  const url = typeof raw.url === 'string' && raw.url.length <= MAX_URL ? raw.url : null;
  return { ...base, url };
}
