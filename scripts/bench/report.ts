import type { EntrySize } from './measure-bundle';
import type { HeapSample } from './measure-heap';
import type { HoverRun, ScanBreakdown } from './measure-hover';
import type { ChurnResult } from './measure-churn';
import { median } from './stats';
import type { ScrollResult } from './measure-scroll';
import type { SenseAB } from './measure-sense';
import type { FrameStats, IncrementalRun } from './measure-incremental';
import type { KlartextLoad, MarkJsRun, PlainLoad } from './measure-load';
import type { ScanProfile } from './profile';
import type { LongTask, TaskSummary } from './trace';

export const BUDGETS = {
  /**
   * Klartext's scan at most this many times the element walk (the least a
   * scan that keeps DESIGN's rules must read), median over the pages of
   * `bigPageChars` characters of text or more (revised in issue 18; before,
   * 3× the bare text walk per page).
   */
  scanVsElementWalk: 1.5,
  bigPageChars: 400_000,
  /** Reported beside it: the scan against the bare text walk, the physical limit (no budget). */
  scanVsFloor: 3,
  /** mark.js at least this many times slower than Klartext, same pages. */
  markjsVsScan: 10,
  /** Pages this big (HTML bytes) or bigger are held to the two ratios above. */
  bigPageBytes: 1_000_000,
  /** Longest task with Klartext minus without, and Klartext's own longest task. */
  longTaskMs: 50,
  /** Every appended paragraph marked within this long (worst paragraph of a round, median over rounds). */
  incrementalDelayMs: 200,
  /** Cost per appended paragraph on the 5 MB page at most this many times the cost on the small page. */
  incrementalGrowth: 2,
  /** Median hover decision. */
  hoverMedianMs: 0.2,
  /** Content script, gzip, glossary included. */
  contentScriptGzipBytes: 60_000,
  /** Sense decisions' share of the scan (timed inside the scan), every page. */
  senseShare: 0.1,
  /** A page that churns keeps at least this share of its own throughput (setTimeout(0) callbacks, median). */
  churnThroughput: 0.8,
  /** After the churn stops, every term marked right within this long (worst round). */
  churnCorrectMs: 1000,
  /** Scrolling the 5 MB page: the 95th-percentile frame with Klartext at most this much over without (medians over rounds)… */
  scrollP95Growth: 0.1,
  /** …and no more frames over 50 ms than without. */
  scrollLongFrameMs: 50,
};

export interface PageRounds {
  name: string;
  url: string;
  bytes: number;
  generated: boolean;
  klartext: KlartextLoad[];
  withTasks: TaskSummary[];
  plain: PlainLoad[];
  /** measureElementWalk per round (ms). */
  elementWalk: number[];
  markjs: MarkJsRun[];
}

export interface PageSummary {
  name: string;
  bytes: number;
  textNodes: number;
  characters: number;
  scanMs: number;
  /** Of scanMs, the sense decisions (timed inside the scan, C3 detail `senseMs`), and their share. */
  senseMs: number;
  senseShare: number;
  /** Of senseMs, building the cue tables. */
  senseBuildMs: number;
  firstScanMs: number;
  scanWallMs: number;
  scans: number;
  matches: number;
  floorMs: number;
  floorWarmMs: number;
  scanVsFloor: number;
  /** The element-and-text walk (reference, no budget) and the scan against it. */
  elementWalkMs: number;
  scanVsElementWalk: number;
  markjsMs: number;
  markjsEstimated: boolean;
  markjsMatches: number;
  markjsVsScan: number;
  /** Longest task of the whole load (parsing included), without and with Klartext. */
  loadLongestWithoutMs: number;
  loadLongestWithMs: number;
  /** When Klartext first ran, ms after parsing started. */
  klartextStartMs: number;
  /** Longest task from the moment Klartext first ran, without and with it (the page's parsing, before, would hide it). */
  longestWithoutMs: number;
  longestWithMs: number;
  longestDeltaMs: number;
  klartextLongestMs: number;
  klartextTaskMs: number;
  /** Heap Klartext adds after GC (medians with minus without): V8 (all worlds) and Blink's (Ranges, Highlight). */
  addedJsHeapBytes: number;
  addedBlinkHeapBytes: number;
  /** Long tasks of the runs with Klartext from the moment it started (all rounds), for the report. */
  longTasksAfterStart: LongTask[];
}

