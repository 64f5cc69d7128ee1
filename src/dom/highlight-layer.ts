/** Names in CSS.highlights (contract C1: every name starts with "klartext"). */
export const HIGHLIGHT_NAME = 'klartext';
export const ACTIVE_HIGHLIGHT_NAME = 'klartext-active';

/**
 * The page's marks as CSS Custom Highlights: ranges painted by the browser,
 * with no element, attribute or text added to the page.
 */
export class HighlightLayer {
  private readonly marks = new Highlight();
  private readonly active = new Highlight();
  private readonly sheet: CSSStyleSheet;
  private readonly styledRoots = new Set<Document | ShadowRoot>();
  /** Ranges found but not yet in the Highlight (see `flush`). */
  private readonly pending = new Set<Range>();
  private lastFlush = 0;

  constructor(private readonly doc: Document) {
    this.active.priority = 1;
    this.sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  }

  /** Re-registers if the page removed or replaced Klartext's entries. */
  ensureRegistered(): void {
    const registry = CSS.highlights;
    if (registry.get(HIGHLIGHT_NAME) !== this.marks) registry.set(HIGHLIGHT_NAME, this.marks);
    if (registry.get(ACTIVE_HIGHLIGHT_NAME) !== this.active) registry.set(ACTIVE_HIGHLIGHT_NAME, this.active);
  }

  /** Removals take effect at once; additions wait for `flush`. */
  update(added: readonly Range[], removed: readonly Range[]): void {
    for (const range of removed) {
      if (this.pending.delete(range)) continue;
      this.marks.delete(range);
      this.active.delete(range);
    }
    for (const range of added) this.pending.add(range);
  }

  /**
   * Puts found ranges into the Highlight. Chromium re-syncs every range of
   * every highlight after any change, at the next frame, so adding after each
   * scan chunk cost O(marks) per chunk; on big pages additions are applied in
   * few, larger batches instead (always at the end of a scan).
   */
  flush(now = performance.now()): void {
    for (const range of this.pending) this.marks.add(range);
    this.pending.clear();
    this.lastFlush = now;
  }

  /** Flushes when the batch interval has passed: longer the more marks a re-sync touches. */
  flushIfDue(now = performance.now()): void {
    if (this.pending.size > 0 && now - this.lastFlush >= 50 + this.marks.size / 50) this.flush(now);
  }

  setActive(range: Range | null): void {
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
    this.marks.clear();
    this.active.clear();
    this.pending.clear();
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
