import { DEFAULT_SETTINGS, defaultSettings } from '../../../src/core/settings/defaults';
import {
  addSiteRule,
  formatSiteRule,
  hostMatchesRule,
  isSiteEnabled,
  removeSiteRule,
  setSiteEnabled,
} from '../../../src/core/settings/site-rules';
import type { Settings, SiteRule } from '../../../src/core/settings/types';

const exact = (host: string): SiteRule => ({ host, includeSubdomains: false });
const withSubs = (host: string): SiteRule => ({ host, includeSubdomains: true });
const settingsWith = (patch: Partial<Settings>): Settings => ({ ...defaultSettings(), ...patch });

describe('hostMatchesRule', () => {
  test.each([
    ['heise.de', exact('heise.de'), true],
    ['news.heise.de', exact('heise.de'), false],
    ['www.heise.de', exact('heise.de'), false],
    ['heise.de', withSubs('heise.de'), true],
    ['news.heise.de', withSubs('heise.de'), true],
    ['a.b.heise.de', withSubs('heise.de'), true],
    ['notheise.de', withSubs('heise.de'), false],
    ['notheise.de', exact('heise.de'), false],
    ['heise.de.evil.com', withSubs('heise.de'), false],
    ['heise.de', withSubs('news.heise.de'), false],
    // Port: a rule without one covers all ports; a rule with one only that port.
    ['localhost:8080', exact('localhost'), true],
    ['localhost', exact('localhost:8080'), false],
    ['localhost:3000', exact('localhost:8080'), false],
    ['localhost:8080', exact('localhost:8080'), true],
    ['api.example.com:8443', withSubs('example.com:8443'), true],
    ['api.example.com:9000', withSubs('example.com:8443'), false],
    ['[::1]:3000', exact('[::1]'), true],
    ['[::1]:3000', exact('[::1]:3000'), true],
    ['[::1]:3000', exact('[::1]:4000'), false],
    ['127.0.0.1', exact('127.0.0.1'), true],
    ['HEISE.DE', exact('heise.de'), true],
  ])('%s vs %j → %s', (host, rule, expected) => {
    expect(hostMatchesRule(host, rule)).toBe(expected);
  });
});

describe('isSiteEnabled', () => {
  test('on everywhere by default', () => {
    expect(isSiteEnabled(DEFAULT_SETTINGS, 'heise.de')).toBe(true);
  });
  test('global pause wins over everything', () => {
    expect(isSiteEnabled(settingsWith({ paused: true }), 'heise.de')).toBe(false);
    const onlyHeise = settingsWith({ paused: true, siteMode: 'only-listed', siteRules: [exact('heise.de')] });
    expect(isSiteEnabled(onlyHeise, 'heise.de')).toBe(false);
  });
  test("'all-except': listed sites are off", () => {
    const s = settingsWith({ siteRules: [withSubs('heise.de'), exact('example.com')] });
    expect(isSiteEnabled(s, 'news.heise.de')).toBe(false);
    expect(isSiteEnabled(s, 'example.com')).toBe(false);
    expect(isSiteEnabled(s, 'www.example.com')).toBe(true);
    expect(isSiteEnabled(s, 'golem.de')).toBe(true);
  });
  test("'only-listed': only listed sites are on", () => {
    const s = settingsWith({ siteMode: 'only-listed', siteRules: [withSubs('heise.de')] });
    expect(isSiteEnabled(s, 'news.heise.de')).toBe(true);
    expect(isSiteEnabled(s, 'golem.de')).toBe(false);
    expect(isSiteEnabled(settingsWith({ siteMode: 'only-listed' }), 'heise.de')).toBe(false);
  });
});

