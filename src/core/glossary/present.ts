import type { EntryView } from '../protocol/replies';
import { entryTitle, localized } from './localized';
import type { GlossaryEntry, Lang } from './types';

/** What a popover (or the popup's detail view) shows for one entry, in one language: the `get-entry` reply's schema says its shape (core/protocol/replies). */
export type { EntryView };

function primary(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The language to explain in: the reader's explicit choice, else the language
 * of the text around the term, else the language of the form that matched.
 */
export function chooseLang(options: {
  preference: 'auto' | Lang;
  textLang: string;
  formLang: Lang;
}): Lang {
  if (options.preference !== 'auto') return options.preference;
  const text = primary(options.textLang);
  if (text === 'de' || text === 'en') return text;
  return options.formLang;
}

export function presentEntry(
  entry: GlossaryEntry,
  lang: Lang,
  lookup: (id: string) => GlossaryEntry | undefined,
): EntryView {
  const related = entry.related.flatMap((id) => {
    const target = lookup(id);
    return target ? [{ id, title: entryTitle(target, lang) }] : [];
  });
  return {
    id: entry.id,
    lang,
    title: entryTitle(entry, lang),
    short: localized(entry.short, lang),
    long: localized(entry.long, lang),
    category: entry.category,
    related,
    source: entry.source,
    ...(entry.checked ? { checked: entry.checked } : {}),
  };
}
