import type { BrowserContext } from 'playwright-core';
import { SKIPPED_TAGS } from '../../src/dom/exclusions';
import { openPage, scanMeasures, waitForScansToSettle, type ScanMeasure } from './browsers';
import { heapSample, type HeapSample } from './measure-heap';
import { startTrace, summarizeTasks, type TaskSummary } from './trace';

/** Time after the load event that every traced load observes, with or without Klartext. */
const SETTLE_MS = 1000;

export interface KlartextLoad {
  /** Sum of the busy time of every scan recorded during the load (C3 measures). */
  busyMs: number;
  /** Of busyMs, the time spent deciding senses (every scan of the load). */
  senseMs: number;
  /** Of senseMs, building the cue tables (once a frame). */
  senseBuildMs: number;
  /** Busy time of the first, full-page scan alone. */
  firstBusyMs: number;
  /** Wall time of the first scan (from its start until its queue was empty, the page running in between). */
  wallMs: number;
  scans: number;
  chunks: number;
  matches: number;
  textNodes: number;
  characters: number;
  /** 7. Heap once the scans have settled, after GC. */
  heap: HeapSample;
  /** Every scan's measure, for the JSON. */
  measures: ScanMeasure[];
}

function summarizeScans(measures: ScanMeasure[], heap: HeapSample): KlartextLoad {
  const first = measures[0];
  if (!first) throw new Error('no klartext:scan measure');
  const sum = (f: (m: ScanMeasure) => number) => measures.reduce((n, m) => n + f(m), 0);
  return {
    busyMs: sum((m) => m.busyMs),
    senseMs: sum((m) => m.senseMs),
    senseBuildMs: sum((m) => m.senseBuildMs),
    firstBusyMs: first.busyMs,
    wallMs: first.wallMs,
    scans: measures.length,
    chunks: sum((m) => m.chunks),
    matches: sum((m) => m.matches),
    textNodes: first.textNodes,
    characters: first.characters,
    heap,
    measures,
  };
}

/** 1 + 7 (with). Klartext's scan of a fresh load, untraced (tracing would slow it), then the heap. */
export async function measureKlartextLoad(context: BrowserContext, url: string): Promise<KlartextLoad> {
  const page = await openPage(context, url);
  try {
    await waitForScansToSettle(page);
    const measures = await scanMeasures(page);
    return summarizeScans(measures, await heapSample(context, page));
  } finally {
    await page.close();
  }
}

/**
 * 4 (with). A traced load with Klartext: main-thread tasks until its scans
 * have settled and at least SETTLE_MS after the load event. `windowMs` (from
 * navigation to the end of the trace) is what the load without Klartext
 * observes too.
 */
export async function measureKlartextTasks(context: BrowserContext, url: string): Promise<{ tasks: TaskSummary; windowMs: number }> {
  // A trace now and then lacks the page's ParseHTML event (seen under load: the
  // tracing buffer is flushed before the renderer reports it); one more load then.
  try {
    return await tracedLoad(context, url);
  } catch (error) {
    if (!String(error).includes('trace has no ParseHTML')) throw error;
    return tracedLoad(context, url);
  }
}

async function tracedLoad(context: BrowserContext, url: string): Promise<{ tasks: TaskSummary; windowMs: number }> {
  const page = await context.newPage();
  try {
    const tracer = await startTrace(context, page);
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const loaded = Date.now();
    await waitForScansToSettle(page);
    const left = SETTLE_MS - (Date.now() - loaded);
    if (left > 0) await page.waitForTimeout(left);
    const windowMs = Date.now() - started;
    return { tasks: summarizeTasks(await tracer.stop(), url), windowMs };
  } finally {
    await page.close();
  }
}

export interface Walk {
  ms: number;
  /** A second walk right after the first (warm), for reference. */
  warmMs: number;
  textNodes: number;
  characters: number;
}

export interface PlainLoad {
  tasks: TaskSummary;
  walk: Walk;
  heap: HeapSample;
}

/**
 * 2 + 4 + 7 (without). A traced load without Klartext, as long as the one
 * with it (`windowMs`, at least SETTLE_MS after load); once the trace has
 * stopped, the heap after GC and then the floor: one TreeWalker pass over the body that reads every
 * text node's data, cold (the first walk on a fresh page, as Klartext's
 * first scan is), timed in the page with performance.now().
 */
export async function measurePlainLoad(context: BrowserContext, url: string, windowMs: number): Promise<PlainLoad> {
  // Now and then a trace comes back without the page's ParseHTML event: load once more rather than lose the run.
  try {
    return await measurePlainLoadOnce(context, url, windowMs);
  } catch (error) {
    if (!String(error).includes('trace has no ParseHTML')) throw error;
    return measurePlainLoadOnce(context, url, windowMs);
  }
}

