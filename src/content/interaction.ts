import { h } from 'preact';
import type { FlagDraft } from '../core/flags/edit';
import type { TermMatch } from '../core/glossary/types';
import type { EntryReply } from '../core/protocol/replies';
import { markAtPoint, markInRange, type Hit } from '../dom/hit-test';
import type { Mark, PlacedMark } from '../dom/mark-store';
import { unitOf } from '../dom/units';
import { languageOf } from '../dom/lang';
import { HoverIntent } from './hover-intent';
import { PopoverCard } from './popover/PopoverCard';
import type { PopoverHost } from './popover/popover-host';
import { TermList, termListAnnouncement } from './popover/TermList';
import type { ScanSession } from './scan-session';
import { KeyboardFocus, trusted } from './trusted-input';

export interface InteractionDeps {
  doc: Document;
  /** False once the extension was reloaded or removed (checking also triggers the cleanup). */
  isAlive: () => boolean;
  popover: PopoverHost;
  session: () => ScanSession | null;
  hoverDelayMs: () => number;
  /** The entry as shown for text in `textLang`, where a form in `formLang` matched. */
  entry: (id: string, ctx: TermContext) => Promise<EntryReply | null>;
  /** The term's title, for the list of terms on the page. */
  title: (id: string) => string;
  matchText: (text: string, lang: string) => TermMatch[];
  /** Whether an entry's forms are ambiguous (an unmarked one is then offered as "Did you mean …?"). */
  isAmbiguous: (id: string) => boolean;
  /** The reader knows this term: stop drawing it (in every tab). */
  markKnown: (id: string) => void;
  /** The reader flags an entry as wrong or outdated (shown in `lang`); false when it was not stored. */
  flagEntry: (id: string, lang: 'de' | 'en', draft: FlagDraft) => Promise<boolean>;
}

type Anchor = () => DOMRect | null;
export interface TermContext {
  textLang: string;
  formLang: 'de' | 'en';
}
const MAX_SELECTION = 120;

/** The line box of `range` that held the pointer, following it as the page scrolls. */
function rangeAnchor(range: Range, near?: DOMRect): Anchor {
  let line = 0;
  if (near) {
    const rects = [...range.getClientRects()];
    const i = rects.findIndex((r) => Math.abs(r.top - near.top) < 1 && Math.abs(r.left - near.left) < 1);
    line = Math.max(0, i);
  }
  return () => {
    const rects = range.getClientRects();
    const rect = rects[line] ?? rects[0] ?? null;
    if (!rect || (rect.width === 0 && rect.height === 0)) return null;
    const view = range.startContainer.ownerDocument?.defaultView;
    if (view && (rect.bottom < 0 || rect.top > view.innerHeight)) return null;
    return rect;
  };
}

/**
 * How a reader reaches an explanation: hover (with dwell and grace period),
 * touch, keyboard focus, selection, the term list, and Escape to close.
 */
export class Interaction {
  private readonly hover: HoverIntent<Hit>;
  private frame = 0;
  private pointer = { x: 0, y: 0 };
  private inPopover = false;
  /** The flag form is open: hovering neither closes the popover nor opens another. */
  private pinned = false;
  private history: ({ id: string; suggestion?: boolean } & TermContext)[] = [];
  /** Bumped on every show or close, so a late reply never paints over a newer state. */
  private generation = 0;
  private readonly revealed = new Map<string, number>();
  private readonly listeners: [EventTarget, string, EventListener, AddEventListenerOptions][] = [];
  private readonly keyboardFocus = new KeyboardFocus();

  constructor(private readonly deps: InteractionDeps) {
    this.hover = new HoverIntent<Hit>({
      showDelayMs: deps.hoverDelayMs,
      same: (a, b) => a.mark === b.mark,
      onPending: (hit) => void deps.entry(hit.mark.mark.id, hit.mark.mark),
      onShow: (hit) => this.showMark(hit.mark, rangeAnchor(hit.mark.range, hit.rect), false),
      onHide: () => this.close(),
    });
  }

