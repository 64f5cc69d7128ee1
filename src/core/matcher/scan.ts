import type { TermMatch } from '../glossary/types';
import { LANGS } from '../glossary/types';
import { BmpCharTable } from '../text/char-table';
import {
  CLASS_IGNORED,
  CLASS_OTHER,
  CLASS_SEPARATOR,
  CLASS_WORD,
  classifyCodePoint,
  foldCodePoint,
} from '../text/chars';
import type { Automaton } from './automaton';
import type { FormRecord } from './compile-forms';
import { classBefore, nextStart, startSearch } from './prefilter';

// Local copies: test runners and dev servers expose imported bindings as
// getters, which would be paid per character in the loop below.
const IGNORED = CLASS_IGNORED;
const OTHER = CLASS_OTHER;
const SEPARATOR = CLASS_SEPARATOR;
const WORD = CLASS_WORD;
const LANG_LIST = LANGS;

/** Everything one scan reads, built once by `compileMatcher`. */
export interface ScanPlan {
  automaton: Automaton;
  /** Indexed like the automaton's keys. */
  records: readonly FormRecord[];
  table: BmpCharTable;
  /** Candidate starts (`prefilter.ts`); undefined = step the automaton over all of every text. */
  prefilter: RegExp | undefined;
}

/**
 * Per-matcher buffers, reused across calls: the content script calls `match`
 * once per text node, so allocating per call would dominate on small nodes.
 *
 * Rings are indexed by position in the normalised stream modulo a power of two
 * larger than the longest form, which is all the look-back a candidate needs.
 */
export interface ScanScratch {
  mask: number;
  /** Stream position → original offset of its first unit. */
  ringOrig: Int32Array;
  /** Stream position → 1 if its character is a word char. */
  ringWord: Uint8Array;
  /** Start slot → best (longest) validated candidate starting there; end -1 = none. */
  bestEnd: Int32Array;
  bestRecord: Int32Array;
  bestOrigStart: Int32Array;
  bestOrigEnd: Int32Array;
  /** Candidates ending at the current position, waiting for the next char's boundary check. */
  pendStart: Int32Array;
  pendRecord: Int32Array;
}

export function createScratch(maxDepth: number): ScanScratch {
  let size = 4;
  while (size < maxDepth + 2) size *= 2;
  return {
    mask: size - 1,
    ringOrig: new Int32Array(size),
    ringWord: new Uint8Array(size),
    bestEnd: new Int32Array(size).fill(-1),
    bestRecord: new Int32Array(size),
    bestOrigStart: new Int32Array(size),
    bestOrigEnd: new Int32Array(size),
    pendStart: new Int32Array(maxDepth + 1),
    pendRecord: new Int32Array(maxDepth + 1),
  };
}

/** Language bit of a BCP 47 tag's primary subtag (`de-AT` → de), or 0 if not one of ours. */
export function langBitOfTag(tag: string | undefined): number {
  if (!tag) return 0;
  const primary = tag.split(/[-_]/, 1)[0]?.toLowerCase() ?? '';
  const index = LANG_LIST.indexOf(primary as (typeof LANG_LIST)[number]);
  return index < 0 ? 0 : 1 << index;
}

function reportedLang(langs: number, textLang: number): TermMatch['lang'] {
  // A form written the same way in both languages reports the text's language.
  const bits = langs & textLang ? textLang : langs & -langs;
  return LANG_LIST[31 - Math.clz32(bits)] ?? 'de';
}

/** Exact-case check: the original units under the candidate equal the form's own case. */
function caseMatches(text: string, scratch: ScanScratch, start: number, raw: string): boolean {
  const { ringOrig, mask } = scratch;
  for (let k = 0; k < raw.length; k++) {
    const unit = raw.charCodeAt(k);
    // Separators matched by kind already; any separator stands for any other.
    if (unit === 0x20) continue;
    if (text.charCodeAt(ringOrig[(start + k) & mask] ?? 0) !== unit) return false;
  }
  return true;
}

