import { trusted } from './trusted-input';

/** How soon after a Tab key press a focus counts as moved by it (the browser moves focus in the key's default action). */
const TAB_FOCUS_MS = 250;

/** What the reader did, as the popover's logic needs to know it. */
export interface ReaderIntents {
  /** The mouse or pen rests at a point outside the popover (told at most once a frame). */
  point: (x: number, y: number) => void;
  /** The pointer moved into (true) or out of (false) the popover. */
  pointInPopover: (inside: boolean) => void;
  /** A press outside the popover. */
  press: (x: number, y: number) => void;
  /** A touch on the page was lifted (touch has no hover: a tap on a term explains it). */
  tap: (x: number, y: number) => void;
  /** Something is selected now (after a double-click, a mouse release or Shift+arrow). */
  select: () => void;
  /** Escape was pressed: true when it closed something, and the key is then the popover's alone. */
  escape: () => boolean;
  /** The reader tabbed to an element outside the popover. */
  tabTo: (target: Element) => void;
  /** The page scrolled or the window was resized. */
  viewportChange: () => void;
}

export interface ReaderInputOptions {
  win: Window;
  /** Tells whether an event happened inside the popover. */
  popover: { containsEvent: (event: Event) => boolean };
  intents: ReaderIntents;
}

/**
 * Turns the window's input events into the reader's intents. Only trusted
 * events count (see trusted-input.ts), and a focus only right after a real
 * Tab; scroll and resize only reposition. Returns what removes the listeners.
 */
export function listenToReader({ win, popover, intents }: ReaderInputOptions): () => void {
  /** When the last real Tab was pressed: see `focusin`. */
  let tabAt = Number.NEGATIVE_INFINITY;
  const offs: (() => void)[] = [];
  let frame = 0;
  let x = 0;
  let y = 0;
  let inside = false;

  const on = <K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void, passive = true) => {
    const options = { capture: true, passive };
    win.addEventListener(type, fn, options);
    offs.push(() => win.removeEventListener(type, fn, options));
  };
  const selected = () => {
    const selection = win.document.getSelection();
    if (selection && !selection.isCollapsed) intents.select();
  };

  on(
    'pointermove',
    trusted((e) => {
      if (e.pointerType === 'touch') return;
      const now = popover.containsEvent(e);
      if (now !== inside) {
        inside = now;
        intents.pointInPopover(now);
      }
      if (now) return;
      x = e.clientX;
      y = e.clientY;
      // One hit-test per frame at most, at the latest position.
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        if (!inside) intents.point(x, y);
      });
    }),
  );
  on(
    'pointerdown',
    trusted((e) => {
      if (!popover.containsEvent(e)) intents.press(e.clientX, e.clientY);
    }),
  );
  on(
    'pointerup',
    trusted((e) => {
      if (e.pointerType === 'touch') {
        if (!popover.containsEvent(e)) intents.tap(e.clientX, e.clientY);
      } else if (e.pointerType === 'mouse' && e.detail < 2) {
        // The selection a release ends is there once the release's default action ran.
        setTimeout(selected, 0);
      }
    }),
  );
  on(
    'keydown',
    trusted((e) => {
      if (e.key === 'Tab') tabAt = e.timeStamp;
      if (e.key === 'Escape' && intents.escape()) {
        e.preventDefault();
        e.stopPropagation();
      }
    }),
    false,
  );
  on(
    'keyup',
    trusted((e) => {
      if (e.shiftKey && e.key.startsWith('Arrow')) selected();
    }),
  );
  on('dblclick', trusted(selected));
  // A page's `element.focus()` fires trusted focus events too, so the event
  // alone cannot tell a reader's focus; a real Tab key press just before it can.
  on('focusin', (e) => {
    const target = e.target;
    const sinceTab = e.timeStamp - tabAt;
    if (e.isTrusted && sinceTab >= 0 && sinceTab < TAB_FOCUS_MS && target instanceof Element && !popover.containsEvent(e)) intents.tabTo(target);
  });
  on('scroll', intents.viewportChange);
  on('resize', intents.viewportChange);

  return () => {
    for (const off of offs.splice(0)) off();
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  };
}
