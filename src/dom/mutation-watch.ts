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

  private handle(records: MutationRecord[]): void {
    if (records.length === 0) return;
    const deep = new Set<Node>();
    const shallow = new Set<Node>();
    let removed = false;
    for (const record of records) {
      if (this.options.isOwnNode(record.target)) continue;
      if (record.type === 'characterData') {
        const unit = unitOf(record.target);
        if (unit) shallow.add(unit);
        continue;
      }
      if (record.removedNodes.length > 0) {
        removed = true;
        const unit = unitOf(record.target);
        if (unit) shallow.add(unit);
      }
      for (const added of record.addedNodes) {
        if (this.options.isOwnNode(added)) continue;
        if (added.nodeType === 1 && !isInlineElement(added as Element)) {
          if (!isSkippedElement(added as Element) && unitOf(added)) deep.add(added);
        } else if (added.nodeType === 1 || added.nodeType === 3) {
          const unit = unitOf(record.target);
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
