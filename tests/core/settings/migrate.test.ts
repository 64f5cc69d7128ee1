import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import { parseSettings } from '../../../src/core/settings/validate';
import { problemLine } from '../message-text';

describe('migration from version 0 (no version field)', () => {
  test('an empty v0 object becomes the defaults', () => {
    expect(parseSettings({})).toEqual({ ok: true, settings: DEFAULT_SETTINGS, migrated: true });
  });

  test('explicit version 0 is the same shape', () => {
    expect(parseSettings({ version: 0, enabled: false })).toMatchObject({ ok: true, migrated: true, settings: { paused: true } });
  });

  test('every v0 field carries over', () => {
    const r = parseSettings({
      enabled: false,
      disabledHosts: ['heise.de', 'https://www.golem.de/news/', '*.Bücher.de', 'localhost:8080', 'heise.de'],
      highlightStyle: 'underline',
      color: '#ABC',
      firstOnly: true,
    });
    expect(r).toEqual({
      ok: true,
      migrated: true,
      settings: {
        ...DEFAULT_SETTINGS,
        paused: true,
        siteMode: 'all-except',
        siteRules: [
          { host: 'heise.de', includeSubdomains: false },
          { host: 'www.golem.de', includeSubdomains: false },
          { host: 'xn--bcher-kva.de', includeSubdomains: true },
          { host: 'localhost:8080', includeSubdomains: false },
        ],
        style: 'underline',
        colorLight: '#aabbcc',
        firstOnly: true,
      },
    });
  });

  test('v1 field names in a v0 object are ignored, not half-applied', () => {
    const r = parseSettings({ paused: true, style: 'none' });
    expect(r.ok && r.settings).toEqual(DEFAULT_SETTINGS);
  });

  test('a bad v0 value fails the migration instead of being dropped', () => {
    const r = parseSettings({
      enabled: 'no',
      disabledHosts: ['heise.de', 'chrome://extensions', 42],
      highlightStyle: 'wavy',
      color: 'red',
      firstOnly: null,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => problemLine(p))).toEqual([
      'enabled: expected true or false, got "no"',
      'firstOnly: expected true or false, got null',
      expect.stringContaining('highlightStyle: expected one of'),
      expect.stringContaining('color: expected a colour'),
      'disabledHosts[1]: "chrome://extensions" is not a site (unsupported-scheme)',
      'disabledHosts[2]: 42 is not a site (expected a string)',
    ]);
  });

  test('disabledHosts must be a list', () => {
    const r = parseSettings({ disabledHosts: 'heise.de' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => problemLine(p))).toEqual(['disabledHosts: expected a list of sites, got "heise.de"']);
  });
});
