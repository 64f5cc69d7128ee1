import type { Lang, MatchableEntry } from '../glossary/types';
import { LANGS } from '../glossary/types';
import type { BmpCharTable } from '../text/char-table';
import { collapseSeparators, normalizeForm } from '../text/normalize';

/** Bit per language in `FormRecord.langs`, in `LANGS` order (de = 1, en = 2). */
export function langBit(lang: Lang): number {
  return 1 << LANGS.indexOf(lang);
}

/** One distinct way an entry can match: what the automaton looks for and what it checks after. */
export interface FormRecord {
  entryIndex: number;
  id: string;
  /** Folded, normalised form: what the automaton matches. */
  key: string;
  /** Normalised form in its own case: compared unit by unit when `exact`. */
  raw: string;
  /** Matches only with exactly this capitalisation (acronyms, `matchCase`). */
  exact: boolean;
  /** Language bit of `scope`, 0 when the entry is not scoped. */
  scope: number;
  /** Bits of the languages whose form lists contain this form. */
  langs: number;
}

const LOWERCASE_RE = /\p{Ll}/u;
// In a `u` regex a surrogate class only matches unpaired halves.
const LONE_SURROGATE_RE = /[\uD800-\uDFFF]/u;

/**
 * Per-code-point folding of a form (what the scan does to the text). The
 * whole-string `toLowerCase` gives the same result, natively and fast, unless
 * a char grows (only U+0130 İ does) or the Greek final-sigma rule applies.
 */
export function foldForm(raw: string, table?: BmpCharTable): string {
  const lower = raw.toLowerCase();
  return lower.length === raw.length && !raw.includes('\u03A3') ? lower : normalizeForm(raw, { table });
}

/**
 * Turns entries into distinct form records in priority order: when several
 * records match the very same span, the first valid one wins. Exact-case
 * records come first (they say more), then glossary order. A form listed in
 * both languages of one entry becomes one record with both language bits, so
 * the text's language can decide which one to report.
 *
 * Forms that normalise to nothing or contain unpaired surrogates are skipped:
 * they could only produce empty matches or matches ending inside a character.
 */
export function collectForms(entries: readonly MatchableEntry[], table?: BmpCharTable): FormRecord[] {
  const byKey = new Map<string, FormRecord>();
  const records: FormRecord[] = [];
  entries.forEach((entry, entryIndex) => {
    const matchCase = new Set((entry.matchCase ?? []).map(collapseSeparators));
    const scope = entry.scope ? langBit(entry.scope) : 0;
    for (const lang of LANGS) {
      for (const form of entry.forms[lang] ?? []) {
        if (LONE_SURROGATE_RE.test(form)) continue;
        const raw = collapseSeparators(form);
        if (raw === '') continue;
        const exact = matchCase.has(raw) || !LOWERCASE_RE.test(raw);
        const key = foldForm(raw, table);
        // Two insensitive spellings that fold alike match the same texts;
        // exact ones differ whenever their own case differs.
        const dedupe = `${entryIndex}\u0000${exact ? `E${raw}` : `I${key}`}`;
        const known = byKey.get(dedupe);
        if (known) {
          known.langs |= langBit(lang);
          continue;
        }
        const record: FormRecord = { entryIndex, id: entry.id, key, raw, exact, scope, langs: langBit(lang) };
        byKey.set(dedupe, record);
        records.push(record);
      }
    }
  });
  // Array.prototype.sort is stable, so glossary order survives within each group.
  return records.sort((a, b) => Number(b.exact) - Number(a.exact) || a.entryIndex - b.entryIndex);
}
