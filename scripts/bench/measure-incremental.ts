import type { BrowserContext } from 'playwright-core';
import { openPage, scanMeasures, waitForScansToSettle, type ScanMeasure } from './browsers';
import { quantile } from './stats';

export interface FrameStats {
  /** Longest time between two rendered frames while paragraphs were appended. */
  longestFrameMs: number;
  /** Median time between rendered frames. */
  medianFrameMs: number;
  /** Seconds from the first append to the last (10 when the page keeps up with 100 a second). */
  appendSeconds: number;
}

export interface IncrementalRun extends FrameStats {
  paragraphs: number;
  /** Busy time of the incremental scans that covered the appended paragraphs, per paragraph. */
  costPerParagraphMs: number;
  /**
   * Median busy time of the scans that covered exactly one paragraph, and how
   * many there were: the marginal cost of a paragraph, which batching (a
   * busy page appends several per task) cannot dilute.
   */
  oneParagraphScanMs: number;
  oneParagraphScans: number;
  paragraphsPerScan: number;
  /** From a paragraph's append to the end of the scan that marked it. */
  delayMedianMs: number;
  delayP95Ms: number;
  delayMaxMs: number;
  /** From a paragraph's append to the end of the first frame rendered after that scan (the marks on screen). */
  paintedMedianMs: number;
  paintedMaxMs: number;
  scans: number;
  matches: number;
  /** Matches the same matcher finds in the appended paragraphs (in Node): all of them should be marked. */
  expectedMatches: number;
  /** Ranges in the highlight inside the appended section, once scrolled to its end (C1). */
  highlightedInSection: number;
}