/**
 * One pass over `text`: classify and fold each code point, collapse separator
 * runs, skip soft hyphens, step the DFA, and resolve leftmost-longest online.
 *
 * Candidates are validated in two steps: the char before is checked when the
 * automaton reports them, the char after when it arrives. A start is final
 * once the stream is a longest form past it; starts are then taken in order,
 * each only if it begins at or after the end of the last match taken.
 */
export function scan(plan: ScanPlan, scratch: ScanScratch, text: string, langTag?: string): TermMatch[] {
  const { stride, symbols, delta, depth, outState, nextOut, firstKey, nextKey, maxDepth, lazy } = plan.automaton;
  const ready = lazy?.ready;
  const { records, table } = plan;
  const { classes, folds } = table;
  const { mask, ringOrig, ringWord, bestEnd, bestRecord, bestOrigStart, bestOrigEnd, pendStart, pendRecord } =
    scratch;
  const textLang = langBitOfTag(langTag);
  const matches: TermMatch[] = [];
  const n = text.length;
  let state = 0;
  let pos = 0; // position in the normalised stream
  let prevSeparator = false;
  let lastWord = 0; // whether the last character (skipped ones included) was a word char
  let wordStart = 0; // stream position where the current run of word chars starts
  let pendCount = 0;
  let active = 0; // filled best slots
  let nextFinal = 0; // next start to finalise
  let lastEnd = 0; // stream end of the last match taken

  const finalizeUpTo = (limit: number): void => {
    for (; nextFinal <= limit && active > 0; nextFinal++) {
      const slot = nextFinal & mask;
      const end = bestEnd[slot] ?? -1;
      if (end < 0) continue;
      bestEnd[slot] = -1;
      active--;
      if (nextFinal < lastEnd) continue;
      lastEnd = end;
      const record = records[bestRecord[slot] ?? 0];
      if (!record) continue;
      matches.push({
        id: record.id,
        start: bestOrigStart[slot] ?? 0,
        end: bestOrigEnd[slot] ?? 0,
        lang: reportedLang(record.langs, textLang),
      });
    }
    if (nextFinal <= limit) nextFinal = limit + 1;
  };

  const commitPending = (): void => {
    // While no slot was filled, finalising had nothing to do and was skipped;
    // catch up here so slots of a new candidate are never confused with old
    // starts (no candidate can start before pos - maxDepth).
    if (active === 0 && nextFinal < pos - maxDepth) nextFinal = pos - maxDepth;
    for (let p = 0; p < pendCount; p++) {
      const start = pendStart[p] ?? 0;
      const slot = start & mask;
      // Candidates arrive by end, so a later one for the same start is longer.
      if ((bestEnd[slot] ?? -1) < 0) active++;
      bestEnd[slot] = pos;
      bestRecord[slot] = pendRecord[p] ?? 0;
      bestOrigStart[slot] = ringOrig[slot] ?? 0;
      bestOrigEnd[slot] = (ringOrig[(pos - 1) & mask] ?? 0) + 1;
    }
    pendCount = 0;
  };

  if (maxDepth === 0) return matches;
  // With a prefilter, the scan starts at the first candidate and, past one,
  // jumps to the next as soon as nothing is open (see the skip below).
  const search = plan.prefilter === undefined ? undefined : startSearch(plan.prefilter, text, maxDepth);
  let seek = search !== undefined;
  for (let i = 0; i < n; ) {
    if (seek && search !== undefined) {
      seek = false;
      const target = nextStart(search, i);
      if (target >= n) break;
      if (target > i) {
        // Nothing open (root state, nothing pending), so no form starting
        // before i can still grow: the slots hold their final say.
        if (active > 0) finalizeUpTo(pos);
        // The char before the target enters the stream without a step, so
        // the start check sees whether it is a word char.
        const before = classBefore(text, target, table);
        lastWord = before === WORD ? 1 : 0;
        wordStart = pos;
        prevSeparator = before === SEPARATOR;
        ringOrig[pos & mask] = target - 1;
        ringWord[pos & mask] = lastWord;
        pos++;
        i = target;
      }
    }
    const unit = text.charCodeAt(i);
    let cls: number;
    let high: number; // folded unit (or high surrogate of a folded astral char)
    let low = -1;
    let width = 1;
    let paired = true; // false for a lone surrogate
    if (unit < 0xd800 || unit > 0xdfff) {
      cls = classes[unit] ?? 0;
      if (cls === 0) cls = table.fill(unit);
      // Inside a word, with nothing pending, and the automaton at the root or
      // following only text that began inside this word (its longest match
      // does, so all shorter ones do): forms only start at word starts, so
      // nothing here can begin or end a match, nor can what it follows.
      // Most characters of ordinary text take this path and skip the automaton.
      if (
        cls === WORD &&
        lastWord === 1 &&
        pendCount === 0 &&
        (state === 0 || pos - (depth[state] ?? 0) > wordStart)
      ) {
        state = 0;
        seek = search !== undefined;
        i++;
        continue;
      }
      high = folds[unit] ?? unit;
    } else {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const cp = ((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        const folded = foldCodePoint(cp) - 0x10000;
        cls = classifyCodePoint(cp);
        high = 0xd800 + (folded >> 10);
        low = 0xdc00 + (folded & 0x3ff);
        width = 2;
      } else {
        // A lone surrogate is no character: never a word char, and it matches
        // no form even if a soft hyphen split a pair that a form contains.
        cls = OTHER;
        high = unit;
        paired = false;
      }
    }
    if (cls === IGNORED) {
      i += width;
      continue;
    }
    let word = 0;
    if (cls === SEPARATOR) {
      lastWord = 0;
      if (prevSeparator) {
        i += width;
        continue;
      }
      prevSeparator = true;
      high = 0x20;
      low = -1;
    } else {
      prevSeparator = false;
      word = cls === WORD ? 1 : 0;
    }
    if (word > lastWord) wordStart = pos;
    lastWord = word;
    if (pendCount > 0) {
      if (word === 0) commitPending();
      else pendCount = 0;
    }
    if (active > 0) finalizeUpTo(pos - maxDepth);

    let slot = pos & mask;
    ringOrig[slot] = i;
    ringWord[slot] = word;
    if (ready !== undefined && ready[state] === 0) lazy?.fill(state);
    state = delta[state * stride + (paired ? (symbols[high] ?? 0) : 0)] ?? 0;
    pos++;
    if (low >= 0) {
      slot = pos & mask;
      ringOrig[slot] = i + 1;
      ringWord[slot] = word;
      if (ready !== undefined && ready[state] === 0) lazy?.fill(state);
      state = delta[state * stride + (symbols[low] ?? 0)] ?? 0;
      pos++;
    }
    i += width;

    for (let t = outState[state] ?? -1; t >= 0; t = nextOut[t] ?? -1) {
      const start = pos - (depth[t] ?? 0);
      // Overlaps a match already taken; shorter keys further down start later.
      if (start < lastEnd) continue;
      if (start > 0 && ringWord[(start - 1) & mask] === 1) continue;
      for (let r = firstKey[t] ?? -1; r >= 0; r = nextKey[r] ?? -1) {
        const record = records[r];
        if (!record) continue;
        if (record.scope !== 0 && record.scope !== textLang) continue;
        if (record.exact && !caseMatches(text, scratch, start, record.raw)) continue;
        pendStart[pendCount] = start;
        pendRecord[pendCount] = r;
        pendCount++;
        break; // first valid record wins this span
      }
    }
  }
  if (pendCount > 0) commitPending(); // end of text is a boundary
  finalizeUpTo(pos);
  return matches;
}
