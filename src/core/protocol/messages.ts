/**
 * The one message protocol between Klartext's parts, declared once as
 * schemas: each message's TypeScript type is inferred from its schema, so the
 * two cannot drift apart. Every receiver parses first: anything that is not
 * exactly one of these shapes is dropped (extra fields too), so a message
 * that did not come from Klartext cannot trigger anything. What each request
 * is answered with: `replies.ts`.
 */
import * as v from 'valibot';
import { CATEGORIES, LANGS } from '../glossary/types';
import { FLAG_KINDS, FLAG_LIMITS } from '../flags/types';
import { wholeNumber } from '../schema/issues';

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*(?::[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const MAX_TERMS = 5000;
const MAX_TEXT = 500;

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const termId = v.pipe(v.string(), v.maxLength(140), v.regex(ID_RE));
export const lang = v.picklist(LANGS);
export const category = v.picklist(CATEGORIES);
const tabId = wholeNumber(0, Number.MAX_SAFE_INTEGER);

/** Why a page shows no highlights, or that it does. */
export const PAGE_STATES = ['active', 'site-off', 'paused', 'opted-out', 'degraded'] as const;
export type PageState = (typeof PAGE_STATES)[number];
const pageState = v.picklist(PAGE_STATES);

const termCount = v.object({ id: termId, count: wholeNumber(0, Number.MAX_SAFE_INTEGER) });
export type PageTermCount = v.InferOutput<typeof termCount>;

/** What a frame found: its state and how often each term occurs. */
export const pageTerms = { state: pageState, terms: v.pipe(v.array(termCount), v.maxLength(MAX_TERMS)) };

/** Content script → background: what this frame found (sent after each scan settles). */
const PageTermsReport = v.object({ type: v.literal('page-terms'), ...pageTerms });
/** Popup/background → content script (top frame answers for the tab, merging its frames' counts it knows). */
const GetPageTerms = v.object({ type: v.literal('get-page-terms') });
/** Popup → content: scroll to the next occurrence of a term and open its popover there. */
const RevealTerm = v.object({ type: v.literal('reveal-term'), id: termId });
/** Background (keyboard command) → content: open the keyboard list of this page's terms. */
const ShowTermList = v.object({ type: v.literal('show-term-list') });
/** Background (context menu) → content: explain the selection if it is a term. */
const ExplainSelection = v.object({ type: v.literal('explain-selection'), text: text(MAX_TEXT) });
/**
 * Background (context menu "Add to Klartext") → content: the selection in
 * this frame with the sentence around it, the text's language and the
 * page's title and address (null when nothing is selected here).
 */
const GetSelectionContext = v.object({ type: v.literal('get-selection-context') });
/** Popup → background: open the popup's search with a query (after a context-menu miss). */
const GetPendingSearch = v.object({ type: v.literal('get-pending-search') });
/** Popup → background: what Klartext found in a tab, merged over all its frames (the badge's numbers). */
const GetTabTerms = v.object({ type: v.literal('get-tab-terms'), tabId });
/**
 * Content → background: an entry as the popover shows it. The content script
 * carries only what matching needs (ids, titles, forms); explanations stay in
 * the background, so every frame of every tab does not hold them all.
 */
const GetEntry = v.object({ type: v.literal('get-entry'), id: termId, lang });
/** Popup → background: reveal a term in whichever frame of the tab has it (the background knows each frame's counts), the top frame first. */
const RevealInTab = v.object({ type: v.literal('reveal-in-tab'), tabId, id: termId });
/**
 * Content → background: the reader flags an entry in the popover as wrong or
 * outdated. The background stores it, with the entry's title and date from
 * its own glossary, so the page's process writes none of the reader's data.
 * `lang`: the language the entry was shown in (the flag keeps its title in it).
 */
const FlagEntry = v.object({ type: v.literal('flag-entry'), id: termId, lang, kind: v.picklist(FLAG_KINDS), note: text(FLAG_LIMITS.note) });

/** Requests a content script answers, by type. */
const TO_CONTENT = {
  'get-page-terms': GetPageTerms,
  'reveal-term': RevealTerm,
  'show-term-list': ShowTermList,
  'explain-selection': ExplainSelection,
  'get-selection-context': GetSelectionContext,
};
/** Reports and requests for the background, by type. */
const TO_BACKGROUND = {
  'page-terms': PageTermsReport,
  'get-pending-search': GetPendingSearch,
  'get-tab-terms': GetTabTerms,
  'get-entry': GetEntry,
  'reveal-in-tab': RevealInTab,
  'flag-entry': FlagEntry,
};

type Outputs<S extends Record<string, v.GenericSchema>> = { [T in keyof S]: v.InferOutput<S[T]> }[keyof S];
export type ToContentMessage = Outputs<typeof TO_CONTENT>;
export type ToBackgroundMessage = Outputs<typeof TO_BACKGROUND>;
export type Message = ToContentMessage | ToBackgroundMessage;
export type MessageType = Message['type'];
/** The message of one type: `MessageOf<'get-entry'>`. */
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

export type PageTermsReport = MessageOf<'page-terms'>;
export type FlagEntry = MessageOf<'flag-entry'>;

/** The message if it is well-formed and one of `schemas`' types, otherwise null. Extra fields are dropped. */
function parseOneOf<S extends Record<string, v.GenericSchema>>(schemas: S, raw: unknown): Outputs<S> | null {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(schemas, type)) return null;
  const result = v.safeParse(schemas[type] as v.GenericSchema, raw);
  return result.success ? (result.output as Outputs<S>) : null;
}

/** Any of Klartext's messages (the popup listens to page reports), or null. */
export function parseMessage(raw: unknown): Message | null {
  return parseToContent(raw) ?? parseToBackground(raw);
}

/** A message for a content script, or null (also for messages meant for the background). */
export function parseToContent(raw: unknown): ToContentMessage | null {
  return parseOneOf(TO_CONTENT, raw);
}

/** A message for the background, or null (also for messages meant for content scripts). */
export function parseToBackground(raw: unknown): ToBackgroundMessage | null {
  return parseOneOf(TO_BACKGROUND, raw);
}
