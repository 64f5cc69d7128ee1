import type { Matcher } from '../core/matcher';
import { SenseFilter, type SenseIndex } from '../core/sense';
import { HighlightLayer } from '../dom/highlight-layer';
import { MarkStore, type Mark } from '../dom/mark-store';
import { MutationWatch } from '../dom/mutation-watch';
import { SectionHeadings } from '../dom/section-heading';
import { watchUnitVisibility } from '../dom/unit-visibility';
import { fragmentBlock } from '../dom/viewport';
import { StormGuard } from './storm-guard';
import { Scanner, type ScanSummary } from './scanner';

export interface ScanSessionOptions {
  doc: Document;
  matcher: Matcher;
  /** Sense rules of the same glossary (null: every match is marked). */
  senses: SenseIndex | null;
  /** Terms that are explained but not drawn (familiar ones, known ones). */
  isQuiet: (id: string) => boolean;
  firstOnly: boolean;
  css: string;
  /** The browser already injected this CSS into the document (the manifest's default style). */
  cssIsInjected: boolean;
  isOwnNode: (node: Node) => boolean;
  onScanned: (summary: ScanSummary) => void;
  /** A mutation storm started (true) or ended (false). */
  onDegraded: (degraded: boolean) => void;
}

/**
 * Up to this many marks every one is in the highlight; past it only those of
 * blocks near the viewport (Chromium's per-frame cost grows with registered
 * ranges: about 10 ms per 1,000 after any change to the page).
 */
const EAGER_MARKS = 1000;

/** Rescan requests per second past which the page counts as a mutation storm. */
const STORM_LIMIT = 600;
/**
 * In a storm, a block is read again once it has not changed for STORM_QUIET_MS,
 * checked every STORM_CHECK_MS: after the storm every term is right within
 * about half a second plus the rescan.
 */
const STORM_QUIET_MS = 250;
const STORM_CHECK_MS = 250;

/**
 * Everything that marks one document while Klartext is on for it: the
 * highlights, the index of marks, the chunked scanner and the mutation
 * watch. Stopping it removes every highlight and listener it made.
 */
export class ScanSession {
  readonly store: MarkStore;
  readonly layer: HighlightLayer;
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly scanner: Scanner;
  private readonly watch: MutationWatch;
  private readonly storm: StormGuard;
  private sweepPending = false;

  constructor(private readonly options: ScanSessionOptions) {
    const { doc, matcher } = options;
    this.layer = new HighlightLayer(doc);
    this.layer.setStyle(options.css);
    if (!options.cssIsInjected) this.layer.styleRoot(doc);
    this.store = new MarkStore({
      doc,
      eagerLimit: EAGER_MARKS,
      onRangesChanged: (added, removed) => this.layer.update(added, removed),
      watchVisibility: (onChange) => watchUnitVisibility(doc, onChange),
      // While a scan runs, its chunks flush every 200 ms: blocks placed as the
      // observer reports them join that flush, so the first screenful costs
      // Chromium one whole-document repaint check instead of one per group.
      onPlacedOutsideScan: () => {
        if (!this.scanner.busy) this.layer.flush();
      },
    });
    const headings = new SectionHeadings();
    this.scanner = new Scanner({
      store: this.store,
      layer: this.layer,
      firstOnly: options.firstOnly,
      senses: options.senses ? new SenseFilter<Mark>({ index: options.senses, title: doc.title, keyOf: (mark) => mark.unit }) : null,
      heading: (unit) => headings.of(unit),
      isQuiet: options.isQuiet,
      match: (text, lang) => matcher.match(text, { lang }),
      onShadowRoot: (root) => this.addShadowRoot(root),
      onScanned: (summary) => options.onScanned(summary),
    });
    this.storm = new StormGuard({
      limit: STORM_LIMIT,
      flushEveryMs: STORM_CHECK_MS,
      quietMs: STORM_QUIET_MS,
      // A churning block's marks go at once (see StormGuard); it is read again when quiet.
      onHold: (root) => this.store.clearUnit(root),
      onFlush: (requests) => {
        if (this.sweepPending) {
          this.sweepPending = false;
          this.store.sweepDisconnected();
        }
        for (const request of requests) this.scanner.enqueue(request);
      },
      onCheck: () => this.watch.forgetUnits(),
      onStormChange: (storming) => {
        this.watch.keepUnits(storming);
        options.onDegraded(storming);
      },
    });
    this.watch = new MutationWatch({
      isOwnNode: options.isOwnNode,
      onChanges: (requests, removed) => {
        // Sweeping checks every marked block; in a storm it waits for the flush.
        this.sweepPending ||= removed;
        this.storm.push(requests);
      },
    });
  }

  start(): void {
    const { doc } = this.options;
    this.watch.observe(doc);
    // The part of the page a link's #fragment scrolled to first (document
    // order puts the top of the page, which is what shows otherwise, first).
    const target = fragmentBlock(doc);
    if (target) this.scanner.enqueue({ root: target, deep: true });
    this.scanner.enqueue({ root: doc.body ?? doc.documentElement, deep: true });
  }

  stop(): void {
    this.watch.disconnect();
    this.scanner.stop();
    this.store.clear();
    this.layer.dispose();
  }

  setStyle(css: string, injected: boolean): void {
    this.layer.setStyle(css);
    // Once adopted the sheet stays: its rules then match the settings anyway.
    if (!injected) this.layer.styleRoot(this.options.doc);
  }

  private addShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.includes(root)) return;
    this.shadowRoots.push(root);
    this.layer.styleRoot(root);
    this.watch.observe(root);
    this.scanner.enqueue({ root, deep: true });
  }
}
