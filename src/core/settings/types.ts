/**
 * The settings as stored (version 1), declared once as a schema: `Settings`
 * and `SiteRule` are inferred from it (`validate.ts` runs it). Strict on
 * purpose: DESIGN says invalid settings are reported and the last good state
 * kept, so every field is checked and every problem names its field, e.g.
 * `siteRules[2].host: "Heise DE" is not a valid site (has-spaces)`.
 * Unknown extra fields are dropped, so a newer Klartext of the same version
 * can add optional fields without breaking an older one.
 */
import * as v from 'valibot';
import { CATEGORIES } from '../glossary/types';
import { msg, type MessageArg } from '../message';
import { ID_PATTERN } from '../schema/checks';
import { record, says, wholeNumber } from '../schema/issues';
import { describeValue, expectedGot } from './describe-value';
import { checkCanonicalHost, isIpAddress, splitHostPort } from './site-input';

export type HighlightStyle = 'underline' | 'dotted' | 'background' | 'none';
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'dotted', 'background', 'none'];

/** 'auto' follows the language of the text around the term. */
export type ExplanationLang = 'auto' | 'de' | 'en';
export const EXPLANATION_LANGS: readonly ExplanationLang[] = ['auto', 'de', 'en'];

export type SiteMode = 'all-except' | 'only-listed';
export const SITE_MODES: readonly SiteMode[] = ['all-except', 'only-listed'];

export const SETTINGS_VERSION = 1;
export const HOVER_DELAY_MIN = 100;
export const HOVER_DELAY_MAX = 2000;
/** Known terms kept at most (far more than any glossary a reader knows by heart). */
export const KNOWN_TERMS_MAX = 5000;

/** "expected true or false, got "yes"". */
const got = (what: MessageArg) => says((input) => expectedGot(what, input));
/** The same for a field of the settings, or "is missing" when it is not there. */
const expected = (what: MessageArg) => says((input) => (input === undefined ? msg('problem_settingMissing') : expectedGot(what, input)));
const oneOf = <T extends string>(options: readonly T[], say = expected) => v.picklist(options, say(msg('expect_oneOf', options.join(', '))));
const bool = (say = expected) => v.boolean(say(msg('expect_boolean')));
const milliseconds = expected(msg('expect_milliseconds', HOVER_DELAY_MIN, HOVER_DELAY_MAX));
const termId = got(msg('expect_termId'));
/** A list without repeats (a repeat changes nothing, so it is dropped silently). */
const unique = <T>(same: (a: T, b: T) => boolean) => v.transform((list: T[]) => list.filter((x, i) => list.findIndex((y) => same(x, y)) === i));

/** One site rule; what it means depends on `siteMode` ('all-except': the site is off; 'only-listed': it is one of those on). */
const siteRule = v.pipe(
  record(
    {
      /**
       * Canonical host as `parseSiteInput` returns it: lowercase ASCII (IDNs in
       * punycode), no trailing dot, optionally with a non-default port
       * ("localhost:8080"); IPv6 in brackets ("[::1]"). A rule without a port
       * covers every port of that host; a rule with a port only that port.
       */
      host: v.pipe(
        v.string(got(msg('expect_hostName'))),
        v.rawCheck(({ dataset, addIssue }) => {
          if (!dataset.typed) return;
          const host = dataset.value;
          const error = checkCanonicalHost(host);
          if (error === 'not-canonical') addIssue({ message: says(msg('problem_hostNotCanonical', describeValue(host))) });
          else if (error) addIssue({ message: says(msg('problem_hostInvalid', describeValue(host), error)) });
        }),
      ),
      /**
       * Also covers every subdomain ("*.heise.de" covers heise.de and
       * news.heise.de). Kept a separate, visible choice: a host-only default
       * avoids rules silently reaching further than the user meant.
       */
      includeSubdomains: bool(got),
    },
    (input) => expectedGot(msg('expect_siteRule'), input),
  ),
  v.rawCheck<{ host: string; includeSubdomains: boolean }>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const rule = dataset.value;
    if (!rule.includeSubdomains || !isIpAddress(splitHostPort(rule.host).hostname)) return;
    const path: [v.ObjectPathItem] = [{ type: 'object', origin: 'value', input: rule, key: 'includeSubdomains', value: true }];
    addIssue({ message: says(msg('problem_ipSubdomains')), path });
  }),
);
export type SiteRule = v.InferOutput<typeof siteRule>;

const colour = v.pipe(
  // Upper case is accepted (hand-edited or imported) and stored lower case, so comparisons and the colour input agree.
  v.string(expected(msg('expect_colour'))),
  v.regex(/^#[0-9a-f]{6}$/i, expected(msg('expect_colour'))),
  v.transform((c) => c.toLowerCase()),
);

export const SettingsSchema = record(
  {
    version: v.literal(SETTINGS_VERSION),
    /** Global pause: wins over every site rule. */
    paused: bool(),
    siteMode: oneOf(SITE_MODES),
    siteRules: v.pipe(
      v.array(siteRule, expected(msg('expect_siteRules'))),
      unique<SiteRule>((a, b) => a.host === b.host && a.includeSubdomains === b.includeSubdomains),
    ),
    style: oneOf(HIGHLIGHT_STYLES),
    /** '#rrggbb' (lowercase) used on light pages. */
    colorLight: colour,
    /** '#rrggbb' (lowercase) used on dark pages. */
    colorDark: colour,
    /** Mark only the first occurrence of each term instead of every one. */
    firstOnly: bool(),
    /** Categories whose terms are not marked. No duplicates. */
    hiddenCategories: v.pipe(v.array(oneOf(CATEGORIES, got), expected(msg('expect_categories'))), unique((a, b) => a === b)),
    /** Pointer dwell before the popover opens; integer, HOVER_DELAY_MIN..MAX. */
    hoverDelayMs: wholeNumber(HOVER_DELAY_MIN, HOVER_DELAY_MAX, milliseconds),
    /** 'auto' follows the language of the text around the term. */
    explanationLang: oneOf(EXPLANATION_LANGS),
    // Fields added after version 1 first shipped: settings written before them are still valid.
    /** Draw terms most readers know (Google, KI, API…) like the others, instead of only explaining them. */
    drawFamiliar: v.optional(bool(), false),
    /**
     * Ids of terms the reader said they know: explained on hover, not drawn. No
     * duplicates. An id no longer in the glossary is kept (it may come back with a pack).
     */
    knownTerms: v.optional(
      v.pipe(
        v.array(v.unknown(), expected(msg('expect_termIds'))),
        v.maxLength(KNOWN_TERMS_MAX, says((input) => msg('problem_tooManyTerms', (input as unknown[]).length, KNOWN_TERMS_MAX))),
        v.array(v.pipe(v.string(termId), v.maxLength(64, termId), v.regex(ID_PATTERN, termId))),
        unique((a, b) => a === b),
      ),
      [],
    ),
  },
  (input) => expectedGot(msg('expect_object'), input),
);

export type Settings = v.InferOutput<typeof SettingsSchema>;
