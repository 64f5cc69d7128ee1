import { parseMessage, parsePageTermsReply } from '../../../src/core/protocol/messages';

test('accepts each well-formed message and drops extra fields', () => {
  expect(parseMessage({ type: 'reveal-term', id: 'deepseek-r1', evil: 1 })).toEqual({ type: 'reveal-term', id: 'deepseek-r1' });
  expect(parseMessage({ type: 'get-page-terms' })).toEqual({ type: 'get-page-terms' });
  expect(parseMessage({ type: 'show-term-list' })).toEqual({ type: 'show-term-list' });
  expect(parseMessage({ type: 'explain-selection', text: 'MoE' })).toEqual({ type: 'explain-selection', text: 'MoE' });
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
])('rejects %j', (raw) => {
  expect(parseMessage(raw)).toBeNull();
});

test('validates page-term replies', () => {
  expect(parsePageTermsReply({ state: 'site-off', terms: [] })).toEqual({ state: 'site-off', terms: [] });
  expect(parsePageTermsReply({ state: 'active' })).toBeNull();
});
