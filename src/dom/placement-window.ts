import type { NodeOffsets } from './run-ranges';

/** Tells which watched blocks are near the viewport (an IntersectionObserver in the page). */
export interface UnitVisibility {
  observe(unit: Node): void;
  unobserve(unit: Node): void;
  disconnect(): void;
}

/**
 * Consecutive marked blocks of one batch, up to about this many characters of
 * text, are shown and hidden together. Only a group's first and last block are
 * watched: an observer with 17,000 targets made every scrolled frame of the
 * 5 MB page take 50 ms, one with 1,700 cost nothing measurable. A group this
 * short is far less tall than the four viewport heights the window spans, so
 * it cannot lie across the window with both ends outside it.
 */
const GROUP_CHARS = 5000;

interface Group {
  units: Node[];
  /** The blocks watched for this group: its first and its last. */
  targets: Node[];
  shown: boolean;
}

export interface PlacementWindowOptions {
  watch: (onChange: (changes: readonly [Node, boolean][]) => void) => UnitVisibility;
  show: (units: readonly Node[]) => void;
  hide: (units: readonly Node[]) => void;
}

/**
 * Decides which marked blocks are near the viewport, in groups. It starts
 * watching only when `start` is called (the store calls it once a page has
 * too many marks to keep them all in the highlight).
 */
export class PlacementWindow {
  private readonly groupOfUnit = new Map<Node, Group>();
  private readonly groupOfTarget = new Map<Node, Group>();
  private readonly visibleTargets = new Set<Node>();
  private visibility: UnitVisibility | null = null;
  /** The group being filled: marks of the same batch join it until it spans GROUP_CHARS. */
  private open: { group: Group; at: NodeOffsets; start: number } | null = null;

  constructor(private readonly options: PlacementWindowOptions) {}

  get active(): boolean {
    return this.visibility !== null;
  }

  /** Whether a block's marks belong in the highlight now (always, until the window is active). */
  isShown(unit: Node): boolean {
    return !this.visibility || this.groupOfUnit.get(unit)?.shown === true;
  }

  /** Files a newly marked block into a group; `at`/`start` say where its first mark is. */
  addUnit(unit: Node, at: NodeOffsets, start: number): void {
    if (this.groupOfUnit.has(unit)) return;
    const open = this.open;
    let group: Group;
    if (open && open.at === at && start - open.start < GROUP_CHARS) {
      group = open.group;
      group.units.push(unit);
    } else {
      this.closeGroup();
      group = { units: [unit], targets: [], shown: false };
      this.open = { group, at, start };
    }
    this.groupOfUnit.set(unit, group);
  }

  /** Ends the group being filled (after each batch) and watches its ends. */
  closeGroup(): void {
    const group = this.open?.group;
    this.open = null;
    if (group) this.retarget(group);
  }

  start(): void {
    if (this.visibility) return;
    this.closeGroup();
    this.visibility = this.options.watch((changes) => this.onChange(changes));
    for (const target of this.groupOfTarget.keys()) this.visibility.observe(target);
  }

  /** Forgets blocks that left the document; a group that lost an end watches its new ends. */
  sweep(): void {
    const touched = new Set<Group>();
    for (const [unit, group] of this.groupOfUnit) {
      if (unit.isConnected) continue;
      this.groupOfUnit.delete(unit);
      group.units = group.units.filter((u) => u !== unit);
      touched.add(group);
    }
    for (const group of touched) this.retarget(group);
  }

  stop(): void {
    this.visibility?.disconnect();
    this.visibility = null;
    this.groupOfUnit.clear();
    this.groupOfTarget.clear();
    this.visibleTargets.clear();
    this.open = null;
  }

  private retarget(group: Group): void {
    const first = group.units[0];
    const last = group.units[group.units.length - 1];
    const targets = first && last ? [...new Set([first, last])] : [];
    for (const old of group.targets) {
      if (targets.includes(old)) continue;
      this.groupOfTarget.delete(old);
      this.visibleTargets.delete(old);
      this.visibility?.unobserve(old);
    }
    for (const target of targets) {
      if (this.groupOfTarget.get(target) === group) continue;
      this.groupOfTarget.set(target, group);
      this.visibility?.observe(target);
    }
    group.targets = targets;
  }

  private onChange(changes: readonly [Node, boolean][]): void {
    const touched = new Set<Group>();
    for (const [target, visible] of changes) {
      const group = this.groupOfTarget.get(target);
      if (!group) continue;
      if (visible) this.visibleTargets.add(target);
      else this.visibleTargets.delete(target);
      touched.add(group);
    }
    const shown: Node[] = [];
    const hidden: Node[] = [];
    for (const group of touched) {
      const now = group.targets.some((t) => this.visibleTargets.has(t));
      if (now === group.shown) continue;
      group.shown = now;
      (now ? shown : hidden).push(...group.units);
    }
    if (hidden.length > 0) this.options.hide(hidden);
    if (shown.length > 0) this.options.show(shown);
  }
}
