import { browser } from 'wxt/browser';
import { addTermHash, type AddTermRequest } from '../core/add-term';

/** The options page with the entry editor open on a term to add ("Add to Klartext": context menu, popup). */
export function addEntryUrl(request: AddTermRequest): string {
  return `${browser.runtime.getURL('/options.html')}${addTermHash(request)}`;
}
