/**
 * A frame's side of the prebuilt glossary: one small shape check, no
 * validator, parser or merger (those run where the glossary is written).
 * What the check guards against is damage (a half-written value, another
 * version's format), not the user's mistakes, which never get this far.
 */
import * as v from 'valibot';
import { matcherFromStorable, type Matcher } from '../../matcher';
import { CATEGORIES, LANGS, type MatchEntry } from '../types';
import { PREBUILT_FORMAT, type PrebuiltView } from './format';

const Envelope = v.object({
  format: v.literal(PREBUILT_FORMAT),
  bundled: v.string(),
  source: v.string(),
  count: v.number(),
  entries: v.string(),
  senses: v.string(),
  private: v.array(v.string()),
  matcher: v.object({
    stride: v.number(),
    states: v.number(),
    maxDepth: v.number(),
    symbols: v.array(v.number()),
    fail: v.string(),
    children: v.string(),
    symbol: v.string(),
    keyState: v.string(),
    ids: v.array(v.string()),
    keys: v.array(v.string()),
    raws: v.array(v.string()),
    flags: v.array(v.number()),
  }),
});

const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES);
const LANG_SET: ReadonlySet<string> = new Set(LANGS);

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isLocalized(value: unknown, check: (item: unknown) => boolean): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { de, en } = value as { de?: unknown; en?: unknown };
  return check(de) && check(en);
}

/**
 * The fields a frame reads, checked by hand rather than by a schema: a
 * schema copies every one of ten thousand entries (about 100 ms), this
 * reads them in place (a few ms).
 */
function isMatchEntry(value: unknown): value is MatchEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<Record<keyof MatchEntry, unknown>>;
  return (
    typeof e.id === 'string' &&
    isLocalized(e.title, (t) => typeof t === 'string') &&
    isLocalized(e.forms, isStrings) &&
    typeof e.category === 'string' &&
    CATEGORY_SET.has(e.category) &&
    (e.matchCase === undefined || isStrings(e.matchCase)) &&
    (e.scope === undefined || (typeof e.scope === 'string' && LANG_SET.has(e.scope))) &&
    (e.sense === undefined || (typeof e.sense === 'object' && e.sense !== null))
  );
}

export type PrebuiltRead =
  | { ok: true; view: PrebuiltView }
  | { ok: false; reason: 'missing' | 'other-version' | 'invalid' };

function parseEntries(text: string, count?: number): MatchEntry[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || (count !== undefined && parsed.length !== count) || !parsed.every(isMatchEntry)) return null;
  return parsed;
}

/**
 * The prebuilt glossary in `raw` if it is well-formed and built over
 * `bundledStamp`. The full entry list is read when first asked for: the
 * matcher and the sense rules are all a frame needs to scan. Should it then
 * turn out damaged, `onDamagedEntries` hears of it and the list is empty
 * (titles fall back to ids; the marks stay).
 */
export function readPrebuilt(raw: unknown, bundledStamp: string, onDamagedEntries: () => void = () => undefined): PrebuiltRead {
  if (raw == null) return { ok: false, reason: 'missing' };
  const envelope = v.safeParse(Envelope, raw);
  if (!envelope.success) return { ok: false, reason: 'invalid' };
  const prebuilt = envelope.output;
  if (prebuilt.bundled !== bundledStamp) return { ok: false, reason: 'other-version' };
  const senses = parseEntries(prebuilt.senses);
  if (!senses) return { ok: false, reason: 'invalid' };
  let matcher: Matcher;
  try {
    matcher = matcherFromStorable(prebuilt.matcher);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  let entries: MatchEntry[] | null = null;
  const all = (): readonly MatchEntry[] => {
    if (entries) return entries;
    entries = parseEntries(prebuilt.entries, prebuilt.count);
    if (!entries) {
      entries = [];
      onDamagedEntries();
    }
    return entries;
  };
  return { ok: true, view: { entries: all, senses, private: new Set(prebuilt.private), matcher } };
}

/** Every part of `raw` checked now, the full entry list included (where a rebuild is cheap next to a frame's start). */
export function readPrebuiltWhole(raw: unknown, bundledStamp: string): PrebuiltRead {
  let damaged = false;
  const read = readPrebuilt(raw, bundledStamp, () => {
    damaged = true;
  });
  if (read.ok) read.view.entries();
  return read.ok && damaged ? { ok: false, reason: 'invalid' } : read;
}
