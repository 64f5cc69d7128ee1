import type { Settings } from './types';

/**
 * Frozen so a caller that mutates the defaults by mistake fails loudly instead
 * of changing them for everybody else in the same context.
 */
export const DEFAULT_SETTINGS: Settings = deepFreeze({
  version: 1,
  paused: false,
  // On by default (DESIGN: "Sites and settings"): the reader should not have
  // to opt every site in before Klartext helps.
  siteMode: 'all-except',
  siteRules: [],
  // Quiet enough to leave on everywhere, headings and links included.
  style: 'dotted',
  // Violet (hue ~258°) rather than blue so marks are not mistaken for links;
  // 6.4:1 on white, 5.9:1 on #f5f5f5.
  colorLight: '#6b46c1',
  // Same hue, lighter: 8.9:1 on #121212, 6.7:1 on #2b2b2b.
  colorDark: '#b9a6ff',
  firstOnly: false,
  hiddenCategories: [],
  // Inside Wikipedia Page Previews' dwell window (~300–500 ms).
  hoverDelayMs: 350,
  explanationLang: 'auto',
  // Terms most readers know stay quiet: a page full of dotted "AI"s helps nobody.
  drawFamiliar: false,
  knownTerms: [],
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
