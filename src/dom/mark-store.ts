import { PlacementWindow, type UnitVisibility } from './placement-window';
import { indexAt, rangeForMatch, type NodeOffsets, type NodeSpan } from './run-ranges';
import { blockOf } from './units';

/**
 * One occurrence of a term, as the scan found it: where it is in the text of
 * its batch, not yet a DOM Range. Ranges are made only for marks that are
 * placed (see `MarkStore`), because a live Range costs on every DOM change and
 * a registered one on every frame after any change.
 */
export interface Mark {
  id: string;
  /** The block the term's text belongs to (replaced as a whole when rescanned). */
  unit: Node;
  /** Language of the text around the term ('' when the page does not say). */
  textLang: string;
  /** Language of the form that matched. */
  formLang: 'de' | 'en';
  /** Explained but not drawn: a term most readers know, or one this reader said they know. */
  quiet: boolean;
  /** The text nodes of the batch the term was found in; `start`/`end` are offsets into their joined text. */
  at: NodeOffsets;
  start: number;
  end: number;
}

/** A mark with its Range in the highlight, and the part of each text node it covers (for hit-testing). */
export interface PlacedMark {
  mark: Mark;
  range: Range;
  spans: NodeSpan[];
}

export interface MarkStoreOptions {
  doc: Document;
  /** Placed marks whose ranges go into the highlights, and ranges to take out. */
  onRangesChanged: (added: readonly PlacedMark[], removed: readonly Range[]) => void;
  /**
   * Up to this many marks on the page, every mark is placed; past it only the
   * marks of blocks near the viewport are. Chromium re-validates every range
   * of every registered highlight in the frame after any DOM or highlight
   * change (~10 µs per range): 73,000 registered ranges made every frame of a
   * 5 MB page that changed take 360 ms.
   */
  eagerLimit: number;
  /** Starts watching blocks for visibility (called once the page passes `eagerLimit`). */
  watchVisibility: (onChange: (changes: readonly [Node, boolean][]) => void) => UnitVisibility;
  /** Placement changed outside a scan (the reader scrolled): apply it now. */
  onPlacedOutsideScan: () => void;
}

/**
 * Every mark on the page, by block (so a changed block can be replaced), with
 * counts per term. Placed marks are also indexed by text node, so the pointer
 * can be hit-tested without touching the DOM.
 */
export class MarkStore {
  private readonly byUnit = new Map<Node, Mark[]>();
  private readonly placed = new Map<Node, PlacedMark[]>();
  private readonly byNode = new Map<Text, PlacedMark[]>();
  private readonly counts = new Map<string, number>();
  private total = 0;
  /** Which blocks are near the viewport; consulted once the page has more than `eagerLimit` marks. */
  private readonly window: PlacementWindow;

  constructor(private readonly options: MarkStoreOptions) {
    this.window = new PlacementWindow({
      watch: options.watchVisibility,
      show: (units) => this.placeUnits(units),
      hide: (units) => {
        const removed: Range[] = [];
        for (const unit of units) this.unplace(unit, removed);
        if (removed.length > 0) this.options.onRangesChanged([], removed);
      },
    });
  }

  add(marks: readonly Mark[]): void {
    if (marks.length === 0) return;
    /** This call's marks by block, to place them where their block is shown. */
    const fresh = new Map<Node, Mark[]>();
    for (const mark of marks) {
      const list = this.byUnit.get(mark.unit);
      if (list) list.push(mark);
      else {
        this.byUnit.set(mark.unit, [mark]);
        this.window.addUnit(mark.unit, mark.at, mark.start);
      }
      const own = fresh.get(mark.unit);
      if (own) own.push(mark);
      else fresh.set(mark.unit, [mark]);
      this.counts.set(mark.id, (this.counts.get(mark.id) ?? 0) + 1);
    }
    this.window.closeGroup();
    this.total += marks.length;
    if (!this.window.active && this.total > this.options.eagerLimit) {
      this.goWindowed();
      return;
    }
    const added: PlacedMark[] = [];
    for (const [unit, own] of fresh) {
      if (this.window.isShown(unit)) this.placeMarks(unit, own, added);
    }
    if (added.length > 0) this.options.onRangesChanged(added, []);
  }

  /** Removes the marks of one block (before it is rescanned, or after it left the page). */
  clearUnit(unit: Node): void {
    const marks = this.byUnit.get(unit);
    if (!marks) return;
    this.byUnit.delete(unit);
    this.total -= marks.length;
    for (const mark of marks) {
      const left = (this.counts.get(mark.id) ?? 1) - 1;
      if (left > 0) this.counts.set(mark.id, left);
      else this.counts.delete(mark.id);
    }
    const removed: Range[] = [];
    this.unplace(unit, removed);
    if (removed.length > 0) this.options.onRangesChanged([], removed);
  }

