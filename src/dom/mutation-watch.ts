import { isInlineElement, isSkippedElement } from './exclusions';
import { unitOf } from './units';

export interface RescanRequest {
  root: Node;
  deep: boolean;
}

export interface MutationWatchOptions {
  /** Nodes inside Klartext's own UI are ignored. */
  isOwnNode: (node: Node) => boolean;
  onChanges: (requests: RescanRequest[], removedSomething: boolean) => void;
}

/**
 * Turns DOM mutations into the smallest rescans that cover them: a new block is
 * scanned whole; a changed, added or removed piece of inline text rescans only
 * the runs of the block around it.
 */
export class MutationWatch {
  private readonly observer: MutationObserver;
  private readonly observed = new Set<Node>();
  /**
   * Block of each changed node, kept across batches while `keepUnits` is on
   * (a mutation storm changes the same nodes again and again, and finding a
   * node's block walks its ancestors); otherwise per batch only.
   */
  private readonly units = new Map<Node, Node | null>();
  private keep = false;

  constructor(private readonly options: MutationWatchOptions) {
    this.observer = new MutationObserver((records) => this.handle(records));
  }

  observe(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  disconnect(): void {
    this.observer.disconnect();
    this.observed.clear();
  }

  /**
   * While on, blocks found for changed nodes are remembered until
   * `forgetUnits` (the storm guard forgets them at each of its checks, so a
   * node moved to another block is placed right within one check).
   */
  keepUnits(on: boolean): void {
    this.keep = on;
    if (!on) this.units.clear();
  }

  forgetUnits(): void {
    this.units.clear();
  }

  private unitOf(node: Node): Node | null {
    let unit = this.units.get(node);
    if (unit === undefined) this.units.set(node, (unit = unitOf(node)));
    return unit;
  }

  private handle(records: MutationRecord[]): void {
    if (records.length === 0) return;
    const deep = new Set<Node>();
    const shallow = new Set<Node>();
    let removed = false;
    for (const record of records) {
      if (this.options.isOwnNode(record.target)) continue;
      if (record.type === 'characterData') {
        const unit = this.unitOf(record.target);
        if (unit) shallow.add(unit);
        continue;
      }
      if (record.removedNodes.length > 0) {
        removed = true;
        const unit = this.unitOf(record.target);
        if (unit) shallow.add(unit);
      }
      for (const added of record.addedNodes) {
        if (this.options.isOwnNode(added)) continue;
        if (added.nodeType === 1 && !isInlineElement(added as Element)) {
          if (!isSkippedElement(added as Element) && this.unitOf(added)) deep.add(added);
        } else if (added.nodeType === 1 || added.nodeType === 3) {
          const unit = this.unitOf(record.target);
          if (unit) shallow.add(unit);
          // Shallow walks skip nested blocks: ones inside an added inline element get their own.
          if (added.nodeType === 1) for (const block of outerBlocksIn(added as Element)) deep.add(block);
        }
      }
    }
    const requests: RescanRequest[] = [];
    for (const root of deep) if (root.isConnected) requests.push({ root, deep: true });
    for (const root of shallow) {
      if (!deep.has(root) && root.isConnected) requests.push({ root, deep: false });
    }
    if (!this.keep) this.units.clear();
    if (requests.length > 0 || removed) this.options.onChanges(requests, removed);
  }
}

/** The outermost non-inline, non-skipped elements inside an inline element. */
function outerBlocksIn(inline: Element): Element[] {
  const found: Element[] = [];
  for (const el of inline.querySelectorAll('*')) {
    if (isInlineElement(el) || isSkippedElement(el)) continue;
    if (!found.some((outer) => outer.contains(el))) found.push(el);
  }
  return found;
}
