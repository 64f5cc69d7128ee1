import { BUNDLED_GLOSSARY } from '../../core/glossary/bundled';
import type { GlossaryEntry } from '../../core/glossary/types';

/**
 * The glossary the popup searches and shows. The one place to swap in the
 * effective glossary (bundled + the user's entries) once its store exists;
 * async already, since that will come from storage.
 */
export async function loadPopupGlossary(): Promise<readonly GlossaryEntry[]> {
  return BUNDLED_GLOSSARY;
}
