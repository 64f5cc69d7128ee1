/**
 * The entry editor's form state: every field as the text the user types, and
 * the conversions to and from a glossary entry. Forms are one per line;
 * related ids are separated by commas.
 */
import { CATEGORIES, LANGS, type Category, type GlossaryEntry, type Lang } from '../../core/glossary/types';

export interface EntryDraft {
  title: Record<Lang, string>;
  forms: Record<Lang, string>;
  short: Record<Lang, string>;
  long: Record<Lang, string>;
  category: Category;
  related: string;
  sourceLabel: string;
  url: string;
}

export function emptyDraft(): EntryDraft {
  const none = { de: '', en: '' };
  return { title: { ...none }, forms: { ...none }, short: { ...none }, long: { ...none }, category: 'concept', related: '', sourceLabel: '', url: '' };
}

export function draftFromEntry(entry: GlossaryEntry): EntryDraft {
  const pick = (r: Record<Lang, string>) => ({ de: r.de, en: r.en });
  return {
    title: pick(entry.title),
    forms: { de: entry.forms.de.join('\n'), en: entry.forms.en.join('\n') },
    short: pick(entry.short),
    long: pick(entry.long),
    category: CATEGORIES.includes(entry.category) ? entry.category : 'concept',
    related: entry.related.join(', '),
    sourceLabel: entry.source.label,
    url: entry.source.url ?? '',
  };
}

const lines = (text: string): string[] => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');

/**
 * The raw entry to validate. What the editor does not show (`matchCase`,
 * `scope`, `checked`, `source.section`) is carried over from `base`, the entry
 * being edited, with `matchCase` limited to forms that are still there.
 */
export function entryFromDraft(draft: EntryDraft, spec: { id: string; base?: GlossaryEntry; defaultSourceLabel: string }): Record<string, unknown> {
  const { base } = spec;
  const forms = { de: lines(draft.forms.de), en: lines(draft.forms.en) };
  const all = [...forms.de, ...forms.en];
  const source: Record<string, string> = { label: draft.sourceLabel.trim() || spec.defaultSourceLabel };
  if (base?.source.section) source.section = base.source.section;
  if (draft.url.trim() !== '') source.url = draft.url.trim();
  return {
    id: spec.id,
    title: { ...draft.title },
    forms,
    matchCase: (base?.matchCase ?? []).filter((f) => all.includes(f)),
    short: { ...draft.short },
    long: { ...draft.long },
    category: draft.category,
    related: draft.related.split(',').map((r) => r.trim()).filter((r) => r !== ''),
    source,
    ...(base?.scope ? { scope: base.scope } : {}),
    ...(base?.checked ? { checked: base.checked } : {}),
  };
}

/** The editor field (input id suffix) a validator problem belongs to, e.g. "forms.de[2]" → "forms-de". */
export function inputForField(field: string): string | null {
  const m = /^(title|forms|short|long)\.(de|en)/.exec(field);
  if (m) return `${m[1]}-${m[2]}`;
  if (field.startsWith('related')) return 'related';
  if (field === 'category') return 'category';
  if (field === 'source.url') return 'url';
  if (field.startsWith('source')) return 'source';
  return null;
}

export const DRAFT_LANGS: readonly Lang[] = LANGS;
