import type { Matcher } from '../core/matcher';

/**
 * The scan's matcher: private entries are never marked (a mark is a range in
 * a highlight the page can read); selection and the context menu still find
 * them with the full matcher, and explain them in the closed popover.
 */
export function withoutPrivate(matcher: Matcher, hidden: ReadonlySet<string>): Matcher {
  if (hidden.size === 0) return matcher;
  return { size: matcher.size, match: (text, options) => matcher.match(text, options).filter((m) => !hidden.has(m.id)) };
}
