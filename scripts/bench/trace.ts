import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** The fields of a Chrome trace event this benchmark reads. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string }; beginData?: { url?: string } };
}

// toplevel: every task the renderer's main thread runs. devtools.timeline:
// which script a task ran (EvaluateScript/FunctionCall carry its URL), and
// scheduler.yield continuations. blink.user_timing: the klartext:scan measures.
const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing'];

export interface Tracer {
  stop(): Promise<TraceEvent[]>;
}

export async function startTrace(context: BrowserContext, page: Page): Promise<Tracer> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value as unknown as TraceEvent[]) events.push(ev);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return {
    stop: async () => {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => {});
      return events;
    },
  };
}

export interface LongTask {
  /** ms since the page's HTML started parsing. */
  at: number;
  ms: number;
  /** What in the task points to Klartext, empty for the page's own tasks (and for rendering). */
  klartext: string[];
  /** The biggest things the task did (trace events of 5 ms or more, outermost first), e.g. "PrePaint 812". */
  inside: string[];
}

export interface TaskSummary {
  /** Tasks over 50 ms. */
  longTasks: LongTask[];
  longestMs: number;
  /** When Klartext first ran (ms since parsing started), -1 if it did not. */
  klartextStart: number;
  /** Longest task that ran Klartext code (content-script evaluation, callbacks, scan chunks). */
  klartextLongestMs: number;
  /** Number and total time of all Klartext tasks (any length). */
  klartextTasks: number;
  klartextTaskMs: number;
  /** scheduler.yield continuations seen; a page without Klartext should have none (else attribution is off). */
  yieldContinuations: number;
}

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const INSIDE_MIN_US = 5000;

/**
 * Main-thread tasks of the page's renderer during a traced load. A task is
 * Klartext's when it evaluated or called into the content script (the
 * script URL is chrome-extension://…), resumed a scheduler.yield continuation
 * (the scan's chunks; the benchmark pages do not use scheduler.yield
 * themselves, which `yieldContinuations` of the plain runs confirms), or
 * contains the start of a klartext:scan measure (the first chunk runs in the
 * task that compiled the matcher). Rendering work Klartext causes (style,
 * paint of the highlights) runs in the browser's own frame tasks and is not
 * attributed here; comparing with the load without Klartext catches it.
 */
export function summarizeTasks(events: TraceEvent[], pageUrl: string): TaskSummary {
  const parse = events
    .filter((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '') === pageUrl)
    .sort((a, b) => a.ts - b.ts)[0];
  if (!parse) throw new Error(`trace has no ParseHTML for ${pageUrl}`);
  const { pid, tid } = parse;
  const origin = parse.ts;
  const onThread = events.filter((e) => e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts);
  const tasks = onThread.filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name) && typeof e.dur === 'number');
  // Keep only outermost tasks (nested run loops report nested tasks).
  const top: TraceEvent[] = [];
  for (const task of tasks) {
    const last = top[top.length - 1];
    if (last && task.ts < last.ts + (last.dur ?? 0)) continue;
    top.push(task);
  }
  const isMarker = (e: TraceEvent) => {
    if (e.name === 'RunYieldContinuation') return true;
    if (e.name === 'klartext:scan' && (e.ph === 'b' || e.ph === 'B')) return true;
    const url = e.args?.data?.url ?? '';
    return url.startsWith('chrome-extension://') && (e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile');
  };
  const summary: TaskSummary = {
    longTasks: [],
    longestMs: 0,
    klartextStart: -1,
    klartextLongestMs: 0,
    klartextTasks: 0,
    klartextTaskMs: 0,
    yieldContinuations: onThread.filter((e) => e.name === 'RunYieldContinuation').length,
  };
  let i = 0;
  for (const task of top) {
    const end = task.ts + (task.dur ?? 0);
    while (i < onThread.length && (onThread[i] as TraceEvent).ts < task.ts) i++;
    const reasons = new Set<string>();
    const inside: string[] = [];
    let insideUntil = 0;
    for (let j = i; j < onThread.length && (onThread[j] as TraceEvent).ts <= end; j++) {
      const e = onThread[j] as TraceEvent;
      if (e === task) continue;
      if (isMarker(e)) reasons.add(e.name);
      if (e.ph === 'X' && (e.dur ?? 0) >= INSIDE_MIN_US && e.ts >= insideUntil && !TASK_NAMES.has(e.name) && inside.length < 4) {
        inside.push(`${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)}`);
        insideUntil = e.ts + (e.dur ?? 0);
      }
    }
    const ms = (task.dur ?? 0) / 1000;
    const at = (task.ts - origin) / 1000;
    const klartext = [...reasons];
    summary.longestMs = Math.max(summary.longestMs, ms);
    if (klartext.length > 0) {
      if (summary.klartextStart < 0) summary.klartextStart = at;
      summary.klartextTasks++;
      summary.klartextTaskMs += ms;
      summary.klartextLongestMs = Math.max(summary.klartextLongestMs, ms);
    }
    if (ms > 50) summary.longTasks.push({ at, ms, klartext, inside });
  }
  return summary;
}
