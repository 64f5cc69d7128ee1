import type { Category } from '../glossary/types';

export type HighlightStyle = 'underline' | 'dotted' | 'background' | 'none';
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'dotted', 'background', 'none'];

/** 'auto' follows the language of the text around the term. */
export type ExplanationLang = 'auto' | 'de' | 'en';
export const EXPLANATION_LANGS: readonly ExplanationLang[] = ['auto', 'de', 'en'];

export type SiteMode = 'all-except' | 'only-listed';
export const SITE_MODES: readonly SiteMode[] = ['all-except', 'only-listed'];

/**
 * One site rule. What a rule means depends on `Settings.siteMode`: in
 * 'all-except' the listed sites are off, in 'only-listed' they are the only
 * ones on.
 */
export interface SiteRule {
  /**
   * Canonical host as `parseSiteInput` returns it: lowercase ASCII (IDNs in
   * punycode), no trailing dot, optionally with a non-default port
   * ("localhost:8080"); IPv6 in brackets ("[::1]"). A rule without a port
   * covers every port of that host; a rule with a port only that port.
   */
  host: string;
  /**
   * Also covers every subdomain ("*.heise.de" covers heise.de and
   * news.heise.de). Kept a separate, visible choice: a host-only default
   * avoids rules silently reaching further than the user meant.
   */
  includeSubdomains: boolean;
}

export interface Settings {
  version: 1;
  /** Global pause: wins over every site rule. */
  paused: boolean;
  siteMode: SiteMode;
  siteRules: SiteRule[];
  style: HighlightStyle;
  /** '#rrggbb' (lowercase) used on light pages. */
  colorLight: string;
  /** '#rrggbb' (lowercase) used on dark pages. */
  colorDark: string;
  /** Mark only the first occurrence of each term instead of every one. */
  firstOnly: boolean;
  /** Categories whose terms are not marked. No duplicates. */
  hiddenCategories: Category[];
  /** Pointer dwell before the popover opens; integer, HOVER_DELAY_MIN..MAX. */
  hoverDelayMs: number;
  explanationLang: ExplanationLang;
  /** Draw terms most readers know (Google, KI, API…) like the others, instead of only explaining them. */
  drawFamiliar: boolean;
  /** Ids of terms the reader said they know: explained on hover, not drawn. No duplicates. */
  knownTerms: string[];
}

export const SETTINGS_VERSION = 1;
export const HOVER_DELAY_MIN = 100;
export const HOVER_DELAY_MAX = 2000;
/** Known terms kept at most (far more than any glossary a reader knows by heart). */
export const KNOWN_TERMS_MAX = 5000;
