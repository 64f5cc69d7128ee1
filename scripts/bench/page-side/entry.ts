// Runs in the page's main world (injected by the benchmark, never shipped):
// the content script's own scan session and hit-test, so the hover decision
// and CPU profiles measure the same code on the same page.
import BUNDLED_INDEX from 'virtual:klartext-match-index';
import BUNDLED_SENSE_CUES from 'virtual:klartext-sense-cues';
import { compileMatcher, type Matcher } from '../../../src/core/matcher';
import { compileSenses } from '../../../src/core/sense';
import { ScanSession } from '../../../src/content/scan-session';
import type { ScanSummary } from '../../../src/content/scanner';
import { markAtPoint } from '../../../src/dom/hit-test';

let session: ScanSession | null = null;

export interface HoverSample {
  ms: number;
  hit: boolean;
}

function current(): ScanSession {
  if (!session) throw new Error('scan() first');
  return session;
}

/**
 * How much of the scan runs: `walk` collects the text runs but matches
 * nothing, `match` also runs the matcher but marks nothing, `nosense` marks
 * every match without sense decisions, `full` is the content script's scan.
 * Their differences split the scan's time into walking, matching, marking
 * and deciding senses.
 */
export type ScanVariant = 'walk' | 'match' | 'nosense' | 'full';

function variantOf(real: Matcher, variant: ScanVariant): Matcher {
  if (variant === 'full' || variant === 'nosense') return real;
  return {
    size: real.size,
    match: (text, options) => {
      if (variant === 'match') real.match(text, options);
      return [];
    },
  };
}

export const api = {
  /** Compiles the bundled glossary and scans the document like the content script does. */
  scan(variant: ScanVariant = 'full'): Promise<ScanSummary & { compileMs: number }> {
    // A scan again in the same load (the warm A/B) replaces the last one.
    session?.stop();
    return new Promise((resolve) => {
      const t0 = performance.now();
      // As the content script compiles them: the match index, and the cue tables built at build time.
      const matcher = compileMatcher(BUNDLED_INDEX);
      const senses = compileSenses(BUNDLED_INDEX, BUNDLED_SENSE_CUES);
      const compileMs = performance.now() - t0;
      session = new ScanSession({
        doc: document,
        matcher: variantOf(matcher, variant),
        senses: variant === 'nosense' ? null : senses,
        isQuiet: (id) => senses.familiar.has(id),
        firstOnly: false,
        css: '',
        cssIsInjected: false,
        isOwnNode: () => false,
        onScanned: (summary) => resolve({ ...summary, compileMs }),
        onDegraded: () => {},
      });
      session.start();
    });
  },

  markCount(): number {
    return current().store.size;
  },

  /** Client rects (viewport coordinates) of placed marks that are in the viewport. */
  visibleMarkRects(): { x: number; y: number; w: number; h: number }[] {
    const out: { x: number; y: number; w: number; h: number }[] = [];
    const vh = window.innerHeight;
    const vw = window.innerWidth;
    for (const mark of current().store.placedMarks()) {
      for (const r of mark.range.getClientRects()) {
        if (r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= vh && r.left >= 0 && r.right <= vw) {
          out.push({ x: r.left, y: r.top, w: r.width, h: r.height });
        }
      }
    }
    return out;
  },

  /** Times `markAtPoint` once per point, each call on its own. */
  timeHits(points: { x: number; y: number }[]): HoverSample[] {
    const s = current();
    return points.map(({ x, y }) => {
      const start = performance.now();
      const hit = markAtPoint({ doc: document, store: s.store, x, y, shadowRoots: s.shadowRoots });
      return { ms: performance.now() - start, hit: hit !== null };
    });
  },
};

(window as unknown as { __klartextBench: typeof api }).__klartextBench = api;
