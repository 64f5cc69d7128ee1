import { render, type ComponentChild } from 'preact';
import { POPOVER_CSS } from './popover-css';
import { placePopover } from './position';

/** The host's marker attribute (contract C2): `data-klartext="popover"`. */
export const POPOVER_ATTR = 'data-klartext';
export const POPOVER_SELECTOR = `[${POPOVER_ATTR}="popover"]`;

/** How long after the popover opens its live region speaks (see `announce`). */
const ANNOUNCE_DELAY_MS = 150;

/**
 * The element the popover lives in (contract C2): one `div` marked
 * `data-klartext="popover"` on `document.documentElement`, with a closed
 * shadow root, drawn in the top layer so it stays above fixed headers and
 * fullscreen content. A built-in element, so a page cannot break it by
 * defining the name first; closed, so a page script cannot read what a
 * reader looks up (their own entries included) or change it; its host styles
 * are !important rules of the shadow tree, which no page rule overrides.
 * If the page removes the host, the next `show` builds it again.
 */
export class PopoverHost {
  private host: HTMLElement | null = null;
  /** The closed shadow root: only this object holds it. */
  private shadow: ShadowRoot | null = null;
  private container: HTMLElement | null = null;
  /** A polite live region beside the card: screen readers read what opened without focus moving there. */
  private status: HTMLElement | null = null;
  private announceTimer = 0;
  private sheet: CSSStyleSheet | null = null;
  private anchor: (() => DOMRect | null) | null = null;
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  get isOpen(): boolean {
    return this.anchor !== null && this.host?.isConnected === true;
  }

  /** True when the event happened inside the popover. */
  containsEvent(event: Event): boolean {
    if (!this.host) return false;
    if (event.composedPath().includes(this.host)) return true;
    // Over a fullscreen element everything outside it is inert, the popover
    // too: it is drawn on top but gets no events, so ask the geometry.
    const full = this.doc.fullscreenElement;
    if (!full || !this.isOpen || !(event instanceof MouseEvent)) return false;
    const r = this.host.getBoundingClientRect();
    return event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom;
  }

  isOwnNode(node: Node): boolean {
    if (!this.host) return false;
    if (node === this.host || this.host.contains(node)) return true;
    return this.shadow !== null && node.getRootNode() === this.shadow;
  }

  /**
   * Shows `content` beside the anchor. `announce`: what a screen reader says
   * (the term and its short explanation); a hover or a selection does not
   * move focus into the popover, so it is spoken through a live region.
   */
  show(content: ComponentChild, anchor: () => DOMRect | null, options: { focus?: boolean; announce?: string } = {}): void {
    const container = this.ensure();
    this.announce(options.announce ?? '');
    const active = this.doc.activeElement;
    if (options.focus && !this.isOpen && active instanceof HTMLElement && !this.isOwnNode(active)) {
      this.returnFocus = active;
    }
    this.anchor = anchor;
    render(content, container);
    const host = this.host as HTMLElement;
    try {
      if (!host.matches(':popover-open')) host.showPopover();
    } catch {
      // No popover API (or the page broke it): the z-index keeps it on top.
    }
    this.reposition();
    if (options.focus) {
      const target = container.querySelector<HTMLElement>('[role="listbox"], .chip, .more, .close');
      target?.focus({ preventScroll: true });
    }
  }

  /** Follows the anchor after a scroll or resize; hides when it is gone. */
  reposition(): void {
    if (!this.anchor || !this.host) return;
    const rect = this.anchor();
    if (!rect) {
      this.hide();
      return;
    }
    const view = this.doc.defaultView;
    const size = this.host.getBoundingClientRect();
    const place = placePopover({
      anchor: rect,
      size: { width: size.width, height: size.height },
      viewport: { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 },
    });
    const style = this.host.style;
    style.setProperty('left', `${Math.round(place.left)}px`, 'important');
    style.setProperty('top', `${Math.round(place.top)}px`, 'important');
  }

  hide(): void {
    this.announce('');
    const hadFocus = this.returnFocus;
    this.returnFocus = null;
    this.anchor = null;
    if (this.container) render(null, this.container);
    try {
      if (this.host?.matches(':popover-open')) this.host.hidePopover();
    } catch {
      // See show().
    }
    if (hadFocus?.isConnected) hadFocus.focus({ preventScroll: true });
  }

  dispose(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.shadow = null;
    this.container = null;
    this.status = null;
  }

  /**
   * Sets the live region's text a moment after the change that caused it: a
   * region whose text is replaced at once after it appears (the first
   * popover) is not announced by every screen reader. Empty: clears it, so
   * the same term opened again is announced again.
   */
  private announce(text: string): void {
    const view = this.doc.defaultView;
    if (this.announceTimer && view) view.clearTimeout(this.announceTimer);
    this.announceTimer = 0;
    if (!this.status) return;
    if (!text || !view) {
      this.status.textContent = '';
      return;
    }
    this.announceTimer = view.setTimeout(() => {
      this.announceTimer = 0;
      if (this.status && this.isOpen) this.status.textContent = text;
    }, ANNOUNCE_DELAY_MS);
  }

  private ensure(): HTMLElement {
    // A page cannot reach into the closed shadow root; it can only remove the host, which is then built again.
    if (this.host?.isConnected && this.container?.isConnected) return this.container;
    // Firefox tears down an updated extension's old content script without
    // letting it clean up: its popover host may still be here.
    for (const stale of this.doc.documentElement.querySelectorAll(`:scope > ${POPOVER_SELECTOR}`)) stale.remove();
    const host = this.doc.createElement('div');
    host.setAttribute(POPOVER_ATTR, 'popover');
    const shadow = host.attachShadow({ mode: 'closed' });
    const view = this.doc.defaultView ?? window;
    if (!this.sheet) {
      this.sheet = new view.CSSStyleSheet();
      this.sheet.replaceSync(POPOVER_CSS);
    }
    shadow.adoptedStyleSheets = [this.sheet];
    const container = this.doc.createElement('div');
    container.className = 'root';
    const status = this.doc.createElement('div');
    status.className = 'announce';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    status.setAttribute('aria-atomic', 'true');
    shadow.append(container, status);
    host.setAttribute('popover', 'manual');
    this.doc.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    this.container = container;
    this.status = status;
    return container;
  }
}
