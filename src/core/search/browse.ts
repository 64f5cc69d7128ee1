/** The glossary for browsing: by category, each category A–Z. */
import { entryTitle } from '../glossary/localized';
import type { Category, GlossaryEntry, Lang } from '../glossary/types';

export interface CategoryGroup {
  category: Category;
  label: string;
  entries: GlossaryEntry[];
}

export interface GroupOptions {
  /** Language of the titles sorted by. */
  lang: Lang;
  /** The category's display name; groups are sorted by it too. */
  label: (category: Category) => string;
}

export function groupByCategory(entries: readonly GlossaryEntry[], options: GroupOptions): CategoryGroup[] {
  const { lang, label } = options;
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const groups = new Map<Category, GlossaryEntry[]>();
  for (const entry of entries) {
    const list = groups.get(entry.category) ?? [];
    list.push(entry);
    groups.set(entry.category, list);
  }
  return [...groups]
    .map(([category, list]) => ({
      category,
      label: label(category),
      entries: list.sort((a, b) => collator.compare(entryTitle(a, lang), entryTitle(b, lang))),
    }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
