import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { moveActive, optionId } from '../../../src/ui/popup/list-nav';
import type { PageInfo } from '../../../src/ui/popup/page-link';
import { parsePopupParams } from '../../../src/ui/popup/popup-params';
import { describeSite, siteSwitchOn } from '../../../src/ui/popup/site-switch';

describe('parsePopupParams', () => {
  it('reads ?tab= and ?q=', () => {
    expect(parsePopupParams('?tab=17&q=mixtur%20of%20experts')).toEqual({ tabId: 17, query: 'mixtur of experts' });
    expect(parsePopupParams('')).toEqual({ tabId: null, query: '' });
  });

  it('ignores a tab that is not a plain number and caps the query', () => {
    for (const tab of ['-1', '1e3', 'abc', '', '12345678901']) expect(parsePopupParams(`?tab=${tab}`).tabId).toBeNull();
    expect(parsePopupParams(`?q=${'x'.repeat(500)}`).query).toHaveLength(200);
  });
});

describe('moveActive', () => {
  it('moves within bounds', () => {
    expect(moveActive(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveActive(0, 'ArrowDown', 3)).toBe(1);
    expect(moveActive(2, 'ArrowDown', 3)).toBe(2);
    expect(moveActive(1, 'ArrowUp', 3)).toBe(0);
    expect(moveActive(0, 'ArrowUp', 3)).toBe(0);
    expect(moveActive(0, 'PageDown', 20)).toBe(8);
    expect(moveActive(3, 'PageUp', 20)).toBe(0);
    expect(moveActive(1, 'x', 3)).toBe(1);
    expect(moveActive(0, 'ArrowDown', 0)).toBe(-1);
  });

  it('builds ids from entry ids', () => {
    expect(optionId('deepseek-r1')).toBe('kt-option-deepseek-r1');
  });
});

describe('describeSite', () => {
  const page = (url: string, host: string | null, restricted = false): PageInfo => ({ tabId: 1, url, host, restricted });
  const settings = defaultSettings();

  it('offers the switch for a web page', () => {
    expect(describeSite({ page: page('https://a.de/', 'a.de'), settings, terms: { state: 'active', terms: [] } })).toEqual({
      host: 'a.de',
      on: true,
      paused: false,
      notes: [],
    });
  });

  it('explains restricted pages and pages without a site', () => {
    expect(describeSite({ page: page('chrome://newtab/', null, true), settings, terms: null }).notes).toEqual(['restricted']);
    expect(describeSite({ page: null, settings, terms: null }).notes).toEqual(['restricted']);
    expect(describeSite({ page: page('file:///x.html', null), settings, terms: { state: 'active', terms: [] } }).notes).toEqual([
      'no-site',
    ]);
    expect(describeSite({ page: page('file:///x.html', null), settings, terms: 'unreachable' }).notes).toEqual([
      'no-site',
      'not-running',
    ]);
  });

  it('keeps the site switch apart from the global pause', () => {
    const paused = { ...settings, paused: true };
    const view = describeSite({ page: page('https://a.de/', 'a.de'), settings: paused, terms: { state: 'paused', terms: [] } });
    expect(view).toMatchObject({ on: true, paused: true, notes: ['paused'] });
    expect(siteSwitchOn({ ...paused, siteRules: [{ host: 'a.de', includeSubdomains: false }] }, 'a.de')).toBe(false);
  });

  it('passes on the page’s own reasons', () => {
    const at = page('https://a.de/', 'a.de');
    expect(describeSite({ page: at, settings, terms: { state: 'opted-out', terms: [] } }).notes).toEqual(['opted-out']);
    expect(describeSite({ page: at, settings, terms: 'unreachable' }).notes).toEqual(['not-running']);
  });
});
