import type { MatchableEntry, MatchEntry, TermMatch } from '../../../src/core/glossary/types';
import { compileMatcher, type Matcher } from '../../../src/core/matcher';
import { compileSenses, SenseFilter, type SenseIndex } from '../../../src/core/sense';

export interface TextBlock {
  text: string;
  /** The heading of the block's section ('' for none or for a heading itself). */
  heading: string;
}

export interface Compiled {
  matcher: Matcher;
  senses: SenseIndex;
}

export function compile(entries: readonly (MatchableEntry & Pick<MatchEntry, 'familiar' | 'sense'>)[]): Compiled {
  return { matcher: compileMatcher(entries), senses: compileSenses(entries) };
}

/** A match with the block it was found in and its offsets inside that block. */
export interface BlockMatch extends TermMatch {
  block: number;
}

/**
 * What the content script marks on a page made of these blocks: one batch of
 * runs joined by U+001F (as the scanner batches a page), the same matcher and
 * the same sense filter, held occurrences settled at the end of the scan.
 * `senses: false` marks every match (today's behaviour without sense rules).
 */
export function markBlocks(
  c: Compiled,
  page: { title: string; lang: string; blocks: readonly TextBlock[]; senses?: boolean },
): BlockMatch[] {
  const starts: number[] = [];
  let text = '';
  page.blocks.forEach((b, i) => {
    if (i > 0) text += '\u001F';
    starts.push(text.length);
    text += b.text;
  });
  const found = c.matcher.match(text, { lang: page.lang });
  const toBlock = (m: TermMatch): BlockMatch => {
    let b = 0;
    while (b + 1 < starts.length && (starts[b + 1] as number) <= m.start) b++;
    const at = starts[b] as number;
    return { ...m, block: b, start: m.start - at, end: m.end - at };
  };
  if (page.senses === false) return found.map(toBlock);
  const filter = new SenseFilter<TermMatch>({ index: c.senses, title: page.title, keyOf: () => null });
  const keep = filter.sift({ text, matches: found, blockStarts: starts, heading: (b) => page.blocks[b]?.heading ?? '' }, (i) => found[i] as TermMatch);
  const marked = found.filter((_, i) => !keep || keep[i]);
  marked.push(...filter.settle());
  return marked.sort((a, b) => a.start - b.start).map(toBlock);
}

/** The marked texts, for readable assertions. */
export function markedTexts(blocks: readonly TextBlock[], marks: readonly BlockMatch[]): string[] {
  return marks.map((m) => (blocks[m.block] as TextBlock).text.slice(m.start, m.end));
}
