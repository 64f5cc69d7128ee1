import { presentEntry } from '../core/glossary/present';
import type { GlossaryEntry, Lang } from '../core/glossary/types';
import type { EntryReply } from '../core/protocol/replies';
import { loadEffectiveGlossary, watchEffectiveGlossary, type EffectiveGlossary } from '../storage/glossary-store';

/**
 * Answers the content scripts' `get-entry`: the effective glossary (bundled
 * plus the user's) is loaded once per background life and kept current by
 * watching storage.
 */
export class EntryLookup {
  private glossary: Promise<{ byId: Map<string, GlossaryEntry>; origins: EffectiveGlossary['origins'] }> | null = null;
  private unwatch: (() => void) | null = null;

  async lookup(id: string, lang: Lang): Promise<EntryReply> {
    const { byId, origins } = await this.load();
    const entry = byId.get(id);
    if (!entry) return { view: null, isUserEntry: false };
    return {
      view: presentEntry(entry, lang, (rid) => byId.get(rid)),
      isUserEntry: origins.get(id)?.kind !== 'bundled',
    };
  }

  /** The entry in effect under this id, if any. */
  async entry(id: string): Promise<GlossaryEntry | undefined> {
    return (await this.load()).byId.get(id);
  }

  private load() {
    if (!this.glossary) {
      this.glossary = loadEffectiveGlossary().then(index);
      this.unwatch ??= watchEffectiveGlossary((next) => {
        this.glossary = Promise.resolve(index(next));
      });
    }
    return this.glossary;
  }
}

function index(glossary: EffectiveGlossary) {
  return { byId: new Map(glossary.entries.map((e) => [e.id, e])), origins: glossary.origins };
}
