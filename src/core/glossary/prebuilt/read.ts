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

const strings = v.array(v.string());
const Entry = v.looseObject({
  id: v.string(),
  title: v.object({ de: v.string(), en: v.string() }),
  forms: v.object({ de: strings, en: strings }),
  category: v.picklist(CATEGORIES),
  matchCase: v.optional(strings),
  scope: v.optional(v.picklist(LANGS)),
  sense: v.optional(v.looseObject({ forms: v.optional(strings), cues: v.optional(strings), against: v.optional(strings) })),
});
const Entries = v.array(Entry);

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
  const entries = v.safeParse(Entries, parsed);
  if (!entries.success || entries.output.length !== envelope.output.count) return { ok: false, reason: 'invalid' };
  return { ok: true, view: { entries: entries.output as MatchEntry[] } };
}
