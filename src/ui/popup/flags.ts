import { newFlag, type FlagDraft } from '../../core/flags/edit';
import type { GlossaryEntry, Lang } from '../../core/glossary/types';
import { saveFlag } from '../../storage/flags-store';

/** The detail view's "wrong or outdated": stored at once (the popup is an extension page); false when it was not. */
export async function flagEntry(entry: GlossaryEntry, lang: Lang, draft: FlagDraft): Promise<boolean> {
  try {
    return (await saveFlag(newFlag(entry, draft, lang, new Date()))).ok;
  } catch {
    return false;
  }
}
