import BUNDLED_INDEX, { stamp as BUNDLED_STAMP } from 'virtual:klartext-match-index';
import BUNDLED_SENSE_CUES from 'virtual:klartext-sense-cues';
import type { PrebuiltRead } from '../core/glossary/prebuilt/read';
import type { MatchEntry } from '../core/glossary/types';
import type { Matcher } from '../core/matcher';
import { loadPrebuiltGlossary, watchPrebuiltGlossary } from '../storage/prebuilt-glossary';

export interface GlossarySnapshot {
  /** Bundled terms (forms and titles only) merged with the user's entries and packs; read when first asked. */
  entries: () => readonly MatchEntry[];
  /** The entries with sense rules or familiar. */
  senses: readonly MatchEntry[];
  /** Ids of private entries (never marked). */
  private: ReadonlySet<string>;
  /** Compiled over all entries and categories, or null: compile here (the bundled terms alone). */
  matcher: Matcher | null;
}

const BUNDLED_ONLY: GlossarySnapshot = {
  entries: () => BUNDLED_INDEX,
  senses: BUNDLED_INDEX.filter((e) => e.sense !== undefined || e.familiar === true),
  private: new Set(),
  matcher: null,
};

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

function damagedEntries(): void {
  console.info('Klartext: the stored list of glossary entries is damaged; terms stay marked, their titles show as ids until it is rebuilt.');
}

/**
 * The glossary this frame matches against: the prebuilt form the background
 * and the options page keep (no parsing, validating or merging here), or
 * the bundled terms alone while there is none. No explanations: those come
 * from the background.
 */
export async function loadGlossary(): Promise<GlossarySnapshot> {
  const read = await loadPrebuiltGlossary(BUNDLED_STAMP, damagedEntries);
  if (read.ok) return read.view;
  tell(read, 'using the bundled glossary');
  return BUNDLED_ONLY;
}

/** Calls back when a new prebuilt glossary is stored; a damaged one is ignored (the frame keeps what it has). Returns the unsubscribe. */
export function watchGlossary(cb: (snapshot: GlossarySnapshot) => void): () => void {
  return watchPrebuiltGlossary(BUNDLED_STAMP, damagedEntries, (read) => {
    if (read.ok) cb(read.view);
    else tell(read, 'keeping the glossary in use');
  });
}
