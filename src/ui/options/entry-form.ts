/**
 * The entry editor's form state: every field as the text the user types, and
 * the conversions to and from a glossary entry. Forms, cues and counter-cues
 * are one per line; related ids are separated by commas.
 */
import type { AddTermRequest } from '../../core/add-term';
import { CATEGORIES, LANGS, type Category, type EntrySense, type GlossaryEntry, type Lang } from '../../core/glossary/types';

export interface EntryDraft {
  title: Record<Lang, string>;
  forms: Record<Lang, string>;
  short: Record<Lang, string>;
  long: Record<Lang, string>;
  category: Category;
  related: string;
  sourceLabel: string;
  url: string;
  /** The forms can mean something else: mark them only where the cues support this sense. */
  ambiguous: boolean;
  cues: string;
  against: string;
  /** A form is also a person's name ("Claude Debussy"). */
  name: boolean;
  /** Never drawn; explained only on selection or from the context menu. */
  private: boolean;
}

export function emptyDraft(): EntryDraft {
  const none = { de: '', en: '' };
  return {
    title: { ...none },
    forms: { ...none },
    short: { ...none },
    long: { ...none },
    category: 'concept',
    related: '',
    sourceLabel: '',
    url: '',
    ambiguous: false,
    cues: '',
    against: '',
    name: false,
    private: false,
  };
}

/**
 * A new entry for a term met on a page ("Add to Klartext"): the term as its
 * title and form in the page's language, the sentence it was met in as an
 * example in the long explanation (`exampleLine` words it), the page as its
 * source. The short explanation is the reader's to write.
 */
export function draftFromAddRequest(request: AddTermRequest, exampleLine: (sentence: string) => string): EntryDraft {
  const draft = emptyDraft();
  draft.title[request.lang] = request.term;
  draft.forms[request.lang] = request.term;
  if (request.example) draft.long[request.lang] = exampleLine(request.example);
  draft.sourceLabel = request.pageTitle ?? '';
  draft.url = request.url ?? '';
  return draft;
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
    ambiguous: entry.sense !== undefined,
    cues: (entry.sense?.cues ?? []).join('\n'),
    against: (entry.sense?.against ?? []).join('\n'),
    name: entry.sense?.name === true,
    private: entry.private === true,
  };
}

const lines = (text: string): string[] => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');

/**
 * The sense rules to save: what the editor shows (cues, counter-cues, name)
 * plus what it does not (`forms`, `supportedBy`, `prefix`, `years`), carried
 * over from `base` with `forms` limited to forms that are still there.
 */
function senseFromDraft(draft: EntryDraft, base: EntrySense | undefined, all: readonly string[]): EntrySense | undefined {
  if (!draft.ambiguous) return undefined;
  const forms = (base?.forms ?? []).filter((f) => all.includes(f));
  return {
    ...base,
    ...(base?.forms ? { forms } : {}),
    cues: lines(draft.cues),
    against: lines(draft.against),
    name: draft.name,
  };
}

/**
 * The raw entry to validate. What the editor does not show (`matchCase`,
 * `scope`, `checked`, `familiar`, `source.section`) is carried over from
 * `base`, the entry being edited, with `matchCase` limited to forms that are
 * still there.
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
    ...(base?.familiar ? { familiar: true } : {}),
    ...(draft.ambiguous ? { sense: senseFromDraft(draft, base?.sense, all) } : {}),
    ...(draft.private ? { private: true } : {}),
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
  if (field.startsWith('sense.cues')) return 'cues';
  if (field.startsWith('sense.against')) return 'against';
  return null;
}

export const DRAFT_LANGS: readonly Lang[] = LANGS;
