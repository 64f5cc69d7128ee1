/** The two languages every bundled entry is written in. German comes first. */
export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];

export type Category =
  | 'model'
  | 'product'
  | 'company'
  | 'technique'
  | 'concept'
  | 'event'
  | 'policy'
  | 'hardware'
  | 'economy';

export const CATEGORIES: readonly Category[] = [
  'model',
  'product',
  'company',
  'technique',
  'concept',
  'event',
  'policy',
  'hardware',
  'economy',
];

export type Localized<T = string> = Record<Lang, T>;

/** Where an entry's facts come from. */
export interface EntrySource {
  /** Human-readable origin, e.g. "TechObserver.de, updated 31 January 2025". */
  label: string;
  /** Section of the article the term appears in; omitted for background entries. */
  section?: string;
  /** Optional http(s) link. */
  url?: string;
}

/**
 * One glossary entry as written by the team (or imported by a user).
 *
 * Surface forms: every spelling a reader may meet, per language. Separators
 * (space, hyphen, no-break space, U+2011, soft hyphen) are interchangeable, so
 * "DeepSeek R1" also covers "DeepSeek-R1". Matching ignores case, except for
 * forms with no lowercase letter (KI, LLM, GPT-4) and forms listed in
 * `matchCase` (MoE, Meta) — acronyms and names that collide with words.
 */
export interface GlossaryEntry {
  /** Stable id: lowercase letters, digits and hyphens. */
  id: string;
  title: Localized;
  forms: Localized<string[]>;
  /** Forms (from `forms`) that only match with exactly this capitalisation. */
  matchCase?: string[];
  /** One or two sentences for a newcomer. */
  short: Localized;
  /** A longer explanation, a paragraph or two. */
  long: Localized;
  category: Category;
  /** Ids of related entries. */
  related: string[];
  /** Only explain the term where the text around it is in this language. */
  scope?: Lang;
  /** ISO date (YYYY-MM-DD) the fast-moving facts were last checked. */
  checked?: string;
  source: EntrySource;
  /**
   * Most readers know this term (Google, KI/AI, API…): it is explained on
   * hover, focus and selection but not drawn, unless the reader asks for it.
   */
  familiar?: boolean;
  /** The entry's forms can mean something else: what supports the glossary's sense (see `EntrySense`). */
  sense?: EntrySense;
  /**
   * A reader's entry they keep to themselves: its term is never drawn, not
   * even quietly (highlights are visible to the page), and it is explained
   * only when the reader selects it or asks the context menu.
   */
  private?: boolean;
}

/**
 * How to tell the glossary's sense of an ambiguous form from another one
 * ("Claude" the model, not Claude Debussy; a token of a language model, not
 * a login token). An ambiguous occurrence is marked only where the evidence
 * around it (sentence, block, section heading, page title, other glossary
 * terms nearby and on the page) supports this sense; see `src/core/sense/`.
 * Cues are words or phrases ("API token"); a trailing `*` matches any word
 * that starts so ("modell*" covers Modelle, Modellen). Case does not matter.
 */
export interface EntrySense {
  /** The forms (from `forms`) that can mean something else; every form when omitted. */
  forms?: string[];
  /** Words and phrases that support the glossary's sense, in either language. */
  cues?: string[];
  /** Words and phrases that point to another sense. */
  against?: string[];
  /**
   * Entries whose presence nearby supports this sense. When omitted: every
   * entry that is neither ambiguous nor familiar.
   */
  supportedBy?: string[];
  /**
   * The form is also a given name or surname: next to a capitalised word that
   * is neither a cue nor a glossary term ("Claude Debussy", "Georges Claude")
   * it names a person.
   */
  name?: boolean;
  /** The form is also a prefix: as the first part of a hyphenated compound ("Meta-Analyse") it is another sense unless the rest is a cue. */
  prefix?: boolean;
  /** The form names a product with versions: a version number right after it ("Gemini 2.0", "Llama 3.1") supports the sense. */
  versioned?: boolean;
  /**
   * The entry is about events of these years (the slump of January 2025): a
   * sentence that names another year, and not one of these, is about something else.
   */
  years?: number[];
  /**
   * Only the occurrence's own surroundings decide (sentence, block, section
   * heading, page title): the page's other terms and the entry's other
   * occurrences give no help. For entries about one story (the slump of
   * January 2025): a finance page that mentions DeepSeek once does not make
   * every crash on it that slump.
   */
  local?: boolean;
}

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