export interface Budget {
  name: string;
  subject: string;
  value: number;
  limit: string;
  pass: boolean;
}

export interface BenchResult {
  meta: Record<string, unknown>;
  pages: PageSummary[];
  rounds: PageRounds[];
  incremental: { page: string; bytes: number; runs: IncrementalRun[]; baseline: FrameStats; costPerParagraphMs: number; delayMaxMs: number; delayMedianMs: number }[];
  hover: ({ page: string } & HoverRun)[];
  churn: ChurnResult;
  scroll: ScrollResult;
  senseAB: SenseAB[];
  heap: { url: string; with: HeapSample[]; without: HeapSample[]; addedJsBytes: number; addedEmbedderBytes: number; isolatedWorldCheck: { allocatedMb: number; seenMb: number } | null };
  bundle: EntrySize[];
  breakdowns: ({ page: string; floorMs: number } & ScanBreakdown)[];
  profiles: ScanProfile[];
  budgets: Budget[];
}

export { median } from './stats';

export function summarizePage(r: PageRounds): PageSummary {
  const med = <T>(list: T[], f: (x: T) => number) => median(list.map(f));
  const scanMs = med(r.klartext, (k) => k.busyMs);
  const floorMs = med(r.plain, (p) => p.walk.ms);
  const elementWalkMs = median(r.elementWalk);
  const markjsMs = med(r.markjs, (m) => m.ms);
  const startOf = (i: number) => Math.max(0, r.withTasks[i]?.klartextStart ?? 0);
  const longestFrom = (tasks: LongTask[], from: number) => tasks.filter((t) => t.at >= from).reduce((m, t) => Math.max(m, t.ms), 0);
  const longestWithMs = median(r.withTasks.map((t, i) => longestFrom(t.longTasks, startOf(i))));
  const longestWithoutMs = median(r.plain.map((p, i) => longestFrom(p.tasks.longTasks, startOf(i))));
  const longTasksAfterStart = r.withTasks.flatMap((t, i) => t.longTasks.filter((l) => l.at >= startOf(i)));
  return {
    name: r.name,
    bytes: r.bytes,
    textNodes: med(r.plain, (p) => p.walk.textNodes),
    characters: med(r.plain, (p) => p.walk.characters),
    scanMs,
    senseMs: med(r.klartext, (k) => k.senseMs),
    senseBuildMs: med(r.klartext, (k) => k.senseBuildMs),
    senseShare: med(r.klartext, (k) => (k.busyMs > 0 ? k.senseMs / k.busyMs : 0)),
    firstScanMs: med(r.klartext, (k) => k.firstBusyMs),
    scanWallMs: med(r.klartext, (k) => k.wallMs),
    scans: med(r.klartext, (k) => k.scans),
    matches: med(r.klartext, (k) => k.matches),
    floorMs,
    floorWarmMs: med(r.plain, (p) => p.walk.warmMs),
    scanVsFloor: scanMs / floorMs,
    elementWalkMs,
    scanVsElementWalk: scanMs / elementWalkMs,
    markjsMs,
    markjsEstimated: r.markjs.some((m) => m.estimated),
    markjsMatches: med(r.markjs, (m) => m.matches),
    markjsVsScan: markjsMs / scanMs,
    loadLongestWithoutMs: med(r.plain, (p) => p.tasks.longestMs),
    loadLongestWithMs: med(r.withTasks, (t) => t.longestMs),
    klartextStartMs: med(r.withTasks, (t) => t.klartextStart),
    longestWithoutMs,
    longestWithMs,
    longestDeltaMs: longestWithMs - longestWithoutMs,
    klartextLongestMs: med(r.withTasks, (t) => t.klartextLongestMs),
    klartextTaskMs: med(r.withTasks, (t) => t.klartextTaskMs),
    addedJsHeapBytes: med(r.klartext, (k) => k.heap.jsHeapBytes) - med(r.plain, (p) => p.heap.jsHeapBytes),
    addedBlinkHeapBytes: med(r.klartext, (k) => k.heap.embedderHeapBytes) - med(r.plain, (p) => p.heap.embedderHeapBytes),
    longTasksAfterStart,
  };
}

