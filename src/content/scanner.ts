import type { TermMatch } from '../core/glossary/types';
import type { SenseFilter } from '../core/sense';
import type { HighlightLayer } from '../dom/highlight-layer';
import type { Mark, MarkStore } from '../dom/mark-store';
import { indexAt, type NodeOffsets } from '../dom/run-ranges';
import { RunWalker, type TextBatch } from '../dom/text-runs';
import { languageOf } from '../dom/lang';
import { yieldToPage } from '../dom/yield';

/** Longest stretch of work before yielding: keeps Klartext's tasks far below 50 ms. */
const CHUNK_MS = 8;

export interface ScanJob {
  root: Node;
  deep: boolean;
}

export interface ScanSummary {
  matches: number;
  textNodes: number;
  characters: number;
  chunks: number;
  busyMs: number;
  /** Of busyMs, the time spent deciding senses (ambiguous forms), for the benchmark. */
  senseMs: number;
  /** Of senseMs, building the sense rules' cue tables (once a frame, when the first ambiguous term is met). */
  senseBuildMs: number;
  wallMs: number;
  incremental: boolean;
}

export interface ScannerOptions {
  store: MarkStore;
  layer: HighlightLayer;
  match: (text: string, lang: string) => TermMatch[];
  /** Mark only the first occurrence of each term on the page. */
  firstOnly: boolean;
  /** Which occurrences of ambiguous terms are meant in the glossary's sense (null: mark every match). */
  senses: SenseFilter<Mark> | null;
  /** The heading of a block's section, for the sense decisions. */
  heading: (unit: Node) => string;
  /** Terms that are explained but not drawn. */
  isQuiet: (id: string) => boolean;
  onShadowRoot: (root: ShadowRoot) => void;
  onScanned: (summary: ScanSummary) => void;
}

/**
 * Runs scan jobs in small chunks that yield to the page. A "scan" lasts from
 * the first queued job until the queue is empty; each one records the
 * `klartext:scan` measure (contract C3).
 */
export class Scanner {
  private queue: ScanJob[] = [];
  /** Index of the next job: shifting a long array each time would be quadratic. */
  private head = 0;
  /** Queued jobs by root, so a root changed many times is scanned once. */
  private readonly queued = new Map<Node, ScanJob>();
  private running = false;
  private stopped = false;
  private scans = 0;
  private matched = 0;
  private senseMs = 0;

  constructor(private readonly options: ScannerOptions) {}

  enqueue(job: ScanJob): void {
    if (this.stopped) return;
    const waiting = this.queued.get(job.root);
    if (waiting) {
      waiting.deep ||= job.deep;
      return;
    }
    const own = { ...job };
    this.queued.set(own.root, own);
    this.queue.push(own);
    if (!this.running) void this.run();
  }

  stop(): void {
    this.stopped = true;
    this.queue = [];
    this.head = 0;
    this.queued.clear();
  }

  /** A scan is in progress (its chunks add found ranges to the highlight every so often). */
  get busy(): boolean {
    return this.running;
  }

  /** Jobs waiting (a measure of how far behind a mutation storm has put the scanner). */
  get backlog(): number {
    return this.queue.length - this.head;
  }

  private async run(): Promise<void> {
    this.running = true;
    const incremental = this.scans > 0;
    this.scans++;
    const wallStart = performance.now();
    const totals = { matches: 0, textNodes: 0, characters: 0, chunks: 0, busyMs: 0, senseMs: 0 };
    this.matched = 0;
    this.senseMs = 0;
    let walker: RunWalker | null = null;
    try {
      while (!this.stopped && (walker || this.backlog > 0)) {
        const chunkStart = performance.now();
        const deadline = chunkStart + CHUNK_MS;
        do {
          walker ??= this.nextWalker();
          if (!walker) break;
          if (walker.step(deadline)) {
            totals.textNodes += walker.textNodes;
            totals.characters += walker.characters;
            walker = null;
          }
        } while (performance.now() < deadline);
        this.options.layer.flushIfDue();
        totals.chunks++;
        totals.busyMs += performance.now() - chunkStart;
        if (walker || this.backlog > 0) await yieldToPage();
      }
    } finally {
      this.running = false;
    }
    if (this.stopped) return;
    const flushStart = performance.now();
    this.matched += this.markSettled();
    this.options.layer.flush(flushStart);
    totals.busyMs += performance.now() - flushStart;
    totals.matches = this.matched;
    totals.senseMs = this.senseMs;
    const summary: ScanSummary = { ...totals, senseBuildMs: this.options.senses?.takeBuildMs() ?? 0, wallMs: performance.now() - wallStart, incremental };
    // The measure spans the busy time, not the wall time: between chunks the
    // page runs, and that is not Klartext's cost. wallMs is in the detail.
    performance.measure('klartext:scan', { start: wallStart, duration: totals.busyMs, detail: summary });
    this.options.onScanned(summary);
  }

