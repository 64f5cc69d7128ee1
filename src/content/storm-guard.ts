import type { RescanRequest } from '../dom/mutation-watch';

export interface StormGuardOptions {
  /** Rescan requests per second above which the page counts as storming. */
  limit: number;
  /** In a storm, changes are gathered and rescanned at most this often. */
  flushEveryMs: number;
  onFlush: (requests: RescanRequest[]) => void;
  onStormChange: (storming: boolean) => void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

/**
 * Keeps a mutation storm (thousands of changes a second) from keeping
 * Klartext busy: past the limit, changes are merged per block and rescanned
 * once a second, and the page is reported as degraded until it calms down.
 */
export class StormGuard {
  private windowStart = 0;
  private inWindow = 0;
  private sinceFlush = 0;
  private storming = false;
  private timer = false;
  private readonly pending = new Map<Node, boolean>();
  private readonly now: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;

  constructor(private readonly options: StormGuardOptions) {
    this.now = options.now ?? (() => performance.now());
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  }

  get isStorming(): boolean {
    return this.storming;
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
    for (const { root, deep } of requests) this.pending.set(root, (this.pending.get(root) ?? false) || deep);
    if (!this.timer) {
      this.timer = true;
      this.setTimer(() => this.flush(), this.options.flushEveryMs);
    }
  }

  private flush(): void {
    this.timer = false;
    const requests = [...this.pending].map(([root, deep]) => ({ root, deep }));
    this.pending.clear();
    const rate = (this.sinceFlush * 1000) / this.options.flushEveryMs;
    this.sinceFlush = 0;
    this.options.onFlush(requests);
    if (rate <= this.options.limit / 4) {
      this.storming = false;
      this.options.onStormChange(false);
    } else {
      this.timer = true;
      this.setTimer(() => this.flush(), this.options.flushEveryMs);
    }
  }
}