  attach(): void {
    const win = this.deps.doc.defaultView;
    if (!win) return;
    // Input handlers run only for trusted events (see trusted-input.ts); scroll and resize only reposition.
    const on = (target: EventTarget, type: string, fn: (e: Event) => void, passive = true) => {
      const options = { capture: true, passive };
      target.addEventListener(type, fn, options);
      this.listeners.push([target, type, fn, options]);
    };
    on(win, 'pointermove', trusted((e) => this.onPointerMove(e as PointerEvent)));
    on(win, 'pointerdown', trusted((e) => this.onPointerDown(e as PointerEvent)));
    on(win, 'pointerup', trusted((e) => this.onPointerUp(e as PointerEvent)));
    on(win, 'keydown', trusted((e) => this.onKeyDown(e as KeyboardEvent)), false);
    on(win, 'keyup', trusted((e) => this.onKeyUp(e as KeyboardEvent)));
    on(win, 'dblclick', trusted(() => this.afterSelection()));
    on(win, 'focusin', (e) => this.onFocusIn(e as FocusEvent));
    on(win, 'scroll', () => this.deps.popover.reposition());
    on(win, 'resize', () => this.deps.popover.reposition());
  }

  detach(): void {
    for (const [target, type, fn, options] of this.listeners) target.removeEventListener(type, fn, options);
    this.listeners.length = 0;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.close();
  }

  close(): void {
    this.generation++;
    this.pinned = false;
    this.history = [];
    this.hover.reset(null);
    this.deps.session()?.layer.setActive(null);
    this.deps.popover.hide();
  }

  /** Opens the list of this page's terms (keyboard command). */
  showTermList(): void {
    const session = this.deps.session();
    const items = (session?.store.termCounts() ?? [])
      .map(({ id, count }) => ({ id, count, title: this.deps.title(id) }))
      .sort((a, b) => a.title.localeCompare(b.title));
    const win = this.deps.doc.defaultView;
    const anchor: Anchor = () => new DOMRect(((win?.innerWidth ?? 400) - 380) / 2, 8, 380, 0);
    this.hover.reset(null);
    this.generation++;
    this.pinned = false;
    this.deps.popover.show(
      h(TermList, { items, onChoose: (id) => this.revealTerm(id, true), onClose: () => this.close() }),
      anchor,
      { focus: true, announce: termListAnnouncement(items.length) },
    );
  }

  /** Scrolls to the next occurrence of a term and explains it there. */
  revealTerm(id: string, focus = false): boolean {
    const store = this.deps.session()?.store;
    const marks = store?.marksOf(id) ?? [];
    if (!store || marks.length === 0) return false;
    const index = ((this.revealed.get(id) ?? -1) + 1) % marks.length;
    this.revealed.set(id, index);
    const placed = store.place(marks[index] as Mark);
    if (!placed) return false;
    placed.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.showMark(placed, rangeAnchor(placed.range), focus);
    return true;
  }

  /** Explains the current selection if it is exactly one term. */
  explainSelection(): boolean {
    const selection = this.deps.doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
    const range = selection.getRangeAt(0);
    const anchorNode = range.commonAncestorContainer;
    if (this.deps.popover.isOwnNode(anchorNode) || !unitOf(anchorNode)) return false;
    const raw = selection.toString();
    const text = raw.trim();
    if (!text || text.length > MAX_SELECTION) return false;
    const lang = languageOf(anchorNode);
    const matches = this.deps.matchText(text, lang);
    const only = matches.length === 1 ? matches[0] : undefined;
    if (!only || only.start !== 0 || only.end !== text.length) return false;
    // An ambiguous form left unmarked here is offered, not asserted.
    const suggestion = this.deps.isAmbiguous(only.id) && !this.isMarked(range, only.id);
    this.history = [{ id: only.id, textLang: lang, formLang: only.lang, suggestion }];
    this.render(rangeAnchor(range.cloneRange()), false);
    return true;
  }

  private isMarked(range: Range, id: string): boolean {
    const store = this.deps.session()?.store;
    return store ? markInRange(store, range, id) : false;
  }

  private showMark(placed: PlacedMark, anchor: Anchor, focus: boolean): void {
    const { mark } = placed;
    this.history = [{ id: mark.id, textLang: mark.textLang, formLang: mark.formLang }];
    this.deps.session()?.layer.setActive(placed.range);
    this.render(anchor, focus);
  }

