/**
 * Builds the prebuilt glossary (`format.ts`) from the user's validated
 * glossary: merged over the bundled match index exactly as every frame used
 * to merge it for itself. Runs where the glossary changes, never in a frame.
 */
import { compileToStorable } from '../../matcher';
import { toMatchEntry, type GlossaryEntry, type MatchEntry } from '../types';
import { mergeGlossary } from '../user/merge';
import type { UserGlossary } from '../user/types';
import { PREBUILT_FORMAT, stampOf, type PrebuiltGlossary } from './format';

export interface BundledIndex {
  entries: readonly MatchEntry[];
  stamp: string;
}

function isFullEntry(entry: MatchEntry | GlossaryEntry): entry is GlossaryEntry {
  return 'short' in entry;
}

export function buildPrebuilt(bundled: BundledIndex, user: UserGlossary): PrebuiltGlossary {
  const merged = mergeGlossary<MatchEntry>(bundled.entries, user);
  // The user's entries come whole (explanations too); a frame needs only what matching reads.
  const entries = merged.entries.map((entry) => (isFullEntry(entry) ? toMatchEntry(entry) : entry));
  return {
    format: PREBUILT_FORMAT,
    bundled: bundled.stamp,
    source: stampOf(user),
    count: entries.length,
    entries: JSON.stringify(entries),
    senses: JSON.stringify(entries.filter((e) => e.sense !== undefined || e.familiar === true)),
    private: entries.filter((e) => e.private === true).map((e) => e.id),
    matcher: compileToStorable(entries),
  };
}

/** Whether `prebuilt` was built from this user glossary over this bundled index. */
export function isPrebuiltFrom(prebuilt: Pick<PrebuiltGlossary, 'bundled' | 'source'>, bundled: BundledIndex, user: UserGlossary): boolean {
  return prebuilt.bundled === bundled.stamp && prebuilt.source === stampOf(user);
}
