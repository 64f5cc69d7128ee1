/**
 * Each request is typed with its reply: these checks fail `npm run compile`
 * (which type-checks tests) when a handler may return the wrong shape, or a
 * caller may read a field its reply does not have. The runtime tests below
 * check the dispatch and the validation on receipt.
 */
import type { ToBackgroundMessage, ToContentMessage } from '../../../src/core/protocol/messages';
import { dispatch, parseReply, type EntryView, type Handlers, type ReplyTo } from '../../../src/core/protocol/replies';
import type { sendToBackground, sendToTab } from '../../../src/platform/messaging';

const contentHandlers: Handlers<ToContentMessage> = {
  'get-page-terms': () => ({ state: 'active', terms: [{ id: 'ki', count: 2 }] }),
  'reveal-term': (message) => ({ shown: message.id === 'ki' }),
  'show-term-list': () => undefined,
  'explain-selection': () => Promise.resolve({ shown: false }),
  'get-selection-context': () => null,
};

describe('types: a request and its reply', () => {
  test('each reply type comes from the one map', () => {
    expectTypeOf<ReplyTo<'reveal-term'>>().toEqualTypeOf<{ shown: boolean }>();
    expectTypeOf<ReplyTo<'flag-entry'>>().toEqualTypeOf<{ saved: boolean }>();
    expectTypeOf<ReplyTo<'get-entry'>>().toEqualTypeOf<{ view: EntryView | null; isUserEntry: boolean }>();
    expectTypeOf<ReplyTo<'get-pending-search'>>().toEqualTypeOf<{ query: string | null }>();
    expectTypeOf<ReplyTo<'page-terms'>>().toEqualTypeOf<undefined>();
  });

  test('a handler returning the wrong shape does not compile', () => {
    const wrong: Handlers<ToContentMessage> = {
      ...contentHandlers,
      // @ts-expect-error reveal-term is answered with { shown }, not { saved }
      'reveal-term': () => ({ saved: true }),
    };
    // @ts-expect-error every message type needs its handler
    const missing: Handlers<ToContentMessage> = { 'get-page-terms': contentHandlers['get-page-terms'] };
    const background: Partial<Handlers<ToBackgroundMessage>> = {
      // @ts-expect-error get-tab-terms is answered with the tab's terms or null, not a count
      'get-tab-terms': () => Promise.resolve(3),
      // @ts-expect-error a handler reads only the fields its message has
      'get-entry': (message) => ({ view: null, isUserEntry: message.tabId > 0 }),
    };
    expect([wrong, missing, background]).toHaveLength(3);
  });

  test('a caller reading a field its reply lacks does not compile', () => {
    type RevealReply = Awaited<ReturnType<typeof sendToTab<{ type: 'reveal-term'; id: string }>>>;
    expectTypeOf<RevealReply>().toEqualTypeOf<{ shown: boolean } | null>();
    type EntryAnswer = NonNullable<Awaited<ReturnType<typeof sendToBackground<{ type: 'get-entry'; id: string; lang: 'de' }>>>>;
    const answer: EntryAnswer = { view: null, isUserEntry: true };
    // @ts-expect-error the get-entry reply has no `shown`
    expect(answer.shown).toBeUndefined();
    // @ts-expect-error get-entry goes to the background, not to a tab's content script
    type Wrong = Parameters<typeof sendToTab<{ type: 'get-entry'; id: string; lang: 'de' }>>;
    expectTypeOf<Wrong>().not.toBeNever();
  });
});

describe('dispatch', () => {
  test('runs the handler of the message type and answers with its reply', async () => {
    await expect(dispatch(contentHandlers, { type: 'reveal-term', id: 'ki' }, undefined)).resolves.toEqual({ shown: true });
    await expect(dispatch(contentHandlers, { type: 'explain-selection', text: 'x' }, undefined)).resolves.toEqual({ shown: false });
    await expect(dispatch(contentHandlers, { type: 'get-selection-context' }, undefined)).resolves.toBeNull();
  });

  test('a handler that stays silent gives no answer (undefined, not a promise)', () => {
    expect(dispatch(contentHandlers, { type: 'show-term-list' }, undefined)).toBeUndefined();
  });
});

describe('replies are validated on receipt by the schema of their request', () => {
  test('reveal-term is parsed as its own reply', () => {
    expect(parseReply('reveal-term', { shown: true, extra: 1 })).toEqual({ shown: true });
    expect(parseReply('reveal-term', { saved: true })).toBeNull();
  });

  test('selection context: null when nothing is selected, bounded strings otherwise', () => {
    const context = { term: 'MoE', lang: 'de', example: 'Ein MoE.', pageTitle: 'Seite', url: 'https://a.de/' };
    expect(parseReply('get-selection-context', null)).toBeNull();
    expect(parseReply('get-selection-context', context)).toEqual(context);
    expect(parseReply('get-selection-context', { ...context, lang: 'x'.repeat(36) })).toBeNull();
    expect(parseReply('get-selection-context', { ...context, url: undefined })).toBeNull();
  });
});