  private render(anchor: Anchor, focus: boolean): void {
    const current = this.history[this.history.length - 1];
    if (!current) return;
    const generation = ++this.generation;
    void this.deps.entry(current.id, current).then((reply) => {
      if (generation !== this.generation || !reply?.view) return;
      const view = reply.view;
      // A new card starts with its flag form closed.
      this.pinned = false;
      this.deps.popover.show(
        h(PopoverCard, {
          key: `${view.id}:${this.history.length}`,
          view,
          isUserEntry: reply.isUserEntry,
          canGoBack: this.history.length > 1,
          suggestion: current.suggestion === true,
          onKnow: () => {
            this.close();
            this.deps.markKnown(view.id);
          },
          onFlag: (draft) => this.deps.flagEntry(view.id, view.lang, draft),
          onFlagFormChange: (open) => {
            this.pinned = open;
            // Forget the hovered term, so leaving the popover does not close it under the reader's typing.
            if (open) this.hover.reset(null);
          },
          onRelated: (id) => {
            this.history.push({ ...current, id, suggestion: false });
            this.render(anchor, true);
          },
          onBack: () => {
            this.history.pop();
            this.render(anchor, true);
          },
          onClose: () => this.close(),
        }),
        anchor,
        { focus, announce: `${view.title}: ${view.short}` },
      );
    });
  }

  private onPointerMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    const inside = this.deps.popover.containsEvent(e);
    if (inside !== this.inPopover) {
      this.inPopover = inside;
      this.hover.pointerInPopover(inside);
    }
    if (inside) return;
    this.pointer = { x: e.clientX, y: e.clientY };
    if (!this.frame) this.frame = requestAnimationFrame(() => this.decide());
  }

  /** Pointer position → which term, if any (one hit-test per frame at most). */
  private decide(): void {
    this.frame = 0;
    if (this.inPopover || this.pinned || !this.deps.isAlive()) return;
    // A page may clear or replace CSS.highlights entries; put Klartext's back.
    this.deps.session()?.layer.ensureRegistered();
    this.hover.pointerAt(this.hitAt(this.pointer.x, this.pointer.y));
  }

  private hitAt(x: number, y: number): Hit | null {
    const session = this.deps.session();
    if (!session || session.store.size === 0) return null;
    return markAtPoint({ doc: this.deps.doc, store: session.store, x, y, shadowRoots: session.shadowRoots });
  }

  private onPointerDown(e: PointerEvent): void {
    if (!this.deps.popover.isOpen || this.deps.popover.containsEvent(e)) return;
    if (!this.hitAt(e.clientX, e.clientY)) this.close();
  }

  /** A tap on a term explains it at once: touch has no hover. */
  private onPointerUp(e: PointerEvent): void {
    if (e.pointerType === 'touch' && !this.deps.popover.containsEvent(e)) {
      const hit = this.hitAt(e.clientX, e.clientY);
      if (hit) {
        this.hover.reset(hit);
        this.showMark(hit.mark, rangeAnchor(hit.mark.range, hit.rect), false);
        return;
      }
    }
    if (e.pointerType === 'mouse' && e.detail < 2) setTimeout(() => this.afterSelection(), 0);
  }

  private onKeyDown(e: KeyboardEvent): void {
    this.keyboardFocus.noteKeyDown(e);
    if (e.key !== 'Escape' || !this.deps.popover.isOpen) return;
    e.preventDefault();
    e.stopPropagation();
    this.close();
  }

  private onKeyUp(e: KeyboardEvent): void {
    if (e.shiftKey && e.key.startsWith('Arrow')) this.afterSelection();
  }

  private afterSelection(): void {
    const selection = this.deps.doc.getSelection();
    if (!selection || selection.isCollapsed) return;
    this.explainSelection();
  }

  /**
   * A link or control that the reader tabbed to and that contains a term
   * explains it, without moving focus. A page's `focus()` call opens nothing.
   */
  private onFocusIn(e: FocusEvent): void {
    if (!this.keyboardFocus.follows(e)) return;
    const target = e.target;
    const session = this.deps.session();
    if (!session || !(target instanceof Element) || this.deps.popover.containsEvent(e)) return;
    const walker = this.deps.doc.createTreeWalker(target, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(), n = 0; node && n < 50; node = walker.nextNode(), n++) {
      const placed = session.store.placedOnNode(node as Text)[0];
      if (placed) {
        this.hover.reset(null);
        this.showMark(placed, rangeAnchor(placed.range), false);
        return;
      }
    }
  }
}
