import { CATEGORIES } from '../../../src/core/glossary/types';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../src/core/settings/defaults';
import { parseSettings } from '../../../src/core/settings/validate';
import { problemLine } from '../message-text';

/** The problems as the options page lists them, in English. */
const problemsOf = (raw: unknown): string[] => {
  const r = parseSettings(raw);
  if (r.ok) throw new Error('expected problems, got valid settings');
  return r.problems.map((p) => problemLine(p));
};
const v1 = (patch: Record<string, unknown>): Record<string, unknown> => ({ ...defaultSettings(), ...patch });

describe('defaults', () => {
  test('are valid and as specified', () => {
    expect(parseSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS, migrated: false });
    expect(DEFAULT_SETTINGS).toMatchObject({
      version: 1,
      paused: false,
      siteMode: 'all-except',
      siteRules: [],
      style: 'dotted',
      firstOnly: false,
      hiddenCategories: [],
      hoverDelayMs: 350,
      explanationLang: 'auto',
    });
    expect(DEFAULT_SETTINGS.colorLight).toMatch(/^#[0-9a-f]{6}$/);
    expect(DEFAULT_SETTINGS.colorDark).toMatch(/^#[0-9a-f]{6}$/);
  });
  test('are frozen; defaultSettings() gives a mutable copy', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS.siteRules)).toBe(true);
    const copy = defaultSettings();
    copy.siteRules.push({ host: 'a.de', includeSubdomains: false });
    expect(DEFAULT_SETTINGS.siteRules).toEqual([]);
  });
});

describe('parseSettings (version 1)', () => {
  test('accepts a full, valid object and keeps its values', () => {
    const raw = v1({
      paused: true,
      siteMode: 'only-listed',
      siteRules: [
        { host: 'heise.de', includeSubdomains: true },
        { host: 'localhost:8080', includeSubdomains: false },
        { host: '[::1]:3000', includeSubdomains: false },
        { host: 'xn--bcher-kva.de', includeSubdomains: false },
      ],
      style: 'background',
      colorLight: '#112233',
      colorDark: '#aabbcc',
      firstOnly: true,
      hiddenCategories: ['company', 'economy'],
      hoverDelayMs: 100,
      explanationLang: 'en',
    });
    expect(parseSettings(raw)).toEqual({ ok: true, settings: raw, migrated: false });
  });
  test('ignores unknown extra fields', () => {
    const r = parseSettings(v1({ somethingNew: 42 }));
    expect(r.ok && r.settings).toEqual(DEFAULT_SETTINGS);
  });
  test('normalises colour case and merges duplicate rules and categories', () => {
    const r = parseSettings(
      v1({
        colorLight: '#AABBCC',
        siteRules: [
          { host: 'heise.de', includeSubdomains: false },
          { host: 'heise.de', includeSubdomains: false },
          { host: 'heise.de', includeSubdomains: true },
        ],
        hiddenCategories: ['model', 'model'],
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.colorLight).toBe('#aabbcc');
    expect(r.settings.siteRules).toHaveLength(2);
    expect(r.settings.hiddenCategories).toEqual(['model']);
  });
  test('hover delay bounds are inclusive', () => {
    expect(parseSettings(v1({ hoverDelayMs: 100 })).ok).toBe(true);
    expect(parseSettings(v1({ hoverDelayMs: 2000 })).ok).toBe(true);
  });
  test('all categories are accepted', () => {
    expect(parseSettings(v1({ hiddenCategories: [...CATEGORIES] })).ok).toBe(true);
  });
});

describe('parseSettings problems name the field', () => {
  test.each([
    [null, 'settings: expected an object, got null'],
    [[], 'settings: expected an object, got a list'],
    ['{"version":1}', 'settings: expected an object'],
    [v1({ paused: 'yes' }), 'paused: expected true or false, got "yes"'],
    [v1({ siteMode: 'some' }), 'siteMode: expected one of all-except, only-listed, got "some"'],
    [v1({ style: 'wavy' }), 'style: expected one of underline, dotted, background, none'],
    [v1({ colorLight: 'blue' }), 'colorLight: expected a colour'],
    [v1({ colorDark: '#abc' }), 'colorDark: expected a colour'],
    [v1({ firstOnly: 0 }), 'firstOnly: expected true or false, got 0'],
    [v1({ hiddenCategories: 'model' }), 'hiddenCategories: expected a list'],
    [v1({ hiddenCategories: ['model', 'sports'] }), 'hiddenCategories[1]: expected one of model,'],
    [v1({ hoverDelayMs: 99 }), 'hoverDelayMs: expected a whole number of milliseconds from 100 to 2000, got 99'],
    [v1({ hoverDelayMs: 2001 }), 'hoverDelayMs:'],
    [v1({ hoverDelayMs: 350.5 }), 'hoverDelayMs:'],
    [v1({ hoverDelayMs: '350' }), 'hoverDelayMs:'],
    [v1({ explanationLang: 'fr' }), 'explanationLang: expected one of auto, de, en'],
    [v1({ siteRules: {} }), 'siteRules: expected a list of site rules'],
    [v1({ siteRules: ['heise.de'] }), 'siteRules[0]: expected a site rule'],
    [v1({ siteRules: [{ host: 'a.de', includeSubdomains: false }, { includeSubdomains: false }] }), 'siteRules[1].host: expected a host name'],
    [v1({ siteRules: [{ host: 'a.de', includeSubdomains: 'no' }] }), 'siteRules[0].includeSubdomains: expected true or false'],
    [v1({ siteRules: [{ host: 'not a host', includeSubdomains: false }] }), 'siteRules[0].host: "not a host" is not a valid site (has-spaces)'],
    [v1({ siteRules: [{ host: 'Heise.de', includeSubdomains: false }] }), 'siteRules[0].host: "Heise.de" is not in canonical form'],
    [v1({ siteRules: [{ host: '*.heise.de', includeSubdomains: true }] }), 'siteRules[0].host: "*.heise.de" is not in canonical form'],
    [v1({ siteRules: [{ host: 'bücher.de', includeSubdomains: false }] }), 'siteRules[0].host: "bücher.de" is not in canonical form'],
    [v1({ siteRules: [{ host: 'example.com:443', includeSubdomains: false }] }), 'not in canonical form'],
    [v1({ siteRules: [{ host: '127.0.0.1', includeSubdomains: true }] }), 'siteRules[0].includeSubdomains: an IP address has no subdomains'],
    [v1({ version: '1' }), 'version: expected 1, got "1"'],
    [v1({ version: 1.5 }), 'version: expected 1, got 1.5'],
  ])('%j → %s', (raw, expected) => {
    expect(problemsOf(raw).join('\n')).toContain(expected);
  });

  test('a missing field in a version-1 object is a problem, not a default', () => {
    const { style: _style, hoverDelayMs: _delay, ...rest } = defaultSettings();
    expect(problemsOf(rest)).toEqual(['style: missing', 'hoverDelayMs: missing']);
  });

  test('reports every problem, not just the first', () => {
    const problems = problemsOf(
      v1({ paused: 1, siteRules: [{ host: '-x-', includeSubdomains: false }, { host: 'ok.de', includeSubdomains: 1 }] }),
    );
    expect(problems).toHaveLength(3);
    expect(problems[1]).toMatch(/^siteRules\[0\]\.host:/);
    expect(problems[2]).toMatch(/^siteRules\[1\]\.includeSubdomains:/);
  });

  test('a newer version is refused with a clear message', () => {
    const problems = problemsOf(v1({ version: 2, brandNew: true }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('written by a newer version of Klartext');
  });
});
