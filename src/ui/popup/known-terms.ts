import { withKnownTerm } from '../../core/settings/known-terms';
import { updateSettings } from '../../storage/settings-store';

/** "I know this" and its undo: saved settings, which every open tab watches. */
export async function setKnown(id: string, known: boolean): Promise<void> {
  await updateSettings((settings) => withKnownTerm(settings, id, known));
}
