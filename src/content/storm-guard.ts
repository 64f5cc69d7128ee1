import type { RescanRequest } from '../dom/mutation-watch';

export interface StormGuardOptions {
  /** Rescan requests per second above which the page counts as storming. */
  limit: number;
  /** In a storm, held blocks are checked this often. */
  flushEveryMs: number;
  /** In a storm, a block is rescanned once it has not changed for this long. */
  quietMs: number;
  onFlush: (requests: RescanRequest[]) => void;
  /**
   * A block starts being held in a storm: its marks should go at once. Their
   * live ranges would cost the page on every change it makes to them, and
   * what they mark is about to change anyway.
   */
  onHold: (root: Node) => void;
  onStormChange: (storming: boolean) => void;
  /** Each check in a storm, before anything is flushed. */
  onCheck?: () => void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

interface Held {
  deep: boolean;
  /** When the block last changed. */
  at: number;
}

/**
 * Keeps a mutation storm (thousands of changes a second) from slowing the
 * page or keeping Klartext busy. Past the limit, changes are merged per
 * block, a changing block loses its marks, and it is rescanned only once it
 * has been quiet for `quietMs`: a ticker that rewrites itself every few
 * milliseconds is left alone while it churns and explained again soon after
 * it stops. The page is reported as degraded until it calms down.
 */
export class StormGuard {
  private windowStart = 0;
  private inWindow = 0;
  private sinceFlush = 0;
  private storming = false;
  private timer = false;
  private readonly held = new Map<Node, Held>();
  private readonly now: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;

  constructor(private readonly options: StormGuardOptions) {
    this.now = options.now ?? (() => performance.now());
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  }

  get isStorming(): boolean {
    return this.storming;
  }

  /** Blocks waiting for quiet (for tests and the benchmark). */
  get holding(): number {
    return this.held.size;
  }

  push(requests: RescanRequest[]): void {
    const now = this.now();
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.inWindow = 0;
    }
    this.inWindow += requests.length;
    if (!this.storming && this.inWindow > this.options.limit) {
      this.storming = true;
      this.options.onStormChange(true);
    }
    if (!this.storming) {
      this.options.onFlush(requests);
      return;
    }
    this.sinceFlush += requests.length;
    for (const { root, deep } of requests) {
      const held = this.held.get(root);
      if (held) {
        held.deep ||= deep;
        held.at = now;
      } else {
        this.held.set(root, { deep, at: now });
        this.options.onHold(root);
      }
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = true;
    this.setTimer(() => this.flush(), this.options.flushEveryMs);
  }

  private flush(): void {
    this.timer = false;
    this.options.onCheck?.();
    const now = this.now();
    const ready: RescanRequest[] = [];
    for (const [root, { deep, at }] of this.held) {
      if (now - at < this.options.quietMs) continue;
      this.held.delete(root);
      ready.push({ root, deep });
    }
    const rate = (this.sinceFlush * 1000) / this.options.flushEveryMs;
    this.sinceFlush = 0;
    if (ready.length > 0) this.options.onFlush(ready);
    if (rate <= this.options.limit / 4 && this.held.size === 0) {
      this.storming = false;
      this.options.onStormChange(false);
    } else {
      this.schedule();
    }
  }
}
