import type { Lang } from '../core/glossary/types';
import type { EntryReply } from '../core/protocol/replies';
import { sendToBackground } from '../platform/messaging';

/**
 * Explanations come from the background when a popover needs them (the
 * content script itself only carries what matching needs). Replies are
 * cached per frame; a dwell that starts on a term already asks, so the
 * answer is usually there before the popover opens.
 */
export class EntryViews {
  private readonly cache = new Map<string, Promise<EntryReply | null>>();

  get(id: string, lang: Lang): Promise<EntryReply | null> {
    const key = `${id}\n${lang}`;
    let reply = this.cache.get(key);
    if (!reply) {
      reply = sendToBackground({ type: 'get-entry', id, lang }).catch(() => null);
      // A failed lookup (background restarting) is not remembered.
      void reply.then((r) => {
        if (!r) this.cache.delete(key);
      });
      this.cache.set(key, reply);
    }
    return reply;
  }

  clear(): void {
    this.cache.clear();
  }
}
