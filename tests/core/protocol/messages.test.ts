import { parseMessage } from '../../../src/core/protocol/messages';
import { parseReply } from '../../../src/core/protocol/replies';

test('accepts each well-formed message and drops extra fields', () => {
  expect(parseMessage({ type: 'reveal-term', id: 'deepseek-r1', evil: 1 })).toEqual({ type: 'reveal-term', id: 'deepseek-r1' });
  expect(parseMessage({ type: 'get-page-terms' })).toEqual({ type: 'get-page-terms' });
  expect(parseMessage({ type: 'show-term-list' })).toEqual({ type: 'show-term-list' });
  expect(parseMessage({ type: 'explain-selection', text: 'MoE' })).toEqual({ type: 'explain-selection', text: 'MoE' });
  expect(parseMessage({ type: 'reveal-in-tab', tabId: 4, id: 'moe' })).toEqual({ type: 'reveal-in-tab', tabId: 4, id: 'moe' });
  expect(parseMessage({ type: 'get-entry', id: 'moe', lang: 'en' })).toEqual({ type: 'get-entry', id: 'moe', lang: 'en' });
  expect(parseMessage({ type: 'page-terms', state: 'active', terms: [{ id: 'ki', count: 3, x: 1 }] })).toEqual({
    type: 'page-terms',
    state: 'active',
    terms: [{ id: 'ki', count: 3 }],
  });
});

test.each([
  null,
  'reveal-term',
  [],
  {},
  { type: 'unknown' },
  { type: 'reveal-term' },
  { type: 'reveal-term', id: '<img onerror=x>' },
  { type: 'reveal-term', id: 'x'.repeat(200) },
  { type: 'explain-selection', text: 42 },
  { type: 'explain-selection', text: 'x'.repeat(501) },
  { type: 'page-terms', state: 'hacked', terms: [] },
  { type: 'page-terms', state: 'active', terms: [{ id: 'ki', count: -1 }] },
  { type: 'page-terms', state: 'active', terms: [{ id: 'ki', count: 1.5 }] },
  { type: 'page-terms', state: 'active', terms: 'all' },
  { type: 'reveal-in-tab', tabId: -1, id: 'moe' },
  { type: 'reveal-in-tab', tabId: 1.5, id: 'moe' },
  { type: 'get-entry', id: 'moe', lang: 'fr' },
])('rejects %j', (raw) => {
  expect(parseMessage(raw)).toBeNull();
});

test('validates page-term replies', () => {
  expect(parseReply('get-page-terms', { state: 'site-off', terms: [] })).toEqual({ state: 'site-off', terms: [] });
  expect(parseReply('get-page-terms', { state: 'active' })).toBeNull();
});

test('validates entry replies: text only, known categories, bounded sizes', () => {
  const view = {
    id: 'moe',
    lang: 'de',
    title: 'MoE',
    short: 'Kurz.',
    long: '',
    category: 'technique',
    related: [{ id: 'llm', title: 'LLM' }],
    source: { label: 'Quelle', url: 'https://example.org/' },
    checked: '2025-01-31',
  };
  expect(parseReply('get-entry', { view, isUserEntry: false })).toEqual({ view, isUserEntry: false });
  expect(parseReply('get-entry', { view: null, isUserEntry: false })).toEqual({ view: null, isUserEntry: false });
  expect(parseReply('get-entry', { view: { ...view, category: 'evil' }, isUserEntry: false })).toBeNull();
  expect(parseReply('get-entry', { view: { ...view, short: 42 }, isUserEntry: false })).toBeNull();
  expect(parseReply('get-entry', { view: { ...view, long: 'x'.repeat(9000) }, isUserEntry: false })).toBeNull();
  expect(parseReply('get-entry', { view: { ...view, related: [{ id: '<b>', title: 'x' }] }, isUserEntry: false })).toBeNull();
  expect(parseReply('get-entry', { view })).toBeNull();
});
