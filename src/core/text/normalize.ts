import type { BmpCharTable } from './char-table';
import { CLASS_IGNORED, CLASS_SEPARATOR, classifyCodePoint, foldCodePoint } from './chars';

export {
  CLASS_IGNORED,
  CLASS_OTHER,
  CLASS_SEPARATOR,
  CLASS_WORD,
  SOFT_HYPHEN,
  classifyCodePoint,
  collapseSeparators,
  foldCodePoint,
  isSeparatorCodePoint,
  isWordCodePoint,
} from './chars';
export type { CharClass } from './chars';

/** The space every run of separators becomes. */
export const NORMALIZED_SEPARATOR = ' ';

export interface NormalizeOptions {
  /** Lower-case per code point (default true); false keeps the original case. */
  fold?: boolean;
  /** Memo for long texts; without one every non-ASCII char costs a regex test. */
  table?: BmpCharTable;
}

/**
 * A text as the matcher sees it, with a way back to the original.
 *
 * Each unit of `value` comes from exactly one original code point, except a
 * separator, which stands for a whole run of separators (and soft hyphens in
 * between). Soft hyphens produce nothing. Folding never changes a code
 * point's UTF-16 length, so a non-separator unit maps to one original unit.
 */
export interface NormalizedText {
  value: string;
  /** `offsets[k]`: original offset where unit k of `value` starts. */
  offsets: Int32Array;
  /** `ends[k]`: original offset just after the last original unit behind unit k. */
  ends: Int32Array;
}

// String.fromCharCode takes its units as arguments; chunking keeps a 5 MB text
// under the engine's argument limit, and `apply` avoids spread's iterator
// (3× slower). TextDecoder is no option: it replaces lone surrogates.
const CHUNK = 8192;

function unitsToString(units: Uint16Array): string {
  let out = '';
  for (let i = 0; i < units.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}

// Local copies: test runners and dev servers expose imported bindings as
// getters, which costs several times the loop itself on a 5 MB text.
const IGNORED = CLASS_IGNORED;
const SEPARATOR = CLASS_SEPARATOR;

/** Normalises separators, drops soft hyphens and (by default) folds case. */
export function normalizeText(text: string, options: NormalizeOptions = {}): NormalizedText {
  const fold = options.fold ?? true;
  const table = options.table;
  const units = new Uint16Array(text.length);
  const offsets = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  let length = 0;
  let inSeparatorRun = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    let cls: number;
    let folded: number;
    if (table && cp <= 0xffff && (cp < 0xd800 || cp > 0xdfff)) {
      cls = table.classes[cp] || table.fill(cp);
      folded = table.folds[cp] ?? cp;
    } else {
      cls = classifyCodePoint(cp);
      folded = fold ? foldCodePoint(cp) : cp;
    }
    if (cls === IGNORED) {
      i += width;
      continue;
    }
    if (cls === SEPARATOR) {
      if (inSeparatorRun) {
        ends[length - 1] = i + width;
      } else {
        units[length] = 0x20;
        offsets[length] = i;
        ends[length] = i + width;
        length++;
        inSeparatorRun = true;
      }
      i += width;
      continue;
    }
    inSeparatorRun = false;
    const out = fold ? folded : cp;
    if (out > 0xffff) {
      units[length] = 0xd800 + ((out - 0x10000) >> 10);
      units[length + 1] = 0xdc00 + ((out - 0x10000) & 0x3ff);
      offsets[length] = i;
      ends[length] = i + 1;
      offsets[length + 1] = i + 1;
      ends[length + 1] = i + 2;
      length += 2;
    } else {
      units[length] = out;
      offsets[length] = i;
      ends[length] = i + 1;
      length++;
    }
    i += width;
  }
  return {
    value: unitsToString(units.subarray(0, length)),
    offsets: offsets.slice(0, length),
    ends: ends.slice(0, length),
  };
}

/** Original range behind `value.slice(start, end)` of a normalised text (end exclusive). */
export function toOriginalRange(
  normalized: NormalizedText,
  range: { start: number; end: number },
): { start: number; end: number } {
  if (range.end <= range.start) {
    const at = normalized.offsets[range.start] ?? normalized.ends[normalized.ends.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return {
    start: normalized.offsets[range.start] ?? 0,
    end: normalized.ends[range.end - 1] ?? 0,
  };
}

/**
 * A glossary form as the matcher compares it: normalised, without leading or
 * trailing separators. Builds the string directly (no offset arrays): compile
 * calls this for every form, and the content script compiles at start.
 */
export function normalizeForm(form: string, options: NormalizeOptions = {}): string {
  const fold = options.fold ?? true;
  const table = options.table;
  let out = '';
  let separatorPending = false;
  for (let i = 0; i < form.length; ) {
    const cp = form.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    const cached = table && cp < 0xd800 ? table.classes[cp] || table.fill(cp) : 0;
    const cls = cached || classifyCodePoint(cp);
    if (cls === IGNORED) continue;
    if (cls === SEPARATOR) {
      separatorPending = out.length > 0;
      continue;
    }
    if (separatorPending) out += NORMALIZED_SEPARATOR;
    separatorPending = false;
    const folded = fold ? (cached ? (table?.folds[cp] ?? cp) : foldCodePoint(cp)) : cp;
    out += String.fromCodePoint(folded);
  }
  return out;
}
