import type { FlagDraft } from '../core/flags/edit';
import { back, follow, type EntryHistory, type TermContext } from '../core/glossary/entry-history';
import type { TermMatch } from '../core/glossary/types';
import type { EntryReply } from '../core/protocol/replies';
import { markAtPoint, markInRange, type Hit } from '../dom/hit-test';
import type { Mark, PlacedMark } from '../dom/mark-store';
import { unitOf } from '../dom/units';
import { languageOf } from '../dom/lang';
import { HoverIntent } from './hover-intent';
import type { PopoverHost } from './popover/popover-host';
import { rangeAnchor, showEntryCard, showTermList, topCentreAnchor, type Anchor } from './popover/popover-view';
import { listenToReader } from './reader-input';
import type { ScanSession } from './scan-session';

/** What of the popover's host the interaction uses. */
export type PopoverSurface = Pick<PopoverHost, 'isOpen' | 'show' | 'hide' | 'reposition' | 'containsEvent' | 'isOwnNode'>;

export interface InteractionDeps {
  doc: Document;
  /** False once the extension was reloaded or removed (checking also triggers the cleanup). */
  isAlive: () => boolean;
  popover: PopoverSurface;
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

const MAX_SELECTION = 120;

/**
 * How a reader reaches an explanation: hover (with dwell and grace period),
 * touch, keyboard focus, selection, the term list, and Escape to close. The
 * input comes from reader-input.ts, the card is drawn by popover-view.ts;
 * this decides which entry is shown where.
 */
export class Interaction {
  private readonly hover: HoverIntent<Hit>;
  /** The flag form is open: hovering neither closes the popover nor opens another. */
  private pinned = false;
  private history: EntryHistory = [];
  /** Bumped on every show or close, so a late reply never paints over a newer state. */
  private generation = 0;
  private readonly revealed = new Map<string, number>();
  /** Removes the input listeners (nothing to remove until `attach`). */
  private stopInput = () => {};

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
    const { doc, popover } = this.deps;
    const win = doc.defaultView;
    if (!win) return;
    this.stopInput = listenToReader({
      win,
      popover,
      intents: {
        point: (x, y) => {
          if (this.pinned || !this.deps.isAlive()) return;
          // A page may clear or replace CSS.highlights entries; put Klartext's back.
          this.deps.session()?.layer.ensureRegistered();
          this.hover.pointerAt(this.hitAt(x, y));
        },
        pointInPopover: (inside) => this.hover.pointerInPopover(inside),
        press: (x, y) => {
          if (popover.isOpen && !this.hitAt(x, y)) this.close();
        },
        tap: (x, y) => {
          const hit = this.hitAt(x, y);
          if (!hit) return;
          this.hover.reset(hit);
          this.showMark(hit.mark, rangeAnchor(hit.mark.range, hit.rect), false);
        },
        select: () => void this.explainSelection(),
        escape: () => {
          if (!popover.isOpen) return false;
          this.close();
          return true;
        },
        tabTo: (target) => this.explainWithin(target),
        viewportChange: () => popover.reposition(),
      },
    });
  }

  detach(): void {
    this.stopInput();
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
    this.hover.reset(null);
    this.generation++;
    this.pinned = false;
    showTermList(this.deps.popover, {
      items,
      anchor: topCentreAnchor(this.deps.doc.defaultView),
      onChoose: (id) => this.revealTerm(id, true),
      onClose: () => this.close(),
    });
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
    const text = selection.toString().trim();
    if (!text || text.length > MAX_SELECTION) return false;
    const lang = languageOf(anchorNode);
    const matches = this.deps.matchText(text, lang);
    const only = matches.length === 1 ? matches[0] : undefined;
    if (!only || only.start !== 0 || only.end !== text.length) return false;
    // An ambiguous form left unmarked here is offered, not asserted.
    const store = this.deps.session()?.store;
    const suggestion = this.deps.isAmbiguous(only.id) && !(store && markInRange(store, range, only.id));
    this.history = [{ id: only.id, textLang: lang, formLang: only.lang, suggestion }];
    this.render(rangeAnchor(range.cloneRange()), false);
    return true;
  }

  /**
   * A link or control that the reader tabbed to and that contains a term
   * explains it, without moving focus. A page's `focus()` call opens nothing.
   */
  private explainWithin(target: Element): void {
    const session = this.deps.session();
    if (!session) return;
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

  private hitAt(x: number, y: number): Hit | null {
    const session = this.deps.session();
    if (!session || session.store.size === 0) return null;
    return markAtPoint({ doc: this.deps.doc, store: session.store, x, y, shadowRoots: session.shadowRoots });
  }

  private showMark(placed: PlacedMark, anchor: Anchor, focus: boolean): void {
    const { mark } = placed;
    this.history = [{ id: mark.id, textLang: mark.textLang, formLang: mark.formLang }];
    this.deps.session()?.layer.setActive(placed.range);
    this.render(anchor, focus);
  }

  /** Shows the history's current entry once its reply is there, unless something newer happened meanwhile. */
  private render(anchor: Anchor, focus: boolean): void {
    const current = this.history[this.history.length - 1];
    if (!current) return;
    const generation = ++this.generation;
    void this.deps.entry(current.id, current).then((reply) => {
      if (generation !== this.generation || !reply?.view) return;
      const view = reply.view;
      // A new card starts with its flag form closed.
      this.pinned = false;
      showEntryCard(this.deps.popover, {
        view,
        isUserEntry: reply.isUserEntry,
        depth: this.history.length,
        suggestion: current.suggestion === true,
        anchor,
        focus,
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
          this.history = follow(this.history, id);
          this.render(anchor, true);
        },
        onBack: () => {
          this.history = back(this.history);
          this.render(anchor, true);
        },
        onClose: () => this.close(),
      });
    });
  }
}
