/**
 * The writing side of the prebuilt glossary: whoever saves the user's
 * glossary stores its prebuilt form in the same write, so every frame gets
 * both with one storage change (`glossary-store.ts`); the background mends
 * any other write (`src/background/prebuilt-glossary.ts`).
 */
import BUNDLED_INDEX, { stamp as BUNDLED_STAMP } from 'virtual:klartext-match-index';
import { buildPrebuilt, type BundledIndex } from '../core/glossary/prebuilt/build';
import type { PrebuiltGlossary } from '../core/glossary/prebuilt/format';
import type { UserGlossary } from '../core/glossary/user/types';

export const BUNDLED_MATCH_INDEX: BundledIndex = { entries: BUNDLED_INDEX, stamp: BUNDLED_STAMP };

export function prebuiltFor(user: UserGlossary): PrebuiltGlossary {
  return buildPrebuilt(BUNDLED_MATCH_INDEX, user);
}
