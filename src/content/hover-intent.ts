/** Timings after Wikipedia's Page Previews. */
export const HIDE_DELAY_MS = 300;

export interface HoverTimers {
  set: (fn: () => void, ms: number) => number;
  clear: (handle: number) => void;
}

export interface HoverIntentOptions<T> {
  showDelayMs: () => number;
  same: (a: T, b: T) => boolean;
  /** A dwell started on `target` (a chance to fetch what the popover will need). */
  onPending?: (target: T) => void;
  onShow: (target: T) => void;
  onHide: () => void;
  timers?: HoverTimers;
}

/**
 * Decides when hovering opens and closes the popover: open after a dwell on
 * a term, stay open while the pointer is on the term or in the popover, close
 * after a grace period. A dwell that is interrupted never opens late.
 */
export class HoverIntent<T> {
  private pending: { target: T; handle: number } | null = null;
  private hideHandle: number | null = null;
  private shown: T | null = null;
  private inPopover = false;
  private readonly timers: HoverTimers;

  constructor(private readonly options: HoverIntentOptions<T>) {
    this.timers = options.timers ?? {
      set: (fn, ms) => window.setTimeout(fn, ms),
      clear: (h) => window.clearTimeout(h),
    };
  }

  /** The pointer is over `target`, or over no term (null). */
  pointerAt(target: T | null): void {
    if (target === null) {
      this.cancelPending();
      if (this.shown !== null && !this.inPopover) this.scheduleHide();
      return;
    }
    if (this.shown !== null && this.options.same(this.shown, target)) {
      this.cancelHide();
      this.cancelPending();
      return;
    }
    if (this.pending && this.options.same(this.pending.target, target)) return;
    this.cancelPending();
    const handle = this.timers.set(() => {
      this.pending = null;
      this.cancelHide();
      this.shown = target;
      this.options.onShow(target);
    }, this.options.showDelayMs());
    this.pending = { target, handle };
    this.options.onPending?.(target);
  }

  pointerInPopover(inside: boolean): void {
    this.inPopover = inside;
    if (inside) {
      this.cancelPending();
      this.cancelHide();
    } else if (this.shown !== null) {
      this.scheduleHide();
    }
  }

  /** The popover was shown or hidden by other means (keyboard, selection, Escape). */
  reset(shown: T | null): void {
    this.cancelPending();
    this.cancelHide();
    this.shown = shown;
    this.inPopover = false;
  }

  private scheduleHide(): void {
    if (this.hideHandle !== null) return;
    this.hideHandle = this.timers.set(() => {
      this.hideHandle = null;
      this.shown = null;
      this.options.onHide();
    }, HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    if (this.hideHandle !== null) this.timers.clear(this.hideHandle);
    this.hideHandle = null;
  }

  private cancelPending(): void {
    if (this.pending) this.timers.clear(this.pending.handle);
    this.pending = null;
  }
}