async function measurePlainLoadOnce(context: BrowserContext, url: string, windowMs: number): Promise<PlainLoad> {
  const page = await context.newPage();
  try {
    const tracer = await startTrace(context, page);
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForTimeout(Math.max(SETTLE_MS, windowMs - (Date.now() - started)));
    const tasks = summarizeTasks(await tracer.stop(), url);
    // Before the walk, whose wrappers for every text node would count as the page's.
    const heap = await heapSample(context, page);
    const walk = await page.evaluate(() => {
      const walkOnce = () => {
        const start = performance.now();
        const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
        let textNodes = 0;
        let characters = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          characters += (node as Text).data.length;
          textNodes++;
        }
        return { ms: performance.now() - start, textNodes, characters };
      };
      const cold = walkOnce();
      const warm = walkOnce();
      return { ...cold, warmMs: warm.ms };
    });
    return { tasks, walk, heap };
  } finally {
    await page.close();
  }
}

/**
 * 2b (without). The least a scan that keeps the design's rules can read: one
 * TreeWalker pass over elements and text that reads every text node's data,
 * asks every element for an open shadow root (no query finds them) and skips
 * the subtrees Klartext never scans (fields, code, scripts, SVG), cold on a
 * fresh load like the floor, in its own tab (after the floor, the text nodes'
 * wrappers would already exist). For reference: the budget is against the floor.
 */
export async function measureElementWalk(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForTimeout(SETTLE_MS);
    const walk = await page.evaluate((skipped) => {
      const skip = new Set(skipped);
      const start = performance.now();
      const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      let characters = 0;
      let hosts = 0;
      let node = walker.nextNode();
      while (node) {
        if (node.nodeType === Node.TEXT_NODE) {
          characters += (node as Text).data.length;
          node = walker.nextNode();
          continue;
        }
        const el = node as Element;
        if (el.shadowRoot) hosts++;
        if (!skip.has(el.localName)) {
          node = walker.nextNode();
          continue;
        }
        node = null;
        for (;;) {
          const sibling = walker.nextSibling();
          if (sibling) {
            node = sibling;
            break;
          }
          if (!walker.parentNode()) break;
        }
      }
      return { ms: performance.now() - start, characters, hosts };
    }, [...SKIPPED_TAGS]);
    return walk.ms;
  } finally {
    await page.close();
  }
}

export interface MarkJsRun {
  /** Time for all keywords: measured, or extrapolated from the keywords done within the time box. */
  ms: number;
  matches: number;
  keywordsDone: number;
  keywords: number;
  estimated: boolean;
}

/**
 * 3. mark.js on a fresh load without Klartext, timed like the floor:
 * performance.now() before the call and in its `done` callback.
 *
 * mark.js makes one full pass over the page per keyword, so with every
 * glossary form a 1 MB page takes it about a minute. To keep the run short,
 * keywords are passed one call at a time (what `mark(array)` does inside:
 * one pass per keyword, in sequence) in a fixed random order, until
 * `budgetMs` is spent; if not all are done, the total is extrapolated from
 * the mean time per keyword so far (a random sample of the forms) and
 * flagged as an estimate.
 */
export async function measureMarkJs(
  context: BrowserContext,
  url: string,
  options: { scriptPath: string; keywords: string[]; markOptions: object; budgetMs: number },
): Promise<MarkJsRun> {
  const page = await openPage(context, url);
  try {
    await page.waitForTimeout(500);
    await page.addScriptTag({ path: options.scriptPath });
    const run = await page.evaluate(
      ({ keywords, markOptions, budgetMs }) => {
        type MarkCtor = new (ctx: Element) => { mark(k: string[], o: object): void };
        const Mark = (window as unknown as { Mark: MarkCtor }).Mark;
        const instance = new Mark(document.body);
        let spent = 0;
        let matches = 0;
        let done = 0;
        for (const keyword of keywords) {
          const start = performance.now();
          instance.mark([keyword], {
            ...markOptions,
            done: (n: number) => {
              spent += performance.now() - start;
              matches += n;
            },
          });
          done++;
          if (spent >= budgetMs) break;
        }
        return { spent, matches, done };
      },
      { keywords: options.keywords, markOptions: options.markOptions, budgetMs: options.budgetMs },
    );
    const all = options.keywords.length;
    const estimated = run.done < all;
    return {
      ms: estimated ? (run.spent / run.done) * all : run.spent,
      matches: estimated ? Math.round((run.matches / run.done) * all) : run.matches,
      keywordsDone: run.done,
      keywords: all,
      estimated,
    };
  } finally {
    await page.close();
  }
}
