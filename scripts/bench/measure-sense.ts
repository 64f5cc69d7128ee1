import type { BrowserContext } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { openPage } from './browsers';
import { median } from './report';

export interface SenseAB {
  page: string;
  /** Median busy ms of the page-side scan without sense decisions (every match marked) and with them. */
  withoutMs: number;
  withMs: number;
  /** (with − without) ÷ with: the sense decisions' share of the scan, by A/B. */
  share: number;
  /** Marks each way (the same matches; fewer marks with senses where forms meant something else). */
  marksWithout: number;
  marksWith: number;
}

type Api = { scan(variant: string): Promise<{ busyMs: number }>; markCount(): number };

/**
 * The sense decisions' cost by A/B in one run: the page-side bundle scans
 * each page cold with `nosense` and with `full`, alternating, `rounds` times
 * each, one fresh load per scan.
 */
export async function measureSenseAB(
  context: BrowserContext,
  options: { page: string; url: string; bundlePath: string; rounds: number },
): Promise<SenseAB> {
  const bundle = readFileSync(options.bundlePath, 'utf8');
  const times: Record<'nosense' | 'full', number[]> = { nosense: [], full: [] };
  const marks: Record<'nosense' | 'full', number> = { nosense: 0, full: 0 };
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? (['nosense', 'full'] as const) : (['full', 'nosense'] as const);
    for (const variant of order) {
      const page = await openPage(context, options.url);
      try {
        await page.addScriptTag({ content: bundle });
        const result = await page.evaluate(async (v) => {
          const api = (window as unknown as { __klartextBench: Api }).__klartextBench;
          const summary = await api.scan(v);
          return { busyMs: summary.busyMs, marks: api.markCount() };
        }, variant);
        times[variant].push(result.busyMs);
        marks[variant] = result.marks;
      } finally {
        await page.close();
      }
    }
  }
  const withoutMs = median(times.nosense);
  const withMs = median(times.full);
  return { page: options.page, withoutMs, withMs, share: (withMs - withoutMs) / withMs, marksWithout: marks.nosense, marksWith: marks.full };
}
