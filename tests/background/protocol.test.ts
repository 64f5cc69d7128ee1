import { describe, expect, it } from 'vitest';
import {
  parseExplainSelectionReply,
  parseMessage,
  parsePendingSearchReply,
  parseTabTermsReply,
} from '../../src/core/protocol/messages';

describe('protocol additions for the popup and background', () => {
  it('get-tab-terms needs a tab id', () => {
    expect(parseMessage({ type: 'get-tab-terms', tabId: 3, extra: 1 })).toEqual({ type: 'get-tab-terms', tabId: 3 });
    for (const tabId of [undefined, -1, 1.5, '3', Number.NaN]) expect(parseMessage({ type: 'get-tab-terms', tabId })).toBeNull();
  });

  it('tab-terms replies carry the top frame address or null', () => {
    expect(parseTabTermsReply({ state: 'active', terms: [{ id: 'ki', count: 1 }], url: 'https://a.de/' })).toEqual({
      state: 'active',
      terms: [{ id: 'ki', count: 1 }],
      url: 'https://a.de/',
    });
    expect(parseTabTermsReply({ state: 'active', terms: [], url: 42 })?.url).toBeNull();
    expect(parseTabTermsReply({ state: 'active', terms: [], url: 'x'.repeat(5000) })?.url).toBeNull();
    expect(parseTabTermsReply({ state: 'bogus', terms: [] })).toBeNull();
    expect(parseTabTermsReply(null)).toBeNull();
  });

  it('pending-search replies are a bounded string or null', () => {
    expect(parsePendingSearchReply({ query: 'KI' })).toEqual({ query: 'KI' });
    expect(parsePendingSearchReply({ query: null })).toEqual({ query: null });
    expect(parsePendingSearchReply({ query: 3 })).toBeNull();
    expect(parsePendingSearchReply({ query: 'x'.repeat(501) })).toBeNull();
    expect(parsePendingSearchReply(undefined)).toBeNull();
  });

  it('explain-selection replies are a boolean', () => {
    expect(parseExplainSelectionReply({ shown: true })).toEqual({ shown: true });
    expect(parseExplainSelectionReply({ shown: 'true' })).toBeNull();
    expect(parseExplainSelectionReply([])).toBeNull();
  });
});
