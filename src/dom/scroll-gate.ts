/**
 * Holds back placement changes while the reader scrolls faster than reading.
 *
 * Any change to a registered highlight makes Chromium repaint-check the
 * whole document and re-validate every range in the next frame: 30–50 ms on
 * a 5 MB page, and more when many groups change at once. Made on every
 * scrolled frame, as blocks come near the viewport and leave it, that showed
 * as one frame in three over 50 ms at 5,000 px/s. So changes pass at once at
 * a reading pace (blocks are placed 1.5 viewport heights before they scroll
 * in); while the page moves faster, they are gathered and applied when the
 * scrolling pauses or slows down. (Applying them once a second instead made
 * frames of 300 ms at 1,500 px/s.)
 */
export interface ScrollGateOptions {
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  /** The viewport's height, px. */
  viewportHeight: () => number;
  /** Up to this many viewport heights a second, changes pass at once. */
  readingViewports?: number;
  /** Scrolling counts as paused after this long without a scroll event. */
  pauseMs?: number;
}

export class ScrollGate {
  private readonly held = new Map<Node, boolean>();
  private deliver: ((changes: readonly [Node, boolean][]) => void) | null = null;
  private lastScroll = Number.NEGATIVE_INFINITY;
  private lastY = 0;
  /** Smoothed scroll speed, px per second. */
  private speed = 0;
  private timer = false;
  private readonly readingViewports: number;
  private readonly pauseMs: number;

  constructor(private readonly options: ScrollGateOptions) {
    this.readingViewports = options.readingViewports ?? 1;
    this.pauseMs = options.pauseMs ?? 150;
  }

  /** The page scrolled to `y`. */
  scrolled(y: number): void {
    const now = this.options.now();
    const dt = now - this.lastScroll;
    const dy = Math.abs(y - this.lastY);
    // The first event after a pause has no speed yet, unless it jumped (End, a #link): that counts as one frame's move.
    if (dt > this.pauseMs) this.speed = dy > this.options.viewportHeight() ? (dy * 1000) / 16 : 0;
    else this.speed = 0.5 * this.speed + (0.5 * dy * 1000) / Math.max(dt, 1);
    this.lastScroll = now;
    this.lastY = y;
  }

  /** Whether changes are being held now (the page moves faster than reading). */
  get holding(): boolean {
    const paused = this.options.now() - this.lastScroll >= this.pauseMs;
    return !paused && this.speed > this.readingViewports * Math.max(1, this.options.viewportHeight());
  }

  /** Passes visibility changes on to `deliver`, now or once the scrolling allows (the latest state of each node). */
  pass(changes: readonly [Node, boolean][], deliver: (changes: readonly [Node, boolean][]) => void): void {
    this.deliver = deliver;
    for (const [node, visible] of changes) this.held.set(node, visible);
    this.release();
  }

  private release(): void {
    if (this.held.size === 0) return;
    if (this.holding) {
      // Look again when the scrolling would count as paused.
      this.schedule(this.lastScroll + this.pauseMs - this.options.now());
      return;
    }
    const changes = [...this.held];
    this.held.clear();
    this.deliver?.(changes);
  }

  private schedule(ms: number): void {
    if (this.timer) return;
    this.timer = true;
    this.options.setTimer(() => {
      this.timer = false;
      this.release();
    }, Math.max(1, ms));
  }
}
