import type { EntryView } from '../protocol/replies';
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

function other(lang: Lang): Lang {
  return lang === 'de' ? 'en' : 'de';
}

/** A field in the wanted language, falling back to the other one (user entries may have only one). */
function pick(field: Record<Lang, string>, lang: Lang): string {
  return field[lang]?.trim() ? field[lang] : (field[other(lang)] ?? '');
}

export function presentEntry(
  entry: GlossaryEntry,
  lang: Lang,
  lookup: (id: string) => GlossaryEntry | undefined,
): EntryView {
  const related = entry.related.flatMap((id) => {
    const target = lookup(id);
    return target ? [{ id, title: pick(target.title, lang) }] : [];
  });
  return {
    id: entry.id,
    lang,
    title: pick(entry.title, lang),
    short: pick(entry.short, lang),
    long: pick(entry.long, lang),
    category: entry.category,
    related,
    source: entry.source,
    ...(entry.checked ? { checked: entry.checked } : {}),
  };
}
