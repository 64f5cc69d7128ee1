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
  /**
   * The same A/B warm: scans alternating in one load, after two of each, so
   * the code runs compiled. Cold minus warm is what first runs cost (parsing,
   * the interpreter), which a content script pays on every page.
   */
  warm: { withoutMs: number; withMs: number; share: number };
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
  const warm = await measureWarm(context, { url: options.url, bundle, rounds: options.rounds });
  return { page: options.page, withoutMs, withMs, share: (withMs - withoutMs) / withMs, warm, marksWithout: marks.nosense, marksWith: marks.full };
}

async function measureWarm(context: BrowserContext, options: { url: string; bundle: string; rounds: number }): Promise<SenseAB['warm']> {
  const page = await openPage(context, options.url);
  try {
    await page.addScriptTag({ content: options.bundle });
    const times = await page.evaluate(async (rounds) => {
      const api = (window as unknown as { __klartextBench: Api }).__klartextBench;
      const out: Record<string, number[]> = { nosense: [], full: [] };
      for (let round = 0; round < rounds + 2; round++) {
        for (const variant of round % 2 === 0 ? ['nosense', 'full'] : ['full', 'nosense']) {
          const { busyMs } = await api.scan(variant);
          if (round >= 2) (out[variant] as number[]).push(busyMs);
        }
      }
      return out;
    }, options.rounds);
    const withoutMs = median(times.nosense as number[]);
    const withMs = median(times.full as number[]);
    return { withoutMs, withMs, share: (withMs - withoutMs) / withMs };
  } finally {
    await page.close();
  }
}
