import { BUNDLED_GLOSSARY } from '../../core/glossary/bundled';
import type { GlossaryEntry } from '../../core/glossary/types';
import { loadEffectiveGlossary } from '../../storage/glossary-store';

/**
 * The glossary the popup searches and shows: the effective one (bundled, the
 * user's entries and enabled packs, hidden bundled entries left out), the same
 * the content script marks — so every term "On this page" has its entry here.
 */
export async function loadPopupGlossary(): Promise<readonly GlossaryEntry[]> {
  try {
    return (await loadEffectiveGlossary()).entries;
  } catch {
    // Storage unreadable: the bundled glossary still helps.
    return BUNDLED_GLOSSARY;
  }
}
