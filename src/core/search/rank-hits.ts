/**
 * The order of search hits, and picking the best few of many.
 *
 * Best tier first, then score, titles before forms, shorter names, and
 * alphabetical by title in the reader's language. A query such as "s" can
 * hit 10,000 of a reader's own entries; the list shows 50, so those are
 * picked in one pass instead of sorting them all, in exactly the order a
 * full (stable) sort would give.
 */
import type { GlossaryEntry, Lang } from '../glossary/types';
import { TIER_ORDER, type MatchTier } from './name-match';

/** What the order reads of a hit. */
export interface RankedHit {
  entry: GlossaryEntry;
  tier: MatchTier;
  score: number;
  name?: { kind: 'title' | 'form'; text: string };
}

const TIER_RANK = new Map<MatchTier, number>(TIER_ORDER.map((tier, i) => [tier, i]));
const collators = new Map<Lang, Intl.Collator>();

/** Same order as `localeCompare(other, lang)`, without building a collator per call. */
function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang);
    collators.set(lang, c);
  }
  return c;
}

export function compareHits(a: RankedHit, b: RankedHit, lang: Lang): number {
  return (
    (TIER_RANK.get(a.tier) ?? 0) - (TIER_RANK.get(b.tier) ?? 0) ||
    a.score - b.score ||
    kindRank(a) - kindRank(b) ||
    nameLength(a) - nameLength(b) ||
    collator(lang).compare(a.entry.title[lang] ?? '', b.entry.title[lang] ?? '')
  );
}

function kindRank(hit: RankedHit): number {
  return hit.name?.kind === 'title' ? 0 : 1;
}

/** Among equally good name hits, the shorter name is the closer one. */
function nameLength(hit: RankedHit): number {
  return hit.name ? hit.name.text.length : 0;
}

/**
 * The first `limit` of `hits` in the order of `compare`, ties kept in the
 * order they come: the same as a stable sort and a slice.
 */
export function bestHits<T>(hits: Iterable<T>, limit: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (limit <= 0) return best;
  for (const hit of hits) {
    if (best.length === limit && compare(hit, best[limit - 1] as T) >= 0) continue;
    // After every hit it does not beat: a later equal one goes behind.
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(hit, best[mid] as T) < 0) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, hit);
    if (best.length > limit) best.pop();
  }
  return best;
}
