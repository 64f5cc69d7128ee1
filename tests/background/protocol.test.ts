import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/core/protocol/messages';
import { parseReply } from '../../src/core/protocol/replies';

describe('protocol additions for the popup and background', () => {
  it('get-tab-terms needs a tab id', () => {
    expect(parseMessage({ type: 'get-tab-terms', tabId: 3, extra: 1 })).toEqual({ type: 'get-tab-terms', tabId: 3 });
    for (const tabId of [undefined, -1, 1.5, '3', Number.NaN]) expect(parseMessage({ type: 'get-tab-terms', tabId })).toBeNull();
  });

  it('tab-terms replies carry the top frame address or null', () => {
    expect(parseReply('get-tab-terms', { state: 'active', terms: [{ id: 'ki', count: 1 }], url: 'https://a.de/' })).toEqual({
      state: 'active',
      terms: [{ id: 'ki', count: 1 }],
      url: 'https://a.de/',
    });
    expect(parseReply('get-tab-terms', { state: 'active', terms: [], url: 42 })?.url).toBeNull();
    expect(parseReply('get-tab-terms', { state: 'active', terms: [], url: 'x'.repeat(5000) })?.url).toBeNull();
    expect(parseReply('get-tab-terms', { state: 'bogus', terms: [] })).toBeNull();
    expect(parseReply('get-tab-terms', null)).toBeNull();
  });

  it('pending-search replies are a bounded string or null', () => {
    expect(parseReply('get-pending-search', { query: 'KI' })).toEqual({ query: 'KI' });
    expect(parseReply('get-pending-search', { query: null })).toEqual({ query: null });
    expect(parseReply('get-pending-search', { query: 3 })).toBeNull();
    expect(parseReply('get-pending-search', { query: 'x'.repeat(501) })).toBeNull();
    expect(parseReply('get-pending-search', undefined)).toBeNull();
  });

  it('explain-selection replies are a boolean', () => {
    expect(parseReply('explain-selection', { shown: true })).toEqual({ shown: true });
    expect(parseReply('explain-selection', { shown: 'true' })).toBeNull();
    expect(parseReply('explain-selection', [])).toBeNull();
  });
});

test('a tab-terms reply without an address is kept, its address null', () => {
  expect(parseReply('get-tab-terms', { state: 'active', terms: [] })).toEqual({ state: 'active', terms: [], url: null });
});