describe("setSiteEnabled in 'all-except' mode", () => {
  test('turning a site off adds an exact-host rule', () => {
    const before = defaultSettings();
    const r = setSiteEnabled(before, 'news.heise.de', false);
    expect(r.settings.siteRules).toEqual([exact('news.heise.de')]);
    expect(r).toMatchObject({ enabled: false, added: [exact('news.heise.de')], removed: [], blockedBy: [] });
    expect(before.siteRules).toEqual([]); // pure
  });
  test('turning an already-off site off changes nothing', () => {
    const s = settingsWith({ siteRules: [withSubs('heise.de')] });
    const r = setSiteEnabled(s, 'news.heise.de', false);
    expect(r.settings).toBe(s);
    expect(r.added).toEqual([]);
    expect(r.enabled).toBe(false);
  });
  test('turning a site on removes its exact rule', () => {
    const s = settingsWith({ siteRules: [exact('heise.de'), exact('golem.de')] });
    const r = setSiteEnabled(s, 'heise.de', true);
    expect(r.settings.siteRules).toEqual([exact('golem.de')]);
    expect(r).toMatchObject({ enabled: true, removed: [exact('heise.de')], blockedBy: [] });
  });
  test('a parent rule with subdomains is not removed but reported', () => {
    const s = settingsWith({ siteRules: [withSubs('heise.de'), exact('news.heise.de')] });
    const r = setSiteEnabled(s, 'news.heise.de', true);
    expect(r.settings.siteRules).toEqual([withSubs('heise.de')]);
    expect(r).toMatchObject({ enabled: false, removed: [exact('news.heise.de')], blockedBy: [withSubs('heise.de')] });
    // The UI then offers to remove the broader rule:
    const after = removeSiteRule(r.settings, withSubs('heise.de'));
    expect(isSiteEnabled(after, 'news.heise.de')).toBe(true);
  });
  test('"*.heise.de" is broader than heise.de itself, so it is reported too', () => {
    const s = settingsWith({ siteRules: [withSubs('heise.de')] });
    const r = setSiteEnabled(s, 'heise.de', true);
    expect(r.settings).toBe(s);
    expect(r).toMatchObject({ enabled: false, removed: [], blockedBy: [withSubs('heise.de')] });
  });
  test('a port-less rule blocking a host with a port is reported', () => {
    const s = settingsWith({ siteRules: [exact('localhost')] });
    const r = setSiteEnabled(s, 'localhost:8080', true);
    expect(r).toMatchObject({ enabled: false, blockedBy: [exact('localhost')] });
  });
  test('ports are kept: turning localhost:8080 off leaves localhost:3000 on', () => {
    const r = setSiteEnabled(defaultSettings(), 'localhost:8080', false);
    expect(isSiteEnabled(r.settings, 'localhost:8080')).toBe(false);
    expect(isSiteEnabled(r.settings, 'localhost:3000')).toBe(true);
  });
  test('the pause is untouched and reflected in `enabled`', () => {
    const r = setSiteEnabled(settingsWith({ paused: true, siteRules: [exact('heise.de')] }), 'heise.de', true);
    expect(r.settings.paused).toBe(true);
    expect(r.settings.siteRules).toEqual([]);
    expect(r.enabled).toBe(false);
  });
  test('off then on round-trips to the original rules', () => {
    const s = settingsWith({ siteRules: [exact('golem.de')] });
    const off = setSiteEnabled(s, 'heise.de', false).settings;
    expect(setSiteEnabled(off, 'heise.de', true).settings.siteRules).toEqual([exact('golem.de')]);
  });
  test('rejects something that is not a host', () => {
    expect(() => setSiteEnabled(defaultSettings(), 'chrome://extensions', false)).toThrow(RangeError);
    expect(() => setSiteEnabled(defaultSettings(), '*.heise.de', false)).toThrow(RangeError);
  });
  test('normalises the host it is given', () => {
    expect(setSiteEnabled(defaultSettings(), 'Bücher.DE', false).settings.siteRules).toEqual([exact('xn--bcher-kva.de')]);
  });
});

describe("setSiteEnabled in 'only-listed' mode (mirror)", () => {
  const only = (rules: SiteRule[]): Settings => settingsWith({ siteMode: 'only-listed', siteRules: rules });
  test('turning a site on adds an exact-host rule', () => {
    const r = setSiteEnabled(only([]), 'heise.de', true);
    expect(r.settings.siteRules).toEqual([exact('heise.de')]);
    expect(r).toMatchObject({ enabled: true, added: [exact('heise.de')] });
  });
  test('turning an already-on site on changes nothing', () => {
    const s = only([withSubs('heise.de')]);
    expect(setSiteEnabled(s, 'news.heise.de', true).settings).toBe(s);
  });
  test('turning a site off removes its exact rule', () => {
    const r = setSiteEnabled(only([exact('heise.de'), exact('golem.de')]), 'heise.de', false);
    expect(r.settings.siteRules).toEqual([exact('golem.de')]);
    expect(r).toMatchObject({ enabled: false, removed: [exact('heise.de')], blockedBy: [] });
  });
  test('a parent rule keeping the site on is reported, not removed', () => {
    const r = setSiteEnabled(only([withSubs('heise.de')]), 'news.heise.de', false);
    expect(r.settings.siteRules).toEqual([withSubs('heise.de')]);
    expect(r).toMatchObject({ enabled: true, removed: [], blockedBy: [withSubs('heise.de')] });
  });
});

describe('addSiteRule / removeSiteRule', () => {
  test('add appends a canonical rule', () => {
    const s = addSiteRule(defaultSettings(), { host: 'WWW.Heise.de', includeSubdomains: true });
    expect(s.siteRules).toEqual([withSubs('www.heise.de')]);
  });
  test('the same host and flag only once; a different flag is a different rule', () => {
    const s1 = addSiteRule(defaultSettings(), exact('heise.de'));
    expect(addSiteRule(s1, exact('heise.de'))).toBe(s1);
    expect(addSiteRule(s1, exact('HEISE.DE'))).toBe(s1);
    const s2 = addSiteRule(s1, withSubs('heise.de'));
    expect(s2.siteRules).toEqual([exact('heise.de'), withSubs('heise.de')]);
  });
  test('add rejects an invalid host', () => {
    expect(() => addSiteRule(defaultSettings(), exact('not a host'))).toThrow(RangeError);
  });
  test('remove takes out only the rule with the same flag', () => {
    const s = settingsWith({ siteRules: [exact('heise.de'), withSubs('heise.de')] });
    expect(removeSiteRule(s, withSubs('heise.de')).siteRules).toEqual([exact('heise.de')]);
    expect(removeSiteRule(s, exact('golem.de'))).toBe(s);
  });
  test('formatSiteRule writes rules the way users type them', () => {
    expect(formatSiteRule(withSubs('heise.de'))).toBe('*.heise.de');
    expect(formatSiteRule(exact('localhost:8080'))).toBe('localhost:8080');
  });
});
