import type { BrowserContext, Page } from 'playwright-core';
import { openPage, waitForScansToSettle } from './browsers';
import { median } from './stats';

/**
 * A page that churns (tests/e2e/fixtures/churn.html): it rewrites 200
 * paragraphs every 5 ms, half with new text nodes and half by changing the
 * data of the ones they have, and counts the setTimeout(0) callbacks it gets
 * to run. Its throughput with Klartext against without, side by side, and
 * how long after the churn stops every term is marked right again.
 */
export interface ChurnRound {
  withoutTicks: number;
  withTicks: number;
  withoutRewrites: number;
  withRewrites: number;
  /** From the page's last rewrite to Klartext's highlights equalling those of a page that never churned (NaN: not within 5 s; polled from the test, so within about 10 ms). */
  correctMs: number;
}

export interface ChurnResult {
  page: string;
  seconds: number;
  rounds: ChurnRound[];
  /** Median of withTicks ÷ withoutTicks. */
  throughput: number;
  correctMsMax: number;
}

interface ChurnApi {
  churn(ms: number): Promise<{ ticks: number; rewrites: number }>;
  settle(): void;
}

/** Every range in Klartext's highlights, as text, sorted (drawn and quiet alike: C1). */
async function highlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('klartext') && name !== 'klartext-active') for (const r of highlight) texts.push(String(r));
    }
    return texts.sort();
  });
}

/** Ms from now until the page's highlights hold `expected` (NaN: not within 5 s); polled every 10 ms. */
async function timeUntilRight(page: Page, expected: readonly string[]): Promise<number> {
  const start = performance.now();
  const want = expected.join('\u0000');
  while (performance.now() - start < 5000) {
    if ((await highlightTexts(page)).join('\u0000') === want) return performance.now() - start;
    await page.waitForTimeout(10);
  }
  return Number.NaN;
}

export async function measureChurn(contexts: { ext: BrowserContext; plain: BrowserContext }, options: { url: string; seconds: number; rounds: number }): Promise<ChurnResult> {
  const ms = options.seconds * 1000;
  // What right looks like: the settled text, marked by a load that never churned.
  const reference = await openPage(contexts.ext, options.url);
  await waitForScansToSettle(reference, { quietMs: 300 });
  await reference.evaluate(() => (window as unknown as ChurnApi).settle());
  await waitForScansToSettle(reference, { quietMs: 500 });
  const expected = await highlightTexts(reference);
  await reference.close();
  if (expected.length === 0) throw new Error(`churn page ${options.url}: no marks after settling`);

  const rounds: ChurnRound[] = [];
  for (let round = 0; round < options.rounds; round++) {
    // Alternate which goes first, so a drift in the machine's load hits both alike.
    const order = round % 2 === 0 ? (['plain', 'ext'] as const) : (['ext', 'plain'] as const);
    const result: Partial<ChurnRound> = {};
    for (const which of order) {
      const page = await openPage(contexts[which], options.url);
      if (which === 'ext') await waitForScansToSettle(page, { quietMs: 300 });
      else await page.waitForTimeout(300);
      const run = await page.evaluate((m) => (window as unknown as ChurnApi).churn(m), ms);
      if (which === 'plain') {
        result.withoutTicks = run.ticks;
        result.withoutRewrites = run.rewrites;
      } else {
        result.withTicks = run.ticks;
        result.withRewrites = run.rewrites;
        await page.evaluate(() => (window as unknown as ChurnApi).settle());
        result.correctMs = await timeUntilRight(page, expected);
      }
      await page.close();
    }
    rounds.push(result as ChurnRound);
  }
  const correct = rounds.map((r) => (Number.isNaN(r.correctMs) ? Number.POSITIVE_INFINITY : r.correctMs));
  return {
    page: new URL(options.url).pathname.split('/').pop()?.replace(/\.html$/, '') ?? options.url,
    seconds: options.seconds,
    rounds,
    throughput: median(rounds.map((r) => r.withTicks / r.withoutTicks)),
    correctMsMax: Math.max(...correct),
  };
}