/** The first value in ascending `list` at or after `t` (Infinity if none). */
function firstAtOrAfter(list: number[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length ? (list[lo] as number) : Number.POSITIVE_INFINITY;
}

interface AppendLog {
  times: number[];
  /** When each frame's rendering had finished (a task posted from its rAF callback). */
  frames: number[];
}

/** Appends the paragraphs at the given rate to a new section; logs append times and rendered frames. */
async function appendParagraphs(
  page: import('playwright-core').Page,
  options: { paragraphs: { html: string; lang: string }[]; perSecond: number; total: number },
): Promise<AppendLog> {
  return page.evaluate(
    async ({ paragraphs, perSecond, total }) => {
      const live = document.createElement('section');
      live.id = 'klartext-bench-live';
      document.body.append(live);
      // The empty section's own scan, out of the way first.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const frames: number[] = [];
      let framing = true;
      const onFrame = () => {
        setTimeout(() => frames.push(performance.now()), 0);
        if (framing) requestAnimationFrame(onFrame);
      };
      requestAnimationFrame(onFrame);
      const times: number[] = [];
      const interval = 1000 / perSecond;
      const t0 = performance.now();
      await new Promise<void>((resolve) => {
        const tick = () => {
          // Catch up when a timer fires late, so the rate holds on a busy page.
          const due = Math.min(total, Math.floor((performance.now() - t0) / interval) + 1);
          while (times.length < due) {
            const source = paragraphs[times.length % paragraphs.length] as { html: string; lang: string };
            const p = document.createElement('p');
            p.lang = source.lang;
            p.innerHTML = source.html;
            live.append(p);
            times.push(performance.now());
          }
          if (times.length >= total) resolve();
          else setTimeout(tick, Math.max(0, t0 + times.length * interval - performance.now()));
        };
        tick();
      });
      // Frames until the marks of the last paragraphs are on screen.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      framing = false;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { times, frames };
    },
    { paragraphs: options.paragraphs, perSecond: options.perSecond, total: options.total },
  );
}

function frameStats(log: AppendLog): FrameStats {
  const first = log.times[0] ?? 0;
  const last = log.times[log.times.length - 1] ?? first;
  const frames = log.frames.filter((f) => f >= first && f <= last + 1000);
  const gaps = frames.slice(1).map((f, i) => f - (frames[i] as number)).sort((a, b) => a - b);
  return {
    longestFrameMs: gaps[gaps.length - 1] ?? 0,
    medianFrameMs: quantile(gaps, 0.5),
    appendSeconds: (last - first) / 1000,
  };
}

export interface IncrementalOptions {
  url: string;
  paragraphs: { html: string; lang: string }[];
  perSecond: number;
  seconds: number;
  /** Matches the matcher finds in each paragraph (in Node). */
  expectedPerParagraph: number[];
}

/**
 * 5. Loads `url` with Klartext, lets the first scan finish, then appends
 * `perSecond` paragraphs a second for `seconds` seconds to a new section
 * (each append time taken in the page right after the append). A paragraph
 * is marked when the first klartext:scan that ends after its append ends
 * (a scan runs until its queue, which the append joined, is empty): its
 * start plus the wall time in its detail. It is on screen when the next
 * frame after that has rendered.
 */
export async function measureIncremental(context: BrowserContext, options: IncrementalOptions): Promise<IncrementalRun> {
  const page = await openPage(context, options.url);
  try {
    await waitForScansToSettle(page);
    const log = await appendParagraphs(page, { ...options, total: options.perSecond * options.seconds });
    await waitForScansToSettle(page, { quietMs: 1000 });
    const appended = log.times;
    const first = appended[0] ?? 0;
    const scans = (await scanMeasures(page))
      .filter((m) => m.incremental && m.startTime + m.wallMs >= first)
      .sort((a, b) => a.startTime - b.startTime);
    const ends = scans.map((m) => m.startTime + m.wallMs);
    const delays: number[] = [];
    const painted: number[] = [];
    const singles: number[] = [];
    if (scans.length === appended.length) {
      // One scan per paragraph, in order (several appended in one task are
      // enqueued one by one, and each enqueue runs a whole short scan).
      appended.forEach((t, i) => {
        const end = ends[i] as number;
        delays.push(end - t);
        painted.push(firstAtOrAfter(log.frames, end) - t);
        singles.push((scans[i] as ScanMeasure).busyMs);
      });
    } else {
      for (const t of appended) {
        const end = firstAtOrAfter(ends, t);
        delays.push(end - t);
        painted.push(firstAtOrAfter(log.frames, end) - t);
      }
      // Scans that covered exactly one paragraph: the only append between the previous scan's end and theirs.
      let k = 0;
      scans.forEach((scan, i) => {
        let covered = 0;
        while (k < appended.length && (appended[k] as number) <= (ends[i] as number)) {
          covered++;
          k++;
        }
        if (covered === 1) singles.push(scan.busyMs);
      });
    }
    delays.sort((a, b) => a - b);
    painted.sort((a, b) => a - b);
    singles.sort((a, b) => a - b);
    // Past 1,000 marks only blocks near the viewport are in the highlight:
    // scroll to the end of the appended section and count what is there.
    const highlightedInSection = await page.evaluate(async () => {
      const live = document.getElementById('klartext-bench-live');
      live?.lastElementChild?.scrollIntoView();
      for (let f = 0; f < 3; f++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      let n = 0;
      for (const range of CSS.highlights.get('klartext') ?? []) {
        if (live?.contains((range as Range).startContainer)) n++;
      }
      return n;
    });
    return {
      ...frameStats(log),
      paragraphs: appended.length,
      costPerParagraphMs: scans.reduce((n, m) => n + m.busyMs, 0) / Math.max(1, appended.length),
      oneParagraphScanMs: singles.length > 0 ? quantile(singles, 0.5) : Number.NaN,
      oneParagraphScans: singles.length,
      paragraphsPerScan: appended.length / Math.max(1, scans.length),
      delayMedianMs: quantile(delays, 0.5),
      delayP95Ms: quantile(delays, 0.95),
      delayMaxMs: delays[delays.length - 1] ?? 0,
      paintedMedianMs: quantile(painted, 0.5),
      paintedMaxMs: painted[painted.length - 1] ?? 0,
      scans: scans.length,
      matches: scans.reduce((n, m) => n + m.matches, 0),
      expectedMatches: appended.reduce((n, _t, i) => n + (options.expectedPerParagraph[i % options.expectedPerParagraph.length] ?? 0), 0),
      highlightedInSection,
    };
  } finally {
    await page.close();
  }
}

/** The same appends without Klartext: how the page itself renders meanwhile (the baseline for the frame times). */
export async function measureAppendBaseline(context: BrowserContext, options: IncrementalOptions): Promise<FrameStats> {
  const page = await openPage(context, options.url);
  try {
    await page.waitForTimeout(1000);
    return frameStats(await appendParagraphs(page, { ...options, total: options.perSecond * options.seconds }));
  } finally {
    await page.close();
  }
}
