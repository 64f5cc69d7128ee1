import type { NodeSpan } from './run-ranges';

/** One marked occurrence of a term. */
export interface Mark {
  id: string;
  range: Range;
  spans: NodeSpan[];
  /** Language of the text around the term ('' when the page does not say). */
  textLang: string;
  /** Language of the form that matched. */
  formLang: 'de' | 'en';
  unit: Node;
}

/**
 * Every mark on the page, by block (so a changed block can be replaced) and by
 * text node (so the pointer can be hit-tested without touching the DOM).
 */
export class MarkStore {
  private readonly byUnit = new Map<Node, Mark[]>();
  private readonly byNode = new Map<Text, Mark[]>();
  private readonly counts = new Map<string, number>();
  constructor(private readonly onRangesChanged: (added: Range[], removed: Range[]) => void) {}

  add(marks: Mark[]): void {
    if (marks.length === 0) return;
    for (const mark of marks) {
      const list = this.byUnit.get(mark.unit);
      if (list) list.push(mark);
      else this.byUnit.set(mark.unit, [mark]);
      for (const span of mark.spans) {
        const onNode = this.byNode.get(span.node);
        if (onNode) onNode.push(mark);
        else this.byNode.set(span.node, [mark]);
      }
      this.counts.set(mark.id, (this.counts.get(mark.id) ?? 0) + 1);
    }
    this.onRangesChanged(
      marks.map((m) => m.range),
      [],
    );
  }

  /** Removes the marks of one block (before it is rescanned, or after it left the page). */
  clearUnit(unit: Node): void {
    const marks = this.byUnit.get(unit);
    if (!marks) return;
    this.byUnit.delete(unit);
    for (const mark of marks) this.forget(mark);
    this.onRangesChanged(
      [],
      marks.map((m) => m.range),
    );
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
    return removed;
  }

  clear(): void {
    const all = [...this.byUnit.values()].flat();
    this.byUnit.clear();
    this.byNode.clear();
    this.counts.clear();
    this.onRangesChanged(
      [],
      all.map((m) => m.range),
    );
  }

  marksOnNode(node: Text): readonly Mark[] {
    return this.byNode.get(node) ?? [];
  }

  count(id: string): number {
    return this.counts.get(id) ?? 0;
  }

  /** Occurrences per term id, in no particular order. */
  termCounts(): { id: string; count: number }[] {
    return [...this.counts].map(([id, count]) => ({ id, count }));
  }

  /** All marks in document order. */
  allMarks(): Mark[] {
    const marks = [...this.byUnit.values()].flat();
    return marks.sort(compareMarks);
  }

  get size(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }

  private forget(mark: Mark): void {
    for (const span of mark.spans) {
      const onNode = this.byNode.get(span.node);
      if (!onNode) continue;
      const rest = onNode.filter((m) => m !== mark);
      if (rest.length > 0) this.byNode.set(span.node, rest);
      else this.byNode.delete(span.node);
    }
    const left = (this.counts.get(mark.id) ?? 1) - 1;
    if (left > 0) this.counts.set(mark.id, left);
    else this.counts.delete(mark.id);
  }
}

/** Document order; works across shadow trees, where Range comparison would throw. */
function compareMarks(a: Mark, b: Mark): number {
  const na = a.range.startContainer;
  const nb = b.range.startContainer;
  if (na === nb) return a.range.startOffset - b.range.startOffset;
  return na.compareDocumentPosition(nb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
