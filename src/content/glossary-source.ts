import BUNDLED_INDEX, { stamp as BUNDLED_STAMP } from 'virtual:klartext-match-index';
import BUNDLED_SENSE_CUES from 'virtual:klartext-sense-cues';
import type { PrebuiltRead } from '../core/glossary/prebuilt/read';
import type { MatchEntry } from '../core/glossary/types';
import { loadPrebuiltGlossary, watchPrebuiltGlossary } from '../storage/prebuilt-glossary';

export interface GlossarySnapshot {
  /** Bundled terms (forms and titles only) merged with the user's entries and packs. */
  entries: readonly MatchEntry[];
}

/** The bundled senses' cue tables, built at build time (the match index's senses come without cue lists). */
export const bundledSenseCues = BUNDLED_SENSE_CUES;

const WHY: Record<Exclude<PrebuiltRead, { ok: true }>['reason'], string> = {
  missing: 'it has not been prepared yet',
  'other-version': 'it was prepared by another version of Klartext',
  invalid: 'its stored copy is damaged',
};

let told = false;
/** Once per frame: the console says why this frame does not use the reader's glossary (the background rebuilds it). */
function tell(read: Exclude<PrebuiltRead, { ok: true }>, fallback: string): void {
  if (told) return;
  told = true;
  console.info(`Klartext: your own glossary is not used here yet, ${WHY[read.reason]}; ${fallback} until it is rebuilt.`);
}

/**
 * The glossary this frame matches against: the prebuilt form the background
 * and the options page keep (no parsing, validating or merging here), or
 * the bundled terms alone while there is none. No explanations: those come
 * from the background.
 */
export async function loadGlossary(): Promise<GlossarySnapshot> {
  const read = await loadPrebuiltGlossary(BUNDLED_STAMP);
  if (read.ok) return { entries: read.view.entries };
  tell(read, 'using the bundled glossary');
  return { entries: BUNDLED_INDEX };
}

/** Calls back when a new prebuilt glossary is stored; a damaged one is ignored (the frame keeps what it has). Returns the unsubscribe. */
export function watchGlossary(cb: (snapshot: GlossarySnapshot) => void): () => void {
  return watchPrebuiltGlossary(BUNDLED_STAMP, (read) => {
    if (read.ok) cb({ entries: read.view.entries });
    else tell(read, 'keeping the glossary in use');
  });
}
