import { BUNDLED_GLOSSARY } from '../core/glossary/bundled';
import type { GlossaryEntry } from '../core/glossary/types';

export interface GlossarySnapshot {
  entries: readonly GlossaryEntry[];
  /** Ids of entries the user wrote or imported (shown as theirs). */
  userIds: ReadonlySet<string>;
}

/** The glossary this frame matches against. */
export async function loadGlossary(): Promise<GlossarySnapshot> {
  return { entries: BUNDLED_GLOSSARY, userIds: new Set() };
}

/** Calls back when the effective glossary changes; returns the unsubscribe. */
export function watchGlossary(_cb: (snapshot: GlossarySnapshot) => void): () => void {
  return () => {};
}
