/**
 * What each request is answered with, in one map: a reply's type is inferred
 * from its schema, a handler must return exactly it (`Handlers`), and a
 * caller gets it back typed and validated (`parseReply`). `undefined` for
 * reports that get no answer. A receiver may also stay silent (a sender it
 * does not serve, a frame that is not the top one): callers treat that, and
 * any reply that does not parse, as null.
 */
import * as v from 'valibot';
import { category, lang, pageTerms, termId, text, type Message, type MessageOf, type MessageType } from './messages';

const MAX_TEXT = 500;
const MAX_URL = 4096;

const shown = v.object({ shown: v.boolean() });
const pageTermsReply = v.object(pageTerms);

const source = v.object({ label: text(400), section: v.optional(text(400)), url: v.optional(text(2000)) });
/** An entry as the popover shows it in one language: text only, known categories, bounded sizes. */
const entryView = v.object({
  id: termId,
  lang,
  title: text(200),
  short: text(1000),
  long: text(8000),
  category,
  related: v.pipe(v.array(v.object({ id: termId, title: text(200) })), v.maxLength(100)),
  source,
  checked: v.optional(text(10)),
});

const REPLIES = {
  'page-terms': v.undefined(),
  'get-page-terms': pageTermsReply,
  'reveal-term': shown,
  'show-term-list': shown,
  'explain-selection': shown,
  /** The selection with the sentence around it (the background cleans it further); null when nothing is selected here. */
  'get-selection-context': v.nullable(
    v.object({ term: text(MAX_TEXT), lang: text(35), example: text(4000), pageTitle: text(2000), url: text(4000) }),
  ),
  /** The query the context menu left for the popup (taken once), or null. */
  'get-pending-search': v.object({ query: v.nullable(text(MAX_TEXT)) }),
  /**
   * The tab's counts merged over its frames, with the top frame's address as
   * its content script's messages gave it (Klartext has no "tabs"
   * permission, so `tabs.Tab.url` is hidden unless activeTab was granted);
   * null when the tab has not reported since it loaded.
   */
  'get-tab-terms': v.nullable(v.object({ ...pageTerms, url: v.pipe(v.optional(v.unknown(), null), v.transform((url) => (typeof url === 'string' && url.length <= MAX_URL ? url : null))) })),
  'get-entry': v.object({ view: v.nullable(entryView), isUserEntry: v.boolean() }),
  'reveal-in-tab': shown,
  'flag-entry': v.object({ saved: v.boolean() }),
} as const satisfies Record<MessageType, v.GenericSchema>;

/** What a request of type `T` is answered with. */
export type ReplyTo<T extends MessageType> = v.InferOutput<(typeof REPLIES)[T]>;

export type PageTermsReply = ReplyTo<'get-page-terms'>;
export type EntryReply = ReplyTo<'get-entry'>;
export type EntryView = NonNullable<EntryReply['view']>;
export type SelectionContextReply = NonNullable<ReplyTo<'get-selection-context'>>;
export type TabTermsReply = NonNullable<ReplyTo<'get-tab-terms'>>;

/** The reply to a request of type `type` if it has the right shape, else null. */
export function parseReply<T extends MessageType>(type: T, raw: unknown): ReplyTo<T> | null {
  const result = v.safeParse(REPLIES[type], raw);
  return result.success ? (result.output as ReplyTo<T>) : null;
}

/** What a handler may return: the reply (now or later), or undefined to stay silent. */
export type HandlerResult<T extends MessageType> = ReplyTo<T> | Promise<ReplyTo<T>> | undefined;

/** One handler per message type a receiver serves, each returning that type's reply; `C` is what else it is told (the sender). */
export type Handlers<M extends Message, C = void> = {
  [T in M['type']]: (message: MessageOf<T>, context: C) => HandlerResult<T>;
};

/** Runs the message's handler; the promise `runtime.onMessage` wants, or undefined for no answer. */
export function dispatch<M extends Message, C>(handlers: Handlers<M, C>, message: M, context: C): Promise<unknown> | undefined {
  // TypeScript cannot see that the handler picked by `message.type` takes this very message.
  const handler = handlers[message.type as M['type']] as (m: M, c: C) => HandlerResult<MessageType>;
  const reply = handler(message, context);
  return reply === undefined ? undefined : Promise.resolve(reply);
}
