/**
 * Searching the glossary: titles, every form and both explanations, in German
 * and English, forgiving typos ("Destilation", "mixtur of experts").
 *
 * Two layers. Direct matches on names (exact, prefix, word start — see
 * name-match.ts) are found by folding, and always rank first. fuse.js then
 * adds fuzzy hits on names — over the names that could be one
 * (name-candidates.ts), so a reader's 10,000 entries stay fast —, and last,
 * word-by-word fuzzy hits in the explanations (text-index.ts). Pure: no DOM,
 * no `browser`, so it runs (and is tested) anywhere.
 */
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { GlossaryEntry, Lang } from '../glossary/types';
import { foldText, foldWords, mergeRanges, type FoldedText, type TextRange } from './fold';
import { createNameGramIndex, nameCandidates, type NameGramIndex } from './name-candidates';
import { createNameHaystack, namesContaining, type NameHaystack } from './name-haystack';
import { matchName, type FoldedQuery, type MatchTier } from './name-match';
import { bestHits, compareHits } from './rank-hits';
import { createTextIndex, findTexts, type TextIndex, type TextSearch } from './text-index';

export type { MatchTier } from './name-match';
export type { TextRange } from './fold';

export interface NameMatch {
  /** The title or form as written. */
  text: string;
  lang: Lang;
  kind: 'title' | 'form';
  /** What to emphasise in `text`. */
  ranges: TextRange[];
}

export interface ExplanationMatch {
  /** The whole explanation; cut it down with `snippetAround`. */
  text: string;
  lang: Lang;
  field: 'short' | 'long';
  ranges: TextRange[];
}

export interface SearchHit {
  entry: GlossaryEntry;
  tier: MatchTier;
  /** 0 is perfect; only compares hits of the same tier. */
  score: number;
  /** Set for every tier except 'text'. */
  name?: NameMatch;
  /** Set for tier 'text' only. */
  explanation?: ExplanationMatch;
}

export interface SearchOptions {
  /** At most this many hits (default 50). */
  limit?: number;
  /** The reader's language: preferred between equal explanation hits, and for alphabetical ties (default 'en'). */
  lang?: Lang;
}

interface NameRecord {
  entry: number;
  text: string;
  lang: Lang;
  kind: 'title' | 'form';
  folded: FoldedText;
}

interface TextRecord {
  /** Its place in `SearchIndex.texts`. */
  id: number;
  entry: number;
  text: string;
  lang: Lang;
  field: 'short' | 'long';
}

export interface SearchIndex {
  readonly entries: readonly GlossaryEntry[];
  readonly names: readonly NameRecord[];
  readonly texts: readonly TextRecord[];
  /** Where to look for direct name matches. */
  readonly haystack: NameHaystack;
  /** The rest is built when first needed (or by `prepareSearch`), so the popup opens at once. */
  readonly later: { nameGrams?: NameGramIndex; textIndex?: TextIndex };
}

const LANGS: readonly Lang[] = ['de', 'en'];
const DEFAULT_LIMIT = 50;
/** Longer input is cut: nobody types a paragraph, and fuse.js slows with pattern length. */
export const MAX_QUERY_LENGTH = 64;
/** Explanation hits need this many letters: shorter ones are in every text. */
const MIN_TEXT_QUERY = 3;
/**
 * fuse.js sees at most this many names per keystroke (a few microseconds
 * each): those sharing the most two-letter pieces with the query, among the
 * names it could accept at all. Over the bundled glossary fewer pass for
 * every query tried (20,000 prefixes and typos of its names and words), so
 * its fuzzy hits there are those of a search over every name; 120 would
 * already change a few.
 */
export const MAX_FUZZY_NAMES = 250;

const COMMON: IFuseOptions<unknown> = {
  keys: ['text'],
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  minMatchCharLength: 2,
};

export function createSearchIndex(entries: readonly GlossaryEntry[]): SearchIndex {
  const names: NameRecord[] = [];
  const texts: TextRecord[] = [];
  entries.forEach((entry, i) => {
    const seen = new Set<string>();
    const addName = (text: string, lang: Lang, kind: NameRecord['kind']): void => {
      const key = `${lang}\u0000${text}`;
      if (!text.trim() || seen.has(key)) return;
      seen.add(key);
      names.push({ entry: i, text, lang, kind, folded: foldText(text) });
    };
    for (const lang of LANGS) addName(entry.title[lang] ?? '', lang, 'title');
    for (const lang of LANGS) for (const form of entry.forms[lang] ?? []) addName(form, lang, 'form');
    for (const lang of LANGS) {
      for (const field of ['short', 'long'] as const) {
        const text = entry[field][lang] ?? '';
        if (text.trim()) texts.push({ id: texts.length, entry: i, text, lang, field });
      }
    }
  });
  return { entries, names, texts, haystack: createNameHaystack(names.map((n) => n.folded.value)), later: {} };
}

/**
 * Builds what the first fuzzy and explanation searches need, ahead of them:
 * for a reader's 10,000 entries that is tens of milliseconds, better spent
 * while the popup waits for the first keys than on one of them.
 */
export function prepareSearch(index: SearchIndex): void {
  nameGrams(index);
  textIndex(index);
}

/** Which names fuse.js gets to see for a query. */
function nameGrams(index: SearchIndex): NameGramIndex {
  index.later.nameGrams ??= createNameGramIndex(index.names.map((n) => n.text));
  return index.later.nameGrams;
}

