/**
 * The effective glossary: bundled entries, the user's own and the enabled
 * packs, merged into one list the matcher, popover and search can use as if
 * it were the bundled glossary — unique ids, no form claimed twice, `related`
 * pointing only at entries that are there.
 *
 * Precedence: your own entries, then packs in list order, then bundled. A
 * higher entry with the same id replaces a lower one (that is how an entry of
 * yours overrides a bundled one); a higher entry with the same form takes that
 * form from the lower one, which keeps its other forms.
 */
import { formKey } from '../form-key';
import { LANGS, type GlossaryEntry, type Lang, type Localized } from '../types';
import type { EntryOrigin, UserGlossary } from './types';

export interface Overridden {
  id: string;
  origin: EntryOrigin;
  by: EntryOrigin;
}

export interface ShadowedForm {
  /** The entry that lost the form, and the one that has it. */
  id: string;
  form: string;
  byId: string;
}

/**
 * What merging needs of a bundled entry. The popup and background pass full
 * entries; the content script passes its match index (no explanations), so
 * the result holds whichever it was given, plus the user's full entries.
 */
export interface MergeableEntry {
  id: string;
  forms: Localized<string[]>;
  scope?: Lang;
  matchCase?: string[];
  related?: string[];
}

export interface MergeResult<T extends MergeableEntry = GlossaryEntry> {
  /** In precedence order: yours, packs, bundled. */
  entries: (T | GlossaryEntry)[];
  origins: Map<string, EntryOrigin>;
  overridden: Overridden[];
  shadowed: ShadowedForm[];
}

interface Candidate<T> {
  entry: T | GlossaryEntry;
  origin: EntryOrigin;
}

function candidates<T extends MergeableEntry>(bundled: readonly T[], user: UserGlossary): Candidate<T>[] {
  const hidden = new Set(user.hiddenBundled);
  const out: Candidate<T>[] = user.entries.map((entry) => ({ entry, origin: { kind: 'user' } }));
  for (const pack of user.packs) {
    if (!pack.enabled) continue;
    const origin: EntryOrigin = { kind: 'pack', packId: pack.id, packName: pack.name };
    for (const entry of pack.entries) out.push({ entry, origin });
  }
  for (const entry of bundled) if (!hidden.has(entry.id)) out.push({ entry, origin: { kind: 'bundled' } });
  return out;
}

interface Claim {
  id: string;
  scope: Lang | undefined;
}

/** Same rule as the validator: two entries may share a form only when scoped to different languages. */
function clashes(claims: readonly Claim[], entry: MergeableEntry): Claim | undefined {
  return claims.find((c) => c.id !== entry.id && !(c.scope !== undefined && entry.scope !== undefined && c.scope !== entry.scope));
}

export function mergeGlossary<T extends MergeableEntry = GlossaryEntry>(bundled: readonly T[], user: UserGlossary): MergeResult<T> {
  const origins = new Map<string, EntryOrigin>();
  const overridden: Overridden[] = [];
  const shadowed: ShadowedForm[] = [];
  const accepted: (T | GlossaryEntry)[] = [];
  for (const { entry, origin } of candidates(bundled, user)) {
    const winner = origins.get(entry.id);
    if (winner) {
      overridden.push({ id: entry.id, origin, by: winner });
      continue;
    }
    origins.set(entry.id, origin);
    accepted.push(entry);
  }

  const claims = new Map<string, Claim[]>();
  const ids = new Set(accepted.map((e) => e.id));
  const entries = accepted.map((entry) => {
    const forms: Record<Lang, string[]> = { de: [], en: [] };
    let lost = false;
    for (const lang of LANGS) {
      for (const form of entry.forms[lang]) {
        const key = formKey(form);
        const list = claims.get(key) ?? [];
        const other = clashes(list, entry);
        if (other) {
          shadowed.push({ id: entry.id, form, byId: other.id });
          lost = true;
          continue;
        }
        if (!list.some((c) => c.id === entry.id)) list.push({ id: entry.id, scope: entry.scope });
        claims.set(key, list);
        forms[lang].push(form);
      }
    }
    const related = entry.related?.filter((id) => ids.has(id));
    if (!lost && related?.length === entry.related?.length) return entry;
    const kept = new Set([...forms.de, ...forms.en]);
    const matchCase = entry.matchCase?.filter((f) => kept.has(f));
    return { ...entry, forms, ...(related ? { related } : {}), ...(matchCase ? { matchCase } : {}) };
  });
  return { entries, origins, overridden, shadowed };
}
