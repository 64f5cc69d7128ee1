import BUNDLED_INDEX from 'virtual:klartext-match-index';
import type { MatchEntry } from '../core/glossary/types';

export interface GlossarySnapshot {
  entries: readonly MatchEntry[];
}

/** The glossary this frame matches against: forms and titles, no explanations. */
export async function loadGlossary(): Promise<GlossarySnapshot> {
  return { entries: BUNDLED_INDEX };
}

/** Calls back when the effective glossary changes; returns the unsubscribe. */
export function watchGlossary(_cb: (snapshot: GlossarySnapshot) => void): () => void {
  return () => {};
}
