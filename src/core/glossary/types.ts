export { CATEGORIES, LANGS, type Category, type Lang, type Localized } from './lang-category';
export type { EntrySense, EntrySource, GlossaryEntry } from './entry-schema';
import type { GlossaryEntry } from './entry-schema';
import type { Lang } from './lang-category';

/** A match of a glossary form in a text, with offsets into the original text. */
export interface TermMatch {
  id: string;
  start: number;
  end: number;
  /** Language of the form that matched. */
  lang: Lang;
}

/**
 * What the content script needs to find, mark and list an entry: no
 * explanations (those are asked from the background when a popover opens).
 */
export type MatchEntry = Pick<
  GlossaryEntry,
  'id' | 'title' | 'forms' | 'matchCase' | 'scope' | 'category' | 'familiar' | 'sense' | 'private'
>;

export function toMatchEntry(entry: GlossaryEntry): MatchEntry {
  const { id, title, forms, matchCase, scope, category, familiar, sense } = entry;
  return {
    id,
    title,
    forms,
    category,
    ...(matchCase ? { matchCase } : {}),
    ...(scope ? { scope } : {}),
    ...(familiar ? { familiar } : {}),
    ...(sense ? { sense } : {}),
    ...(entry.private ? { private: true } : {}),
  };
}

/** The fields the matcher reads. */
export type MatchableEntry = Pick<GlossaryEntry, 'id' | 'forms' | 'matchCase' | 'scope'>;
