/**
 * A frame's side of the prebuilt glossary: one small shape check, no
 * validator, parser or merger (those run where the glossary is written).
 * What the check guards against is damage (a half-written value, another
 * version's format), not the user's mistakes, which never get this far.
 */
import * as v from 'valibot';
import { CATEGORIES, LANGS, type MatchEntry } from '../types';
import { PREBUILT_FORMAT, type PrebuiltView } from './format';

const Envelope = v.object({
  format: v.literal(PREBUILT_FORMAT),
  bundled: v.string(),
  source: v.string(),
  count: v.number(),
  entries: v.string(),
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

/** The prebuilt glossary in `raw` if it is well-formed and built over `bundledStamp`. */
export function readPrebuilt(raw: unknown, bundledStamp: string): PrebuiltRead {
  if (raw == null) return { ok: false, reason: 'missing' };
  const envelope = v.safeParse(Envelope, raw);
  if (!envelope.success) return { ok: false, reason: 'invalid' };
  if (envelope.output.bundled !== bundledStamp) return { ok: false, reason: 'other-version' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(envelope.output.entries);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!Array.isArray(parsed) || parsed.length !== envelope.output.count || !parsed.every(isMatchEntry)) {
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, view: { entries: parsed } };
}
