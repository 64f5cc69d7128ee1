import type { BrowserContext } from 'playwright-core';
import { openPage, waitForScansToSettle } from './browsers';
import { quantile } from './stats';

/**
 * Scrolling a long page at a steady pace from the top, with and without
 * Klartext: past 1,000 marks Klartext places ranges only for the blocks near
 * the viewport, so every scrolled screen makes and drops ranges. That must
 * not show in the frames. The pace is a reader's fast, steady scroll
 * (`pxPerSecond`, about six screens a second by default); top to bottom of
 * the 5 MB page (1.6 million px) at that pace would take minutes, so the
 * run covers `seconds` of it, the page being the same all the way down.
 */
export interface ScrollRun {
  /** Rendered frames during the scroll, and the time between them. */
  frames: number;
  p95FrameMs: number;
  medianFrameMs: number;
  maxFrameMs: number;
  /** Frames that took longer than 50 ms. */
  longFrames: number;
  /** Distance scrolled, px. */
  scrolledPx: number;
}

export interface ScrollResult {
  page: string;
  seconds: number;
  pxPerSecond: number;
  without: ScrollRun[];
  with: ScrollRun[];
}

async function scrollOnce(context: BrowserContext, options: { url: string; seconds: number; pxPerSecond: number; klartext: boolean }): Promise<ScrollRun> {
  const page = await openPage(context, options.url);
  try {
    if (options.klartext) await waitForScansToSettle(page, { quietMs: 500 });
    else await page.waitForTimeout(1000);
    const run = await page.evaluate(async ({ seconds, pxPerSecond }) => {
      const root = document.scrollingElement ?? document.documentElement;
      const ms = seconds * 1000;
      const height = Math.min(root.scrollHeight - innerHeight, (pxPerSecond * ms) / 1000);
      const frames: number[] = [];
      await new Promise<void>((resolve) => {
        const start = performance.now();
        const onFrame = (now: number) => {
          frames.push(now);
          const t = Math.min(1, (now - start) / ms);
          // Steady pace: the same distance every millisecond.
          root.scrollTop = Math.round(height * t);
          if (t < 1) requestAnimationFrame(onFrame);
          else resolve();
        };
        requestAnimationFrame(onFrame);
      });
      return { frames, scrolledPx: height };
    }, { seconds: options.seconds, pxPerSecond: options.pxPerSecond });
    const gaps = run.frames.slice(1).map((f, i) => f - (run.frames[i] as number)).sort((a, b) => a - b);
    return {
      frames: run.frames.length,
      p95FrameMs: quantile(gaps, 0.95),
      medianFrameMs: quantile(gaps, 0.5),
      maxFrameMs: gaps[gaps.length - 1] ?? 0,
      longFrames: gaps.filter((g) => g > 50).length,
      scrolledPx: run.scrolledPx,
    };
  } finally {
    await page.close();
  }
}

/** `rounds` scrolls each way, alternating which goes first. */
export async function measureScroll(contexts: { ext: BrowserContext; plain: BrowserContext }, options: { url: string; seconds: number; pxPerSecond: number; rounds: number }): Promise<ScrollResult> {
  const result: ScrollResult = { page: new URL(options.url).pathname.split('/').pop()?.replace(/\.html$/, '') ?? options.url, seconds: options.seconds, pxPerSecond: options.pxPerSecond, without: [], with: [] };
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? [false, true] : [true, false];
    for (const klartext of order) {
      const run = await scrollOnce(klartext ? contexts.ext : contexts.plain, { url: options.url, seconds: options.seconds, pxPerSecond: options.pxPerSecond, klartext });
      (klartext ? result.with : result.without).push(run);
    }
  }
  return result;
}