  /** The next job whose root is still on the page. */
  private nextJob(): ScanJob | null {
    while (this.head < this.queue.length) {
      const job = this.queue[this.head++] as ScanJob;
      this.queued.delete(job.root);
      if (job.root.isConnected) return job;
    }
    this.queue = [];
    this.head = 0;
    return null;
  }

  private nextWalker(): RunWalker | null {
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    const job = this.nextJob();
    if (!job) return null;
    const { store } = this.options;
    return new RunWalker({
      root: job.root,
      deep: job.deep,
      lang: languageOf(job.root),
      // A block's old marks go before it is read again; a walk that starts
      // with no marks on the page has none to clear (the first scan).
      onUnitStart: (unit) => {
        store.clearUnit(unit);
        this.options.senses?.forget(unit);
      },
      fresh: store.size === 0,
      onShadowRoot: this.options.onShadowRoot,
      onBatch: (batch) => {
        this.matched += this.markBatch(batch);
      },
    });
  }

  /** Matches a batch of runs in one call and marks what was found. */
  private markBatch(batch: TextBatch): number {
    const { store, firstOnly, match, senses, isQuiet } = this.options;
    const found = match(batch.text, batch.lang);
    if (found.length === 0) return 0;
    // Marks keep where the batch's texts are, not the batch: its joined text,
    // as long as the page's text itself, would live as long as the marks.
    const at: NodeOffsets = { nodes: batch.nodes, starts: batch.starts };
    const toMark = (m: TermMatch): Mark => {
      const unit = batch.units[indexAt(batch.unitStarts, m.start)] as Node;
      // No Range yet: the store makes them for the blocks near the viewport.
      return { id: m.id, unit, textLang: batch.lang, formLang: m.lang, quiet: isQuiet(m.id), at, start: m.start, end: m.end };
    };
    const senseStart = senses ? performance.now() : 0;
    const keep = senses?.sift(
      {
        text: batch.text,
        matches: found,
        blockStarts: batch.unitStarts,
        heading: (block) => this.options.heading(batch.units[block] as Node),
      },
      (i) => toMark(found[i] as TermMatch),
    );
    if (senses) this.senseMs += performance.now() - senseStart;
    const marks: Mark[] = [];
    const inBatch = new Set<string>();
    found.forEach((m, i) => {
      if (keep && !keep[i]) return;
      if (firstOnly && (inBatch.has(m.id) || store.count(m.id) > 0)) return;
      inBatch.add(m.id);
      marks.push(toMark(m));
    });
    return this.addMarks(marks);
  }

  /** Occurrences held for the page's evidence that it now supports. */
  private markSettled(): number {
    const senseStart = performance.now();
    const settled = this.options.senses?.settle() ?? [];
    this.senseMs += performance.now() - senseStart;
    const { firstOnly, store } = this.options;
    const seen = new Set<string>();
    return this.addMarks(settled.filter((m) => !firstOnly || (store.count(m.id) === 0 && !seen.has(m.id) && seen.add(m.id))));
  }

  private addMarks(marks: readonly Mark[]): number {
    if (marks.length === 0) return 0;
    this.options.layer.ensureRegistered();
    this.options.store.add(marks);
    return marks.length;
  }
}
