import { retireRange } from './retire-range';

/** During a long scan, found ranges go into the highlight at most this often. */
const FLUSH_EVERY_MS = 200;

/** Names in CSS.highlights (contract C1: every name starts with "klartext"). */
export const HIGHLIGHT_NAME = 'klartext';
export const ACTIVE_HIGHLIGHT_NAME = 'klartext-active';
/** Terms that are explained but not drawn: no style rule ever names it, so it paints nothing. */
export const QUIET_HIGHLIGHT_NAME = 'klartext-quiet';

/** A range to add, and whether it is a quiet one. */
export interface LayerRange {
  range: Range;
  mark: { quiet: boolean };
}

/**
 * The page's marks as CSS Custom Highlights: ranges painted by the browser,
 * with no element, attribute or text added to the page.
 */
export class HighlightLayer {
  private readonly marks = new Highlight();
  private readonly quiet = new Highlight();
  private readonly active = new Highlight();
  private readonly sheet: CSSStyleSheet;
  private readonly styledRoots = new Set<Document | ShadowRoot>();
  /** Ranges found but not yet in the Highlight (see `flush`). */
  private readonly pending = new Set<Range>();
  private readonly pendingQuiet = new Set<Range>();
  private lastFlush = performance.now();
  /**
   * Registered once the first ranges go in: registering (like any change to a
   * registered highlight) makes Chromium repaint-check the whole document in
   * the next frame, 20–50 ms on a 5 MB page; a page without terms never pays it.
   */
  private live = false;

  constructor(private readonly doc: Document) {
    this.active.priority = 1;
    this.sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  }

  /** Re-registers if the page removed or replaced Klartext's entries. */
  ensureRegistered(): void {
    if (!this.live) return;
    const registry = CSS.highlights;
    if (registry.get(HIGHLIGHT_NAME) !== this.marks) registry.set(HIGHLIGHT_NAME, this.marks);
    if (registry.get(ACTIVE_HIGHLIGHT_NAME) !== this.active) registry.set(ACTIVE_HIGHLIGHT_NAME, this.active);
    if (registry.get(QUIET_HIGHLIGHT_NAME) !== this.quiet) registry.set(QUIET_HIGHLIGHT_NAME, this.quiet);
  }

  /**
   * Removals take effect at once, and the removed ranges leave the page's
   * document (`retireRange`), except the one an open popover is anchored to;
   * additions wait for `flush`.
   */
  update(added: readonly LayerRange[], removed: readonly Range[]): void {
    for (const range of removed) {
      if (!this.pending.delete(range) && !this.pendingQuiet.delete(range)) {
        this.marks.delete(range);
        this.quiet.delete(range);
        if (this.active.delete(range)) continue;
      }
      retireRange(range);
    }
    for (const { range, mark } of added) (mark.quiet ? this.pendingQuiet : this.pending).add(range);
  }

  /**
   * Puts found ranges into the Highlight. Any change to a registered highlight
   * costs Chromium a repaint check of the whole document and a re-sync of
   * every registered range in the next frame, so additions are applied in few
   * batches: at the end of each scan, and during a long first scan every
   * FLUSH_EVERY_MS (so the top of a big page is marked while the rest is read).
   */
  flush(now = performance.now()): void {
    this.lastFlush = now;
    if (this.pending.size === 0 && this.pendingQuiet.size === 0) return;
    for (const range of this.pending) this.marks.add(range);
    for (const range of this.pendingQuiet) this.quiet.add(range);
    this.pending.clear();
    this.pendingQuiet.clear();
    if (!this.live) {
      this.live = true;
      this.ensureRegistered();
    }
  }

  flushIfDue(now = performance.now()): void {
    const waiting = this.pending.size + this.pendingQuiet.size;
    if (waiting > 0 && now - this.lastFlush >= FLUSH_EVERY_MS) this.flush(now);
  }

  setActive(range: Range | null): void {
    if (!range && this.active.size === 0) return;
    this.active.clear();
    if (range) this.active.add(range);
  }

  /**
   * Highlight styles live in a constructed style sheet adopted by the document
   * and by each scanned shadow root (`::highlight()` does not cross shadow
   * boundaries). Adopted sheets are not DOM nodes and pass strict CSPs.
   */
  setStyle(css: string): void {
    this.sheet.replaceSync(css);
    for (const root of this.styledRoots) this.adopt(root);
  }

  styleRoot(root: Document | ShadowRoot): void {
    this.styledRoots.add(root);
    this.adopt(root);
  }

  dispose(): void {
    const registry = CSS.highlights;
    if (registry.get(HIGHLIGHT_NAME) === this.marks) registry.delete(HIGHLIGHT_NAME);
    if (registry.get(ACTIVE_HIGHLIGHT_NAME) === this.active) registry.delete(ACTIVE_HIGHLIGHT_NAME);
    if (registry.get(QUIET_HIGHLIGHT_NAME) === this.quiet) registry.delete(QUIET_HIGHLIGHT_NAME);
    this.marks.clear();
    this.quiet.clear();
    this.active.clear();
    this.pending.clear();
    this.pendingQuiet.clear();
    this.live = false;
    for (const root of this.styledRoots) {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
    }
    this.styledRoots.clear();
  }

  private adopt(root: Document | ShadowRoot): void {
    try {
      if (!root.adoptedStyleSheets.includes(this.sheet)) {
        // Drop a sheet left by an earlier copy of Klartext (Firefox ends an
        // updated extension's old scripts without letting them clean up).
        const others = root.adoptedStyleSheets.filter((s) => !isKlartextSheet(s));
        root.adoptedStyleSheets = [...others, this.sheet];
      }
    } catch {
      // A page that froze or replaced adoptedStyleSheets: marks stay registered, unstyled.
    }
  }
}

function isKlartextSheet(sheet: CSSStyleSheet): boolean {
  try {
    const first = sheet.cssRules[0]?.cssText ?? '';
    return first.startsWith(`::highlight(${HIGHLIGHT_NAME})`);
  } catch {
    return false;
  }
}
