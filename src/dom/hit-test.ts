import type { MarkStore, PlacedMark } from './mark-store';

interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
};

function caretAt(doc: CaretDocument, x: number, y: number, shadowRoots: ShadowRoot[]): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function rectsContain(range: Range, x: number, y: number): DOMRect | null {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return rect;
  }
  return null;
}

export interface Hit {
  mark: PlacedMark;
  /** The line box of the term under the pointer (a wrapped term has several). */
  rect: DOMRect;
}

/**
 * Which marked term, if any, is under the point. The caret position gives the
 * text node and offset cheaply; the client rects confirm the point really is
 * on the term and not just nearest to it (in a margin or past a line's end).
 */
export function markAtPoint(options: {
  doc: Document;
  store: MarkStore;
  x: number;
  y: number;
  shadowRoots: ShadowRoot[];
}): Hit | null {
  const { doc, store, x, y, shadowRoots } = options;
  const caret = caretAt(doc as CaretDocument, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== 3) return null;
  const candidates = store.placedOnNode(caret.node as Text);
  for (const placed of candidates) {
    const span = placed.spans.find((s) => s.node === caret.node);
    if (!span || caret.offset < span.start || caret.offset > span.end) continue;
    const rect = rectsContain(placed.range, x, y);
    if (rect) return { mark: placed, rect };
  }
  return null;
}

/** Whether a placed mark of term `id` overlaps `range` (a selection): it ends after the range starts and starts before it ends. */
export function markInRange(store: MarkStore, range: Range, id: string): boolean {
  const node = range.startContainer;
  if (node.nodeType !== 3) return false;
  return store
    .placedOnNode(node as Text)
    .some(
      (p) =>
        p.mark.id === id &&
        p.range.compareBoundaryPoints(Range.END_TO_START, range) === 1 &&
        p.range.compareBoundaryPoints(Range.START_TO_END, range) === -1,
    );
}
