/**
 * Validating settings read from storage (or imported). Strict on purpose:
 * DESIGN says invalid settings are reported and the last good state kept, so
 * every field is checked and every problem names its field, e.g.
 * `siteRules[2].host: "Heise DE" is not a valid site (has-spaces)`.
 * Unknown extra fields are ignored, so a newer Klartext of the same version
 * can add optional fields without breaking an older one.
 */
import { CATEGORIES, type Category } from '../glossary/types';
import { msg, type Message, type Problem } from '../message';
import { describeValue, expectedGot } from './describe-value';
import { migrateFromV0 } from './migrate';
import { checkCanonicalHost, isIpAddress, splitHostPort } from './site-input';
import {
  EXPLANATION_LANGS,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_MAX,
  HOVER_DELAY_MIN,
  KNOWN_TERMS_MAX,
  SETTINGS_VERSION,
  SITE_MODES,
  type Settings,
  type SiteRule,
} from './types';

export type ParseSettingsResult =
  | { ok: true; settings: Settings; migrated: boolean }
  | { ok: false; problems: Problem[] };

export function parseSettings(raw: unknown): ParseSettingsResult {
  if (!isRecord(raw)) return { ok: false, problems: [{ at: 'settings', message: expectedGot(msg('expect_object'), raw) }] };
  const version = raw.version;
  if (version === undefined || version === 0) {
    const migrated = migrateFromV0(raw);
    if (!migrated.ok) return migrated;
    const result = validateV1(migrated.value);
    return result.ok ? { ...result, migrated: true } : result;
  }
  if (version === SETTINGS_VERSION) return validateV1(raw);
  if (typeof version === 'number' && Number.isInteger(version) && version > SETTINGS_VERSION) {
    return { ok: false, problems: [{ at: 'version', message: msg('problem_settingsNewer', version, SETTINGS_VERSION) }] };
  }
  return { ok: false, problems: [{ at: 'version', message: expectedGot(SETTINGS_VERSION, version) }] };
}

function validateV1(raw: Record<string, unknown>): ParseSettingsResult {
  const problems: Problem[] = [];
  const field = <T>(name: string, check: (v: unknown) => T | Invalid, fallback?: T): T | undefined => {
    const value = raw[name];
    if (value === undefined) {
      // Fields added after version 1 first shipped: settings written before them are still valid.
      if (fallback !== undefined) return fallback;
      problems.push({ at: name, message: msg('problem_settingMissing') });
      return undefined;
    }
    const result = check(value);
    if (result instanceof Invalid) {
      problems.push({ at: name, message: result.message });
      return undefined;
    }
    return result;
  };

  const settings = {
    version: SETTINGS_VERSION,
    paused: field('paused', bool),
    siteMode: field('siteMode', oneOf(SITE_MODES)),
    siteRules: field('siteRules', (v) => siteRules(v, problems)),
    style: field('style', oneOf(HIGHLIGHT_STYLES)),
    colorLight: field('colorLight', color),
    colorDark: field('colorDark', color),
    firstOnly: field('firstOnly', bool),
    hiddenCategories: field('hiddenCategories', (v) => categories(v, problems)),
    hoverDelayMs: field('hoverDelayMs', hoverDelay),
    explanationLang: field('explanationLang', oneOf(EXPLANATION_LANGS)),
    drawFamiliar: field('drawFamiliar', bool, false),
    knownTerms: field('knownTerms', (v) => knownTerms(v, problems), [] as string[]),
  };
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, settings: settings as Settings, migrated: false };
}

/** What a checker returns instead of a value; a class so it cannot be mistaken for one. */
class Invalid {
  constructor(readonly message: Message) {}
}
const problem = (message: Message): Invalid => new Invalid(message);

function bool(v: unknown): boolean | Invalid {
  return typeof v === 'boolean' ? v : problem(expectedGot(msg('expect_boolean'), v));
}

