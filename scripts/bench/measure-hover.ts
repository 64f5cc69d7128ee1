import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { openPage } from './browsers';

export interface HoverRun {
  positions: number;
  hits: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  marks: number;
}

type Api = {
  scan(): Promise<unknown>;
  markCount(): number;
  visibleMarkRects(): { x: number; y: number; w: number; h: number }[];
  timeHits(points: { x: number; y: number }[]): { ms: number; hit: boolean }[];
};

/** Injects the page-side bundle (Klartext's scan session and hit-test) and scans the page with it. */
export async function injectAndScan(page: Page, bundle: string): Promise<void> {
  await page.addScriptTag({ content: bundle });
  await page.evaluate(() => (window as unknown as { __klartextBench: Api }).__klartextBench.scan());
}

/**
 * 6. The hover decision, `markAtPoint` from src/dom/hit-test.ts, on the real
 * page in the main world (page-side bundle, no extension). The page is
 * scrolled to `stops` places; at each, half the points fall on marked terms
 * (random points inside their line boxes), half anywhere in the viewport
 * (mostly plain text, margins, images: the usual answer is "no term").
 * Every call is timed on its own with performance.now() (5 µs resolution:
 * the page is cross-origin isolated).
 */
export async function measureHover(
  context: BrowserContext,
  options: { url: string; bundlePath: string; positions: number; stops: number; seed: number },
): Promise<HoverRun> {
  const bundle = readFileSync(options.bundlePath, 'utf8');
  const page = await openPage(context, options.url);
  try {
    await injectAndScan(page, bundle);
    const perStop = Math.ceil(options.positions / options.stops);
    return await page.evaluate(
      async ({ stops, perStop, total, seed }) => {
        const api = (window as unknown as { __klartextBench: Api }).__klartextBench;
        let state = seed >>> 0;
        const rand = () => {
          state = (state + 0x6d2b79f5) >>> 0;
          let t = state;
          t = Math.imul(t ^ (t >>> 15), t | 1);
          t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
          return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
        };
        const height = Math.max(0, document.documentElement.scrollHeight - window.innerHeight);
        const samples: { ms: number; hit: boolean }[] = [];
        for (let stop = 0; stop < stops && samples.length < total; stop++) {
          window.scrollTo(0, Math.round((height * stop) / Math.max(1, stops - 1)));
          // Two frames: the visibility observer places the marks near the new position after the first.
          for (let f = 0; f < 2; f++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          const rects = api.visibleMarkRects();
          const points: { x: number; y: number }[] = [];
          const count = Math.min(perStop, total - samples.length);
          for (let i = 0; i < count; i++) {
            const r = rects.length > 0 && i % 2 === 0 ? rects[Math.floor(rand() * rects.length)] : undefined;
            points.push(
              r
                ? { x: r.x + 1 + rand() * Math.max(0, r.w - 2), y: r.y + r.h / 2 }
                : { x: rand() * window.innerWidth, y: rand() * window.innerHeight },
            );
          }
          samples.push(...api.timeHits(points));
        }
        const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
        const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
        return {
          positions: samples.length,
          hits: samples.filter((s) => s.hit).length,
          medianMs: at(0.5),
          p95Ms: at(0.95),
          maxMs: sorted[sorted.length - 1] ?? 0,
          marks: api.markCount(),
        };
      },
      { stops: options.stops, perStop, total: options.positions, seed: options.seed },
    );
  } finally {
    await page.close();
  }
}

export interface ScanBreakdown {
  walkMs: number;
  matchMs: number;
  fullMs: number;
  compileMs: number;
}

/**
 * Splits the scan's busy time with the page-side bundle, one fresh load per
 * variant (each scan cold, like the content script's first): walking and
 * collecting text runs only; plus the matcher; plus ranges, the mark store
 * and the highlight (the full scan).
 */
export async function measureBreakdown(
  context: BrowserContext,
  options: { url: string; bundlePath: string },
): Promise<ScanBreakdown> {
  const bundle = readFileSync(options.bundlePath, 'utf8');
  const out: Record<string, number> = {};
  let compileMs = 0;
  for (const variant of ['walk', 'match', 'full'] as const) {
    const page = await openPage(context, options.url);
    try {
      await page.addScriptTag({ content: bundle });
      const summary = await page.evaluate(
        (v) =>
          (
            window as unknown as {
              __klartextBench: { scan(v: string): Promise<{ busyMs: number; compileMs: number }> };
            }
          ).__klartextBench.scan(v),
        variant,
      );
      out[variant] = summary.busyMs;
      compileMs = summary.compileMs;
    } finally {
      await page.close();
    }
  }
  return { walkMs: out.walk ?? 0, matchMs: out.match ?? 0, fullMs: out.full ?? 0, compileMs };
}
