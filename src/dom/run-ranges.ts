import { lastAtOrBefore } from '../core/text/sorted';
/** Text nodes in order, with the offset of each one's first character in the matched string. */
export interface NodeOffsets {
  nodes: Text[];
  starts: number[];
}

/** Where one text node holds part of a match, in that node's own offsets. */
export interface NodeSpan {
  node: Text;
  start: number;
  end: number;
}

/** Index of the last entry of a sorted list that is at most `offset` (binary search). */
export const indexAt = lastAtOrBefore;

/**
 * Maps a matcher match [start, end) in `run.text` back to the DOM: a Range
 * and the span it covers in each text node (for hit-testing).
 */
export function rangeForMatch(
  doc: Document,
  run: NodeOffsets,
  match: { start: number; end: number },
): { range: Range; spans: NodeSpan[] } {
  const first = indexAt(run.starts, match.start);
  const last = indexAt(run.starts, match.end - 1);
  const range = doc.createRange();
  const spans: NodeSpan[] = [];
  for (let i = first; i <= last; i++) {
    const node = run.nodes[i] as Text;
    const offset = run.starts[i] as number;
    const start = Math.max(0, match.start - offset);
    const end = Math.min(node.data.length, match.end - offset);
    if (end > start) spans.push({ node, start, end });
    if (i === first) range.setStart(node, start);
    if (i === last) range.setEnd(node, end);
  }
  return { range, spans };
}
