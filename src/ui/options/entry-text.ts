import type { GlossaryEntry } from '../../core/glossary/types';

/** Case-insensitive match of a query against titles, forms and id. */
export function entryMatches(entry: GlossaryEntry, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  const haystack = [entry.id, entry.title.de, entry.title.en, ...entry.forms.de, ...entry.forms.en].join('\n').toLowerCase();
  return haystack.includes(q);
}
