import type { GlossaryEntry, Lang } from './types';

function other(lang: Lang): Lang {
  return lang === 'de' ? 'en' : 'de';
}

/** A field in the wanted language, falling back to the other one (the reader's own entries may have only one). */
export function localized(field: Record<Lang, string>, lang: Lang): string {
  return field[lang]?.trim() ? field[lang] : (field[other(lang)] ?? '');
}

/**
 * An entry's title in `lang`, else in the other language, else its id: the
 * one name every view (popover, popup, options page, sync's lists) gives it.
 */
export function entryTitle(entry: Pick<GlossaryEntry, 'id' | 'title'>, lang: Lang): string {
  return localized(entry.title, lang).trim() ? localized(entry.title, lang) : entry.id;
}
