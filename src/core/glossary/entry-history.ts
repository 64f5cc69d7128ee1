/** Where a term was met: the language of the text around it, and of the form that matched. */
export interface TermContext {
  textLang: string;
  formLang: 'de' | 'en';
}

/** One entry a popover showed, in the context the term was met in. */
export interface HistoryStep extends TermContext {
  id: string;
  /** Offered as "Did you mean …?" (an ambiguous form the scan left unmarked). */
  suggestion?: boolean;
}

/**
 * The entries one popover went through, the one shown last: the term it
 * opened on (a history of one), then each related entry the reader followed,
 * so Back returns along the way. Empty while no entry is shown. Values, never
 * changed in place: each step returns a new history.
 */
export type EntryHistory = readonly HistoryStep[];

/**
 * The reader followed a related entry from the one shown: it is read in the
 * context the term was met in (same text, same languages) and is asserted,
 * never a suggestion. From an empty history there is nothing to follow.
 */
export function follow(history: EntryHistory, id: string): EntryHistory {
  const from = history[history.length - 1];
  return from ? [...history, { ...from, id, suggestion: false }] : history;
}

/** Back to the entry before; on the first one there is nothing to go back to. */
export function back(history: EntryHistory): EntryHistory {
  return history.length > 1 ? history.slice(0, -1) : history;
}