export function checkBudgets(result: Omit<BenchResult, 'budgets'>): Budget[] {
  const out: Budget[] = [];
  const b = BUDGETS;
  const textHeavy = result.pages.filter((p) => p.characters >= b.bigPageChars);
  if (textHeavy.length > 0) {
    const ratio = median(textHeavy.map((p) => p.scanVsElementWalk));
    out.push({
      name: 'scan ÷ element walk, median',
      subject: textHeavy.map((p) => p.name).join(', '),
      value: ratio,
      limit: `≤ ${b.scanVsElementWalk}×`,
      pass: ratio <= b.scanVsElementWalk,
    });
  }
  for (const p of result.pages) {
    if (p.bytes >= b.bigPageBytes) {
      out.push({ name: 'mark.js ≥ 10× slower', subject: p.name, value: p.markjsVsScan, limit: `≥ ${b.markjsVsScan}×`, pass: p.markjsVsScan >= b.markjsVsScan });
    }
    out.push({ name: 'long task: with − without', subject: p.name, value: p.longestDeltaMs, limit: `< ${b.longTaskMs} ms`, pass: p.longestDeltaMs < b.longTaskMs });
    out.push({ name: "long task: Klartext's own", subject: p.name, value: p.klartextLongestMs, limit: `< ${b.longTaskMs} ms`, pass: p.klartextLongestMs < b.longTaskMs });
    out.push({ name: 'sense decisions, share of scan', subject: p.name, value: p.senseShare, limit: `≤ ${b.senseShare * 100} %`, pass: p.senseShare <= b.senseShare });
  }
  for (const inc of result.incremental) {
    out.push({ name: 'appended paragraph marked within', subject: inc.page, value: inc.delayMaxMs, limit: `≤ ${b.incrementalDelayMs} ms`, pass: inc.delayMaxMs <= b.incrementalDelayMs });
  }
  const [small, large] = result.incremental;
  if (small && large) {
    // The scans of one paragraph each compare like with like; when a page is
    // so slow that every scan covers several paragraphs, the mean cost is all there is.
    const singles = (inc: typeof small) => median(inc.runs.filter((x) => x.oneParagraphScans >= 20).map((x) => x.oneParagraphScanMs));
    const bySingles = Number.isFinite(singles(small)) && Number.isFinite(singles(large));
    const growth = bySingles ? singles(large) / singles(small) : large.costPerParagraphMs / small.costPerParagraphMs;
    out.push({
      name: bySingles ? 'one-paragraph scan, large ÷ small page' : 'cost per paragraph, large ÷ small page',
      subject: `${large.page} ÷ ${small.page}`,
      value: growth,
      limit: `≤ ${b.incrementalGrowth}×`,
      pass: growth <= b.incrementalGrowth,
    });
  }
  const c = result.churn;
  out.push({ name: 'churning page: its throughput kept', subject: c.page, value: c.throughput, limit: `≥ ${b.churnThroughput * 100} %`, pass: c.throughput >= b.churnThroughput });
  out.push({ name: 'churning page: every term right after the churn within', subject: c.page, value: c.correctMsMax, limit: `≤ ${b.churnCorrectMs} ms`, pass: c.correctMsMax <= b.churnCorrectMs });
  const sc = result.scroll;
  const p95 = (runs: ScrollResult['with']) => median(runs.map((x) => x.p95FrameMs));
  const long = (runs: ScrollResult['with']) => median(runs.map((x) => x.longFrames));
  const growth = p95(sc.with) / p95(sc.without) - 1;
  out.push({ name: 'scrolling: p95 frame, with ÷ without − 1', subject: sc.page, value: growth, limit: `≤ ${b.scrollP95Growth * 100} %`, pass: growth <= b.scrollP95Growth });
  const extra = long(sc.with) - long(sc.without);
  out.push({ name: `scrolling: extra frames over ${b.scrollLongFrameMs} ms`, subject: sc.page, value: extra, limit: '≤ 0', pass: extra <= 0 });
  for (const h of result.hover) {
    out.push({ name: 'hover decision, median', subject: h.page, value: h.medianMs, limit: `< ${b.hoverMedianMs} ms`, pass: h.medianMs < b.hoverMedianMs });
  }
  const content = result.bundle.find((e) => e.entry === 'content script');
  if (content) {
    out.push({ name: 'content script gzip', subject: content.files.join(' + '), value: content.gzipBytes, limit: `< ${b.contentScriptGzipBytes} B`, pass: content.gzipBytes < b.contentScriptGzipBytes });
  }
  return out;
}

