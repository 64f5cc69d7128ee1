import type { UnitVisibility } from '../../src/dom/placement-window';

/**
 * Small stand-ins for what happy-dom lacks (the CSS Custom Highlight API,
 * layout, intersection reports, trusted events), injected where Klartext
 * already takes them from: globals it reads, the document it is given, the
 * visibility watch it is handed.
 */

/** A page's events are untrusted; the reader's are not. happy-dom's have no `isTrusted` at all. */
export function asReader<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

class FakeHighlight extends Set<Range> {
  priority = 0;
}

/** `CSS.highlights` and `Highlight`, as a Map of Sets; returns the registry. */
export function installHighlights(): Map<string, Set<Range>> {
  const registry = new Map<string, Set<Range>>();
  vi.stubGlobal('Highlight', FakeHighlight);
  // happy-dom's CSS is made anew on each read: the whole namespace is replaced, keeping its functions.
  const css = globalThis.CSS;
  vi.stubGlobal('CSS', { escape: css.escape.bind(css), supports: css.supports.bind(css), highlights: registry });
  return registry;
}

export function removeHighlights(): void {
  vi.unstubAllGlobals();
}

/** The text of every range registered under `name`, in no particular order. */
export function highlighted(registry: Map<string, Set<Range>>, name = 'klartext'): string[] {
  return [...(registry.get(name) ?? [])].map((r) => r.toString()).sort();
}

/** A visibility watch the test drives: it records what is watched and reports what the test says. */
export function fakeVisibility() {
  const watched = new Set<Node>();
  let report: ((changes: readonly [Node, boolean][]) => void) | null = null;
  let disconnected = false;
  const watch = (onChange: (changes: readonly [Node, boolean][]) => void): UnitVisibility => {
    report = onChange;
    return {
      observe: (unit) => watched.add(unit),
      unobserve: (unit) => watched.delete(unit),
      disconnect: () => {
        disconnected = true;
        watched.clear();
      },
    };
  };
  return {
    watch,
    watched,
    get started() {
      return report !== null;
    },
    get disconnected() {
      return disconnected;
    },
    /** The observer reports these blocks entering (true) or leaving (false) the viewport's neighbourhood. */
    report(changes: [Node, boolean][]) {
      report?.(changes);
    },
  };
}

/**
 * Layout for happy-dom: every range is one line box at `rectOf(range)`
 * (Range.getClientRects), and the document's caret at a point is what
 * `caretAt` says (caretPositionFromPoint on the document Klartext is given).
 */
export function fakeLayout(doc: Document, options: { rectOf: (range: Range) => DOMRect | null; caretAt: (x: number, y: number) => { node: Node; offset: number } | null }) {
  const spy = vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const rect = options.rectOf(this);
    return (rect ? [rect] : []) as unknown as DOMRectList;
  });
  Object.defineProperty(doc, 'caretPositionFromPoint', {
    configurable: true,
    value: (x: number, y: number) => {
      const caret = options.caretAt(x, y);
      return caret ? { offsetNode: caret.node, offset: caret.offset } : null;
    },
  });
  return () => {
    spy.mockRestore();
    Reflect.deleteProperty(doc, 'caretPositionFromPoint');
  };
}