function oneOf<T extends string>(options: readonly T[]) {
  return (v: unknown): T | Invalid =>
    options.includes(v as T) ? (v as T) : problem(expectedGot(msg('expect_oneOf', options.join(', ')), v));
}

function color(v: unknown): string | Invalid {
  // Accept upper case (hand-edited or imported) and store lower case, so
  // comparisons and the colour input agree.
  if (typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v)) return v.toLowerCase();
  return problem(expectedGot(msg('expect_colour'), v));
}

function hoverDelay(v: unknown): number | Invalid {
  if (typeof v === 'number' && Number.isInteger(v) && v >= HOVER_DELAY_MIN && v <= HOVER_DELAY_MAX) return v;
  return problem(expectedGot(msg('expect_milliseconds', HOVER_DELAY_MIN, HOVER_DELAY_MAX), v));
}

/** Element problems are pushed directly so each names its index. */
function siteRules(v: unknown, problems: Problem[]): SiteRule[] | Invalid {
  if (!Array.isArray(v)) return problem(expectedGot(msg('expect_siteRules'), v));
  const rules: SiteRule[] = [];
  v.forEach((item: unknown, i) => {
    const at = `siteRules[${i}]`;
    if (!isRecord(item)) {
      problems.push({ at, message: expectedGot(msg('expect_siteRule'), item) });
      return;
    }
    const { host, includeSubdomains } = item;
    let ok = true;
    if (typeof host !== 'string') {
      problems.push({ at: `${at}.host`, message: expectedGot(msg('expect_hostName'), host) });
      ok = false;
    } else {
      const error = checkCanonicalHost(host);
      if (error === 'not-canonical') {
        problems.push({ at: `${at}.host`, message: msg('problem_hostNotCanonical', describeValue(host)) });
        ok = false;
      } else if (error) {
        problems.push({ at: `${at}.host`, message: msg('problem_hostInvalid', describeValue(host), error) });
        ok = false;
      }
    }
    if (typeof includeSubdomains !== 'boolean') {
      problems.push({ at: `${at}.includeSubdomains`, message: expectedGot(msg('expect_boolean'), includeSubdomains) });
      ok = false;
    } else if (ok && includeSubdomains && isIpAddress(splitHostPort(host as string).hostname)) {
      problems.push({ at: `${at}.includeSubdomains`, message: msg('problem_ipSubdomains') });
      ok = false;
    }
    if (!ok) return;
    const rule: SiteRule = { host: host as string, includeSubdomains: includeSubdomains as boolean };
    // A duplicate changes nothing about which sites are on: merge silently.
    if (!rules.some((r) => r.host === rule.host && r.includeSubdomains === rule.includeSubdomains)) rules.push(rule);
  });
  return rules;
}

function categories(v: unknown, problems: Problem[]): Category[] | Invalid {
  if (!Array.isArray(v)) return problem(expectedGot(msg('expect_categories'), v));
  const out: Category[] = [];
  v.forEach((item: unknown, i) => {
    if (!CATEGORIES.includes(item as Category)) {
      problems.push({ at: `hiddenCategories[${i}]`, message: expectedGot(msg('expect_oneOf', CATEGORIES.join(', ')), item) });
    } else if (!out.includes(item as Category)) {
      out.push(item as Category);
    }
  });
  return out;
}

const TERM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids of known terms; an id that is no longer in the glossary is kept (it may come back with a pack). */
function knownTerms(v: unknown, problems: Problem[]): string[] | Invalid {
  if (!Array.isArray(v)) return problem(expectedGot(msg('expect_termIds'), v));
  if (v.length > KNOWN_TERMS_MAX) return problem(msg('problem_tooManyTerms', v.length, KNOWN_TERMS_MAX));
  const out: string[] = [];
  v.forEach((item: unknown, i) => {
    if (typeof item !== 'string' || item.length > 64 || !TERM_ID.test(item)) {
      problems.push({ at: `knownTerms[${i}]`, message: expectedGot(msg('expect_termId'), item) });
    } else if (!out.includes(item)) {
      out.push(item);
    }
  });
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