function textIndex(index: SearchIndex): TextIndex {
  index.later.textIndex ??= createTextIndex(index.texts.map((t) => t.text));
  return index.later.textIndex;
}

/**
 * A hit while the search runs: what ranking needs, and what it takes to
 * describe it. Only the hits that are returned get their ranges built.
 */
interface Candidate {
  entry: GlossaryEntry;
  tier: MatchTier;
  score: number;
  /** The title or form hit (not for tier 'text'). */
  name?: NameRecord;
  /** The explanation hit (tier 'text' only). */
  text?: TextRecord;
  /** What to emphasise, or the explanation search that can tell. */
  ranges: TextRange[] | TextSearch;
}

export function searchGlossary(index: SearchIndex, rawQuery: string, options: SearchOptions = {}): SearchHit[] {
  const text = rawQuery.trim().slice(0, MAX_QUERY_LENGTH);
  const query: FoldedQuery = { key: foldText(text).value, words: foldWords(text) };
  if (query.key.length === 0) return [];
  const lang = options.lang ?? 'en';
  const limit = options.limit ?? DEFAULT_LIMIT;
  const best = new Map<number, Candidate>();
  const offer = (entry: number, candidate: Candidate): void => {
    const current = best.get(entry);
    if (!current || compareHits(candidate, current, lang) < 0) best.set(entry, candidate);
  };
  const entry = (i: number): GlossaryEntry => index.entries[i] as GlossaryEntry;

  for (const id of directCandidates(index.haystack, query)) {
    const record = index.names[id] as NameRecord;
    const direct = matchName(record.folded, query);
    if (direct) offer(record.entry, { entry: entry(record.entry), tier: direct.tier, score: 0, name: record, ranges: direct.ranges });
  }
  // Fuzzy and explanation hits rank below every direct one and cannot change
  // an entry's direct hit: with a full list of direct hits, they would not show.
  if (best.size >= limit) return pick(best, limit, lang);

  // One letter matches half the glossary fuzzily; only direct hits count then.
  if (query.key.length >= 2) {
    // Bitap scores ≈ errors / pattern length: one typo in four letters, about
    // one in three beyond that ("Destilation", "mixtur of experts").
    const threshold = query.key.length <= 4 ? 0.26 : 0.34;
    const candidates = nameCandidates(nameGrams(index), text, threshold, MAX_FUZZY_NAMES).map((id) => index.names[id] as NameRecord);
    const fuzzy = new Fuse(candidates, { ...COMMON, threshold: 0.4 } as IFuseOptions<NameRecord>);
    for (const r of fuzzy.search(text)) {
      const score = r.score ?? 1;
      if (score > threshold) continue;
      offer(r.item.entry, { entry: entry(r.item.entry), tier: 'fuzzy', score, name: r.item, ranges: fuseRanges(r, 2) });
    }
  }
  if (query.key.length >= MIN_TEXT_QUERY) {
    const found = findTexts(textIndex(index), text);
    for (const hit of found.hits) {
      const record = index.texts[hit.record] as TextRecord;
      // A hit in the short explanation says more about the entry than one in
      // the long; between equal hits, the reader's language is the one to show.
      const penalty = (record.field === 'long' ? 0.05 : 0) + (record.lang === lang ? 0 : 0.01);
      offer(record.entry, { entry: entry(record.entry), tier: 'text', score: hit.score + penalty, text: record, ranges: found });
    }
  }
  return pick(best, limit, lang);
}

function pick(best: ReadonlyMap<number, Candidate>, limit: number, lang: Lang): SearchHit[] {
  return bestHits(best.values(), limit, (a, b) => compareHits(a, b, lang)).map(describe);
}

function describe({ entry, tier, score, name, text, ranges }: Candidate): SearchHit {
  const hit: SearchHit = { entry, tier, score };
  const merged = mergeRanges(Array.isArray(ranges) ? ranges : ranges.ranges(text?.id ?? -1));
  if (name) hit.name = { text: name.text, lang: name.lang, kind: name.kind, ranges: merged };
  if (text) hit.explanation = { text: text.text, lang: text.lang, field: text.field, ranges: merged };
  return hit;
}

/**
 * Names that can match directly, in index order: those containing the whole
 * folded query, and for a query of several words, those containing its
 * longest word (every word must start a word of the name).
 */
function directCandidates(haystack: NameHaystack, query: FoldedQuery): number[] {
  const whole = namesContaining(haystack, query.key);
  if (query.words.length < 2) return whole;
  const longest = query.words.reduce((a, b) => (b.length > a.length ? b : a));
  return [...new Set([...whole, ...namesContaining(haystack, longest)])].sort((a, b) => a - b);
}

/**
 * fuse.js reports a fuzzy match as many small pieces ("Mi", "xture-o",
 * "f-Ex"…). Pieces one character apart are joined and slivers dropped, so the
 * emphasis reads as the words that matched.
 */
function fuseRanges(result: FuseResult<unknown>, minLength: number): TextRange[] {
  const indices = result.matches?.[0]?.indices ?? [];
  const joined: TextRange[] = [];
  for (const [start, end] of [...indices].sort((a, b) => a[0] - b[0])) {
    const last = joined[joined.length - 1];
    if (last && start - last.end <= 1) last.end = Math.max(last.end, end + 1);
    else joined.push({ start, end: end + 1 });
  }
  return joined.filter((r) => r.end - r.start >= minLength);
}
