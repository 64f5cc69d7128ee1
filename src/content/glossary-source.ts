import BUNDLED_INDEX from 'virtual:klartext-match-index';
import BUNDLED_SENSE_CUES from 'virtual:klartext-sense-cues';
import type { MatchEntry } from '../core/glossary/types';
import { loadEffectiveGlossaryFor, watchEffectiveGlossaryFor, type EffectiveGlossaryOf } from '../storage/effective-glossary';

export interface GlossarySnapshot {
  /** Bundled terms (forms and titles only) merged with the user's entries and packs. */
  entries: readonly MatchEntry[];
}

function snapshot(glossary: EffectiveGlossaryOf<MatchEntry>): GlossarySnapshot {
  return { entries: glossary.entries };
}

/** The bundled senses' cue tables, built at build time (the match index's senses come without cue lists). */
export const bundledSenseCues = BUNDLED_SENSE_CUES;

/** The glossary this frame matches against: no explanations, those come from the background. */
export async function loadGlossary(): Promise<GlossarySnapshot> {
  return snapshot(await loadEffectiveGlossaryFor<MatchEntry>(BUNDLED_INDEX));
}

/** Calls back when the user's glossary changes in storage; returns the unsubscribe. */
export function watchGlossary(cb: (snapshot: GlossarySnapshot) => void): () => void {
  return watchEffectiveGlossaryFor<MatchEntry>(BUNDLED_INDEX, (glossary) => cb(snapshot(glossary)));
}
