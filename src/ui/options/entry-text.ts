import type { GlossaryEntry, Lang } from '../../core/glossary/types';

/** An entry's title in the UI language, else the other one (your entries may have only one). */
export function entryTitle(entry: GlossaryEntry, lang: Lang): string {
  return entry.title[lang] || entry.title[lang === 'de' ? 'en' : 'de'] || entry.id;
}

/** Case-insensitive match of a query against titles, forms and id. */
export function entryMatches(entry: GlossaryEntry, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  const haystack = [entry.id, entry.title.de, entry.title.en, ...entry.forms.de, ...entry.forms.en].join('\n').toLowerCase();
  return haystack.includes(q);
}