  /** Drops the marks of blocks that are no longer in the document. */
  sweepDisconnected(): number {
    let removed = 0;
    for (const unit of this.byUnit.keys()) {
      if (!unit.isConnected) {
        removed += this.byUnit.get(unit)?.length ?? 0;
        this.clearUnit(unit);
      }
    }
    this.window.sweep();
    return removed;
  }

  clear(): void {
    const removed = [...this.placed.values()].flat().map((p) => p.range);
    this.byUnit.clear();
    this.placed.clear();
    this.byNode.clear();
    this.counts.clear();
    this.total = 0;
    this.window.stop();
    if (removed.length > 0) this.options.onRangesChanged([], removed);
  }

  /**
   * Placed marks covering a text node. The node's block is placed first if it
   * was not (the pointer or focus is on it, so it is on screen even if the
   * visibility watch has not said so yet).
   */
  placedOnNode(node: Text): readonly PlacedMark[] {
    // A mark's block is the block of each text node it covers.
    const unit = blockOf(node);
    if (unit && !this.placed.has(unit)) this.placeUnits([unit]);
    return this.byNode.get(node) ?? [];
  }

  /** A mark's Range, placing its block if needed (to scroll to it or explain it). */
  place(mark: Mark): PlacedMark | null {
    if (!this.placed.has(mark.unit)) this.placeUnits([mark.unit]);
    return this.placed.get(mark.unit)?.find((p) => p.mark === mark) ?? null;
  }

  count(id: string): number {
    return this.counts.get(id) ?? 0;
  }

  /** Occurrences per term id, in no particular order. */
  termCounts(): { id: string; count: number }[] {
    return [...this.counts].map(([id, count]) => ({ id, count }));
  }

  /** The occurrences of one term, in document order. */
  marksOf(id: string): Mark[] {
    const marks: Mark[] = [];
    for (const list of this.byUnit.values()) for (const m of list) if (m.id === id) marks.push(m);
    return marks.sort(compareMarks);
  }

  get size(): number {
    return this.total;
  }

  /** Marks that have a Range in the highlight now. */
  placedMarks(): PlacedMark[] {
    return [...this.placed.values()].flat();
  }

  private goWindowed(): void {
    const removed: Range[] = [];
    for (const unit of this.placed.keys()) this.unplace(unit, removed);
    if (removed.length > 0) this.options.onRangesChanged([], removed);
    this.window.start();
  }

  /** Places whole blocks outside the scan (they came near the viewport, or the reader points at one). */
  private placeUnits(units: readonly Node[]): void {
    const added: PlacedMark[] = [];
    for (const unit of units) {
      const marks = this.byUnit.get(unit);
      if (marks && !this.placed.has(unit)) this.placeMarks(unit, marks, added);
    }
    if (added.length > 0) {
      this.options.onRangesChanged(added, []);
      this.options.onPlacedOutsideScan();
    }
  }

  private placeMarks(unit: Node, marks: readonly Mark[], added: PlacedMark[]): void {
    let list = this.placed.get(unit);
    if (!list) this.placed.set(unit, (list = []));
    for (const mark of marks) {
      const placed = placeMark(this.options.doc, mark);
      if (!placed) continue;
      list.push(placed);
      added.push(placed);
      for (const span of placed.spans) {
        const onNode = this.byNode.get(span.node);
        if (onNode) onNode.push(placed);
        else this.byNode.set(span.node, [placed]);
      }
    }
  }

  private unplace(unit: Node, removed: Range[]): void {
    const list = this.placed.get(unit);
    if (!list) return;
    this.placed.delete(unit);
    for (const placed of list) {
      removed.push(placed.range);
      for (const span of placed.spans) {
        const onNode = this.byNode.get(span.node);
        if (!onNode) continue;
        const rest = onNode.filter((p) => p !== placed);
        if (rest.length > 0) this.byNode.set(span.node, rest);
        else this.byNode.delete(span.node);
      }
    }
  }
}

/** A Range for a mark, or null if the page changed its text since the scan (a rescan is on its way). */
function placeMark(doc: Document, mark: Mark): PlacedMark | null {
  try {
    const { range, spans } = rangeForMatch(doc, mark.at, mark);
    return range.collapsed ? null : { mark, range, spans };
  } catch {
    return null;
  }
}

function startOf(mark: Mark): { node: Text; offset: number } {
  const i = indexAt(mark.at.starts, mark.start);
  return { node: mark.at.nodes[i] as Text, offset: mark.start - (mark.at.starts[i] as number) };
}

/** Document order; works across shadow trees, where Range comparison would throw. */
function compareMarks(a: Mark, b: Mark): number {
  const pa = startOf(a);
  const pb = startOf(b);
  if (pa.node === pb.node) return pa.offset - pb.offset;
  return pa.node.compareDocumentPosition(pb.node) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}
