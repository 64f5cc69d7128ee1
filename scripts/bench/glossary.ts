import { BUNDLED_GLOSSARY } from '../../src/core/glossary/bundled';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import { compileMatcher, type Matcher } from '../../src/core/matcher';

export interface BenchGlossary {
  entries: readonly GlossaryEntry[];
  /** Every surface form as written in the glossary, both languages, de-duplicated ignoring case. */
  forms: string[];
  /** The same matcher the content script compiles (used to know how many marks to expect). */
  matcher: Matcher;
}

export function loadBenchGlossary(): BenchGlossary {
  const entries = BUNDLED_GLOSSARY;
  if (entries.length === 0) throw new Error('The bundled glossary is empty: nothing to benchmark.');
  const seen = new Set<string>();
  const forms: string[] = [];
  for (const entry of entries) {
    for (const form of [...entry.forms.de, ...entry.forms.en]) {
      const key = form.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      forms.push(form);
    }
  }
  return { entries, forms, matcher: compileMatcher(entries) };
}

/**
 * Characters that end a word for mark.js's `accuracy: 'exactly'` (besides
 * whitespace, which includes the no-break space): ASCII punctuation plus the
 * typographic marks German and English pages use. This is as close as mark.js
 * gets to Klartext's Unicode word boundaries ("KI" in "KI-Modell", not in
 * "Kiel").
 */
export const MARKJS_LIMITERS = [
  ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  ...'¡¿«»‹›„“”‚‘’–—―‐‑…·•',
  '\u00AD',
];

/**
 * The elements Klartext never scans that mark.js does not skip by itself, as
 * one selector list: mark.js calls `matches()` once per entry for every text
 * node and keyword, so fourteen entries would make it several times slower.
 */
export const MARKJS_EXCLUDE = [
  'input',
  'textarea',
  'select',
  'option',
  'noscript',
  'template',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  '[contenteditable]:not([contenteditable="false"])',
].join(', ');

/**
 * mark.js options for "the same surface forms, whole words, any case".
 * Where mark.js offers a choice, the faster one is taken (no diacritics
 * classes, no matching across elements), so the comparison flatters mark.js.
 */
export const MARKJS_OPTIONS = {
  separateWordSearch: false,
  caseSensitive: false,
  diacritics: false,
  acrossElements: false,
  iframes: false,
  accuracy: { value: 'exactly', limiters: MARKJS_LIMITERS },
  exclude: [MARKJS_EXCLUDE],
} as const;
