import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { openPage, waitForScansToSettle } from './browsers';

export interface HeapSample {
  /** V8 heap in use (all JS worlds of the page's isolate), after GC. */
  jsHeapBytes: number;
  /** Blink's garbage-collected heap (Oilpan: DOM objects, Ranges, the Highlight), after GC. */
  embedderHeapBytes: number;
  nodes: number;
}

/** Heap of the page's renderer after two full GCs (CDP). */
export async function heapSample(context: BrowserContext, page: Page): Promise<HeapSample> {
  const cdp: CDPSession = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    // Twice: the first pass may only finalise what the second frees.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    return {
      jsHeapBytes: metric('JSHeapUsedSize'),
      embedderHeapBytes: usage.embedderHeapUsedSize ?? 0,
      nodes: metric('Nodes'),
    };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Does JSHeapUsedSize include the content script's isolated world? The
 * isolated world is another V8 context in the page's isolate, so it should:
 * this allocates 40 MB of JS arrays in Klartext's world (found through CDP's execution
 * contexts) and reports how much the metric rose.
 */
export async function isolatedWorldCheck(context: BrowserContext, url: string): Promise<{ allocatedMb: number; seenMb: number } | null> {
  const page = await openPage(context, url);
  const cdp = await context.newCDPSession(page);
  try {
    await waitForScansToSettle(page);
    const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
    await cdp.send('Runtime.enable');
    await page.waitForTimeout(200);
    const isolated = contexts.find((c) => c.auxData?.type === 'isolated');
    if (!isolated) return null;
    const before = await heapSample(context, page);
    await cdp.send('Runtime.evaluate', {
      contextId: isolated.id,
      expression: 'globalThis.__klartextBenchBallast = Array.from({ length: 40 }, () => new Array(131072).fill(0.5)); 0',
    });
    const after = await heapSample(context, page);
    await cdp.send('Runtime.evaluate', { contextId: isolated.id, expression: 'delete globalThis.__klartextBenchBallast' });
    return { allocatedMb: 40, seenMb: (after.jsHeapBytes - before.jsHeapBytes) / 2 ** 20 };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}
