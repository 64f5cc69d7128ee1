import { h } from 'preact';
import type { FlagDraft } from '../../core/flags/edit';
import type { EntryView } from '../../core/glossary/present';
import { PopoverCard } from './PopoverCard';
import type { PopoverHost } from './popover-host';
import { POPOVER_WIDTH } from './popover-css';
import { VIEWPORT_MARGIN } from './position';
import { TermList, termListAnnouncement, type TermListItem } from './TermList';

/** Where the popover sits: a box in viewport coordinates, asked again on every scroll; null hides it. */
export type Anchor = () => DOMRect | null;

/** The line box of `range` that held the pointer (`near`), following it as the page scrolls. */
export function rangeAnchor(range: Range, near?: DOMRect): Anchor {
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

/** A popover-wide box centred at the top of the window (the term list belongs to no term). */
export function topCentreAnchor(win: Window | null): Anchor {
  return () => new DOMRect(((win?.innerWidth ?? 400) - POPOVER_WIDTH) / 2, VIEWPORT_MARGIN, POPOVER_WIDTH, 0);
}

export interface EntryCard {
  view: EntryView;
  isUserEntry: boolean;
  /** How deep in the related entries the reader is (a new depth is a new card, its flag form closed). */
  depth: number;
  suggestion: boolean;
  anchor: Anchor;
  /** Move focus into the card (it was opened from the keyboard, or by following a related entry). */
  focus: boolean;
  onKnow: () => void;
  onFlag: (draft: FlagDraft) => Promise<boolean>;
  onFlagFormChange: (open: boolean) => void;
  onRelated: (id: string) => void;
  onBack: () => void;
  onClose: () => void;
}

/** Shows an entry's card beside its anchor; a screen reader hears its title and short explanation. */
export function showEntryCard(popover: Pick<PopoverHost, 'show'>, card: EntryCard): void {
  const { view, depth, anchor, focus } = card;
  popover.show(h(PopoverCard, { ...card, key: `${view.id}:${depth}`, canGoBack: depth > 1 }), anchor, {
    focus,
    announce: `${view.title}: ${view.short}`,
  });
}

export interface TermListOptions {
  items: TermListItem[];
  anchor: Anchor;
  onChoose: (id: string) => void;
  onClose: () => void;
}

/** Shows the list of the page's terms, focused, and says how many there are. */
export function showTermList(popover: Pick<PopoverHost, 'show'>, list: TermListOptions): void {
  popover.show(h(TermList, list), list.anchor, { focus: true, announce: termListAnnouncement(list.items.length) });
}
