/**
 * How much each kind of evidence counts. An ambiguous occurrence is marked
 * when its score reaches MARK_AT; at DROP_AT or below it is left unmarked at
 * once; in between it waits for the end of the scan, when the page as a
 * whole (its other glossary terms, the same term elsewhere) may tip it.
 * Local evidence outweighs the page: the page adds at most PAGE_MAX.
 */
export const WEIGHTS = {
  cueInSentence: 2,
  cueInBlock: 1,
  cueInHeading: 1,
  cueInTitle: 1,
  supportInSentence: 2,
  supportInBlock: 1,
  againstInSentence: -3,
  againstInBlock: -2,
  againstInHeading: -2,
  againstInTitle: -1,
  /** A version number right after a versioned product name ("Gemini 2.0"). */
  version: 2,
  /** A story entry (years given) in a block that names another year and not its own. */
  otherYearInBlock: -2,
  /** At most this many distinct cues or supporting terms count per place. */
  cap: 2,
} as const;

export const MARK_AT = 2;
export const DROP_AT = -2;

export const PAGE = {
  /** Distinct supporting terms on the page for +1, and for +2. */
  supportersForOne: 2,
  supportersForTwo: 5,
  /** The same entry already marked on this page with local evidence, once; and twice or more (one sense per page). */
  confirmed: 1,
  confirmedTwice: 2,
  /** The same form named a person elsewhere on this page (one sense per page). */
  namedPerson: -1,
  max: 3,
} as const;