const ms = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const pct = (share: number) => (Number.isFinite(share) ? `${(share * 100).toFixed(1)} %` : '–');
const mib = (bytes: number) => (Number.isFinite(bytes) ? `${bytes >= 0 ? '+' : ''}${(bytes / 2 ** 20).toFixed(1)} MiB` : '–');
const times = (v: number) => (Number.isFinite(v) ? `${v >= 100 ? v.toFixed(0) : v.toFixed(1)}×` : '–');

export function toMarkdown(r: BenchResult): string {
  const m = r.meta;
  const lines: string[] = [
    '# Klartext benchmark',
    '',
    `${String(m.date)} · commit ${String(m.commit)} · ${String(m.chromium)} · Node ${String(m.node)} · ${String(m.cpus)} CPUs · ` +
      `load average ${String(m.loadStart)} at start, ${String(m.loadEnd)} at end · ${String(m.rounds)} rounds (medians) · ${String(m.seconds)} s`,
    '',
    '## Full-page scan, floor, mark.js, long tasks',
    '',
    '| page | HTML | text nodes / chars | Klartext scan ms (first; wall) | matches | bare walk ms | ×walk | element walk ms (×) | mark.js ms | mark.js matches | mark.js ÷ Klartext | longest task after Klartext starts, w/o → with ms | Klartext’s longest task ms |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const p of r.pages) {
    lines.push(
      `| ${p.name} | ${mb(p.bytes)} | ${p.textNodes} / ${p.characters} | **${ms(p.scanMs)}** (${ms(p.firstScanMs)}; ${ms(p.scanWallMs, 0)}) | ${p.matches} | ${ms(p.floorMs, 2)} | **${times(p.scanVsFloor)}** | ${ms(p.elementWalkMs, 2)} (${times(p.scanVsElementWalk)}) | ${p.markjsEstimated ? '~' : ''}${ms(p.markjsMs, 0)} | ${p.markjsEstimated ? '~' : ''}${p.markjsMatches} | **${times(p.markjsVsScan)}** | ${ms(p.longestWithoutMs, 0)} → ${ms(p.longestWithMs, 0)} | **${ms(p.klartextLongestMs)}** |`,
    );
  }
  lines.push(
    '',
    'Klartext scan: sum of the busy time of every `klartext:scan` measure during the load (first scan alone in brackets, and its wall time). ' +
      'Bare walk: a TreeWalker pass reading every text node\'s `data` in the same page without the extension (cold). ' +
      'Element walk (reference, no budget): the same over elements too, asking each for an open shadow root and skipping the subtrees Klartext skips — the least a scan that keeps the design\'s rules can read (cold, own tab); in brackets Klartext\'s scan as a multiple of it. ' +
      'mark.js: `~` = extrapolated from the keywords done within its time box. ' +
      'Long tasks: from a Chrome trace of each load, the longest main-thread task that starts once Klartext first runs (earlier ones, such as parsing, are the page’s), ' +
      'in the load without Klartext and with it; "Klartext’s longest task": the longest task that ran Klartext code (script evaluation, callbacks, scan chunks).',
    '',
  );
  if (r.senseAB.length > 0) {
    lines.push(
      '## Sense decisions: their share of the scan',
      '',
      'Timed inside the scan (C3 detail `senseMs`, extension loads above) and by A/B in this run (page-side bundle, each page scanned cold without and with sense decisions, alternating; medians). ' +
        'Warm: the same A/B with scans repeated in one load after two of each, so the code runs compiled; cold minus warm is what the first run of the sense code costs (parsing, the interpreter), paid on every page. A/B differences under ~1 ms are within noise.',
      '',
      '| page | scan ms | of it senses ms (share) | of those, building the cue tables ms | cold A/B: without → with ms | cold A/B share | warm A/B: without → with ms | warm A/B share | marks without → with |',
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    );
    for (const ab of r.senseAB) {
      const p = r.pages.find((x) => x.name === ab.page);
      lines.push(`| ${ab.page} | ${ms(p?.scanMs ?? Number.NaN)} | ${ms(p?.senseMs ?? Number.NaN, 2)} (${pct(p?.senseShare ?? Number.NaN)}) | ${ms(p?.senseBuildMs ?? Number.NaN, 2)} | ${ms(ab.withoutMs)} → ${ms(ab.withMs)} | ${pct(ab.share)} | ${ms(ab.warm.withoutMs)} → ${ms(ab.warm.withMs)} | ${pct(ab.warm.share)} | ${ab.marksWithout} → ${ab.marksWith} |`);
    }
    lines.push('');
  }
  if (r.breakdowns.length > 0) {
    lines.push('## Where the scan time goes (page-side bundle, busy ms)', '', '| page | bare walk | walk + runs | + matcher | + ranges & highlights (full) | matcher compile |', '|---|--:|--:|--:|--:|--:|');
    for (const bd of r.breakdowns) {
      lines.push(`| ${bd.page} | ${ms(bd.floorMs, 2)} | ${ms(bd.walkMs)} | ${ms(bd.matchMs)} | ${ms(bd.fullMs)} | ${ms(bd.compileMs)} |`);
    }
    lines.push('');
  }
  for (const prof of r.profiles) {
    lines.push(
      `### CPU profile: ${prof.url.replace(/^https?:\/\/[^/]+/, '')} (scan ${ms(prof.busyMs)} ms busy, ${ms(prof.scanMs)} ms wall under the profiler)`,
      '',
      '(program): native work outside JS frames while the scan ran, mostly the page rendering between chunks; shares are of the rest.',
      '',
      '| self time by module | ms | share |',
      '|---|--:|--:|',
      ...prof.modules.slice(0, 12).map((row) => `| ${row.name} | ${ms(row.ms)} | ${pct(row.share)} |`),
      '',
      '| self time by function | ms | share |',
      '|---|--:|--:|',
      ...prof.functions.slice(0, 15).map((row) => `| \`${row.name}\` | ${ms(row.ms)} | ${pct(row.share)} |`),
      '',
    );
  }
  lines.push(
    '## Incremental: 100 paragraphs a second for ten seconds',
    '',
    '| page | HTML | cost per paragraph ms (one-paragraph scan; paragraphs per scan) | marked after (scan end): median / p95 / max ms | on screen after (next frame): median / max ms | longest frame w/o → with ms | appending took s (w/o → with) | found / expected matches (in the highlight at the end of the section) |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const inc of r.incremental) {
    const med = (f: (x: IncrementalRun) => number) => median(inc.runs.map(f));
    const last = inc.runs[inc.runs.length - 1];
    lines.push(
      `| ${inc.page} | ${mb(inc.bytes)} | **${ms(inc.costPerParagraphMs, 3)}** (${ms(med((x) => x.oneParagraphScanMs), 3)}; ${med((x) => x.paragraphsPerScan).toFixed(1)}) | ${ms(inc.delayMedianMs)} / ${ms(med((x) => x.delayP95Ms))} / **${ms(inc.delayMaxMs)}** | ` +
        `${ms(med((x) => x.paintedMedianMs), 0)} / ${ms(med((x) => x.paintedMaxMs), 0)} | ${ms(inc.baseline.longestFrameMs, 0)} → ${ms(med((x) => x.longestFrameMs), 0)} | ` +
        `${inc.baseline.appendSeconds.toFixed(1)} → ${med((x) => x.appendSeconds).toFixed(1)} | ${last ? `${last.matches} / ${last.expectedMatches} (${last.highlightedInSection})` : '–'} |`,
    );
  }
  const churn = r.churn;
  lines.push(
    '',
    `## A page that churns: 200 paragraphs rewritten every 5 ms for ${churn.seconds} s`,
    '',
    'The page (tests/e2e/fixtures/churn.html) rewrites 200 paragraphs every 5 ms, half with new text nodes and half by changing their data, and counts the setTimeout(0) callbacks it gets to run: its throughput, without and with Klartext, in alternating order per round. "Right again": from the page\'s last rewrite until the terms in Klartext\'s highlights equal those of a load that never churned.',
    '',
    '| round | callbacks w/o → with | kept | rewrites w/o → with | right again after ms |',
    '|--:|--:|--:|--:|--:|',
  );
  churn.rounds.forEach((x, i) => {
    lines.push(`| ${i + 1} | ${x.withoutTicks} → ${x.withTicks} | ${pct(x.withTicks / x.withoutTicks)} | ${x.withoutRewrites} → ${x.withRewrites} | ${ms(x.correctMs, 0)} |`);
  });
  lines.push(`| **median / worst** | | **${pct(churn.throughput)}** | | **${ms(churn.correctMsMax, 0)}** |`);
  const sc = r.scroll;
  lines.push(
    '',
    `## Scrolling ${sc.page} at ${sc.pxPerSecond} px/s for ${sc.seconds} s`,
    '',
    'From the top at a steady pace (the same distance every millisecond, set each frame; `--scroll-pace`, `--scroll-seconds`), without and with Klartext, alternating; the time between rendered frames.',
    '',
    '| run | frames | median ms | p95 ms | max ms | frames > 50 ms | scrolled px |',
    '|---|--:|--:|--:|--:|--:|--:|',
  );
  for (const [label, runs] of [['without', sc.without], ['with Klartext', sc.with]] as const) {
    runs.forEach((x, i) => lines.push(`| ${label} ${i + 1} | ${x.frames} | ${ms(x.medianFrameMs)} | ${ms(x.p95FrameMs)} | ${ms(x.maxFrameMs)} | ${x.longFrames} | ${x.scrolledPx} |`));
  }
  lines.push('', '## Hover decision (`markAtPoint`, 1,000 positions per page)', '', '| page | marks | hits | median ms | p95 ms | max ms |', '|---|--:|--:|--:|--:|--:|');
  for (const h of r.hover) {
    lines.push(`| ${h.page} | ${h.marks} | ${h.hits} / ${h.positions} | **${ms(h.medianMs, 3)}** | ${ms(h.p95Ms, 3)} | ${ms(h.maxMs, 3)} |`);
  }
  const heap = r.heap;
  lines.push(
    '',
    '## Memory',
    '',
    'Heap Klartext adds, after GC (CDP `HeapProfiler.collectGarbage`, then `Performance.getMetrics` JSHeapUsedSize and `Runtime.getHeapUsage` embedderHeapUsedSize), medians with minus without:',
    '',
    '| page | marks | JS heap (V8, every world of the page) | Blink heap (DOM objects, Ranges, the Highlight) |',
    '|---|--:|--:|--:|',
    ...r.pages.map((p) => `| ${p.name} | ${p.matches} | ${mib(p.addedJsHeapBytes)} | ${mib(p.addedBlinkHeapBytes)} |`),
    '',
    `Largest page, ${heap.url.replace(/^https?:\/\/[^/]+/, '')}: **${mib(heap.addedJsBytes)}** JS, **${mib(heap.addedEmbedderBytes)}** Blink.` +
      (heap.isolatedWorldCheck
        ? ` Check: ${heap.isolatedWorldCheck.allocatedMb} MiB allocated in the content script's isolated world raised JSHeapUsedSize by ${heap.isolatedWorldCheck.seenMb.toFixed(1)} MiB, so the metric includes it.`
        : ''),
    '',
    '## Bundle',
    '',
    '| entry | files | raw | gzip |',
    '|---|---|--:|--:|',
    ...r.bundle.map((e) => `| ${e.entry} | ${e.files.join(', ')} | ${kb(e.rawBytes)} | **${kb(e.gzipBytes)}** |`),
    '',
    '## Budgets',
    '',
    '| | budget | subject | value | limit |',
    '|---|---|---|--:|---|',
    ...r.budgets.map((bd) => `| ${bd.pass ? 'pass' : '**FAIL**'} | ${bd.name} | ${bd.subject} | ${bd.value >= 1000 ? bd.value.toFixed(0) : bd.value.toFixed(3)} | ${bd.limit} |`),
    '',
  );
  const failedTasks = r.pages.filter((p) => p.longestDeltaMs >= BUDGETS.longTaskMs || p.klartextLongestMs >= BUDGETS.longTaskMs);
  if (failedTasks.length > 0) {
    lines.push('### Long tasks with Klartext, from its start (all rounds; ms after parsing began; what ran inside)', '');
    for (const p of failedTasks) {
      const shown = [...p.longTasksAfterStart].sort((a, b) => b.ms - a.ms).slice(0, 8);
      lines.push(
        `- ${p.name} (Klartext starts at ~${p.klartextStartMs.toFixed(0)} ms): ` +
          shown.map((t) => `${t.ms.toFixed(0)} ms at ${t.at.toFixed(0)} [${[...t.klartext.map((k) => `Klartext: ${k}`), ...t.inside].join(', ')}]`).join('; '),
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
