/**
 * A window of an explanation around its first match, so a result row can show
 * why a term matched without printing the whole paragraph.
 */
import type { TextRange } from './fold';

export interface Snippet {
  text: string;
  /** Ranges shifted into `text`; matches outside the window are dropped. */
  ranges: TextRange[];
}

export interface SnippetOptions {
  /** Characters of context wanted on each side of the match (default 40). */
  radius?: number;
}

const ELLIPSIS = '…';

export function snippetAround(text: string, ranges: readonly TextRange[], options: SnippetOptions = {}): Snippet {
  const radius = options.radius ?? 40;
  const first = ranges[0];
  if (!first) return { text: cut(text, 0, Math.min(text.length, radius * 2)), ranges: [] };
  let start = Math.max(0, first.start - radius);
  let end = Math.min(text.length, first.end + radius);
  // Widen to whole words so the window does not begin or end mid-word.
  while (start > 0 && !/\s/.test(text[start - 1] ?? ' ') && first.start - start < radius + 15) start--;
  while (end < text.length && !/\s/.test(text[end] ?? ' ') && end - first.end < radius + 15) end++;
  while (start < first.start && /\s/.test(text[start] ?? '')) start++;
  while (end > first.end && /\s/.test(text[end - 1] ?? '')) end--;
  const prefix = start > 0 ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const shifted = ranges
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start + shift, end: r.end + shift }));
  return { text: `${prefix}${text.slice(start, end)}${end < text.length ? ELLIPSIS : ''}`, ranges: shifted };
}

function cut(text: string, start: number, end: number): string {
  return text.slice(start, end) + (end < text.length ? ELLIPSIS : '');
}
