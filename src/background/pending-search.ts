/**
 * A search the context menu leaves for the popup: after "Explain with
 * Klartext" on text that is no glossary term, the popup opens and asks for it
 * (`get-pending-search`). Taken once, and only briefly valid, so an old
 * selection never turns up in a popup opened later by hand.
 */
export const PENDING_TTL_MS = 30_000;

export class PendingSearch {
  private query: string | null = null;
  private at = 0;

  set(query: string, now = Date.now()): void {
    this.query = query;
    this.at = now;
  }

  take(now = Date.now()): string | null {
    const query = this.query !== null && now - this.at <= PENDING_TTL_MS ? this.query : null;
    this.query = null;
    return query;
  }
}

/** Selected text as a search query: one line, trimmed, at most `max` characters. */
export function selectionQuery(text: string | undefined, max = 200): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max).trim();
}
