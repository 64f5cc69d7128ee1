import type { UnitVisibility } from './placement-window';
import { ScrollGate } from './scroll-gate';

/**
 * How far beyond the viewport a block counts as near it: one and a half
 * viewport heights above and below, so terms are marked before they scroll in.
 */
const MARGIN = '150% 0px';

/**
 * Reports blocks entering and leaving the viewport's neighbourhood, with an
 * IntersectionObserver: the browser computes it along with its own rendering,
 * without Klartext asking for layout. A shadow root is watched through its
 * host. A block without a box (display: contents or none) counts as visible:
 * it cannot be placed by geometry, and its few ranges cost little.
 */
export function watchUnitVisibility(
  doc: Document,
  onChange: (changes: readonly [Node, boolean][]) => void,
): UnitVisibility {
  const view = doc.defaultView;
  const Observer = view?.IntersectionObserver;
  // Changes wait while the reader flings the page (see ScrollGate).
  const gate = view
    ? new ScrollGate({ now: () => performance.now(), setTimer: (fn, ms) => view.setTimeout(fn, ms), viewportHeight: () => view.innerHeight })
    : null;
  const onScroll = (): void => gate?.scrolled(view?.scrollY ?? 0);
  view?.addEventListener('scroll', onScroll, { capture: true, passive: true });
  const report = (changes: readonly [Node, boolean][]): void => (gate ? gate.pass(changes, onChange) : onChange(changes));
  const observer = Observer
    ? new Observer(
        (entries) => {
          const changes: [Node, boolean][] = [];
          for (const entry of entries) {
            const box = entry.boundingClientRect;
            const visible = entry.isIntersecting || (box.width === 0 && box.height === 0);
            changes.push([entry.target, visible]);
            const shadow = entry.target.shadowRoot;
            if (shadow) changes.push([shadow, visible]);
          }
          report(changes);
        },
        { rootMargin: MARGIN },
      )
    : null;
  const elementOf = (unit: Node): Element | null =>
    unit.nodeType === 1 ? (unit as Element) : unit.nodeType === 11 ? ((unit as ShadowRoot).host ?? null) : null;
  return {
    observe: (unit) => {
      const el = elementOf(unit);
      if (observer && el) observer.observe(el);
      // Nothing to observe (no observer in this window, or no element): the
      // block counts as visible, reported later like an observer's first
      // report, never from inside the store's own update.
      else queueMicrotask(() => onChange([[unit, true]]));
    },
    unobserve: (unit) => {
      const el = elementOf(unit);
      if (observer && el) observer.unobserve(el);
    },
    disconnect: () => {
      observer?.disconnect();
      view?.removeEventListener('scroll', onScroll, { capture: true });
    },
  };
}
