import type { MatchEntry } from '../core/glossary/types';
import type { Matcher } from '../core/matcher';

/**
 * The scan's matcher: private entries are never marked (a mark is a range in
 * a highlight the page can read); selection and the context menu still find
 * them with the full matcher, and explain them in the closed popover.
 */
export function withoutPrivate(matcher: Matcher, entries: readonly MatchEntry[]): Matcher {
  const hidden = new Set(entries.filter((e) => e.private).map((e) => e.id));
  if (hidden.size === 0) return matcher;
  return { size: matcher.size, match: (text, options) => matcher.match(text, options).filter((m) => !hidden.has(m.id)) };
}
