import { newFlag } from '../core/flags/edit';
import type { FlagEntry } from '../core/protocol/messages';
import type { ReplyTo } from '../core/protocol/replies';
import { saveFlag } from '../storage/flags-store';
import type { EntryLookup } from './entry-lookup';

/**
 * A popover's "wrong or outdated" (message `flag-entry`): only an entry in
 * effect can be flagged, and its title and "as of" date come from the
 * background's glossary, not from the page's process.
 */
export async function flagFromPopover(message: FlagEntry, entries: Pick<EntryLookup, 'entry'>, now = new Date()): Promise<ReplyTo<'flag-entry'>> {
  try {
    const entry = await entries.entry(message.id);
    if (!entry) return { saved: false };
    const outcome = await saveFlag(newFlag(entry, { kind: message.kind, note: message.note }, message.lang, now));
    return { saved: outcome.ok };
  } catch {
    // Storage refused (quota, extension reloading): the popover says it was not saved.
    return { saved: false };
  }
}
