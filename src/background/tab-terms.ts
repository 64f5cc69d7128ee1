/**
 * What Klartext found in each tab, merged over the tab's frames. Every frame
 * runs its own content script and reports its own counts; the badge wants the
 * tab's. Pure bookkeeping: persistence and the badge are wired elsewhere.
 */
import * as v from 'valibot';
import { pageTerms, type PageState, type PageTermCount } from '../core/protocol/messages';

/** A frame's last report, with its address (as the browser gave it with the message). */
const frameReport = v.object({ ...pageTerms, url: v.optional(v.string()) });
export type FrameReport = v.InferOutput<typeof frameReport>;

/** Per tab, per frame id: the last report. Serialisable as it is (and kept in session storage). */
export const TabFramesSchema = v.record(v.string(), frameReport);

export interface TabSummary {
  /** The top frame's state when it has reported, else the best any frame has. */
  state: PageState;
  /** Counts summed over the frames that mark terms, most frequent first. */
  terms: PageTermCount[];
  /** The top frame's address, when it has reported. */
  url: string | null;
}

/** Frames in these states show highlights, so their terms count. */
const MARKING: readonly PageState[] = ['active', 'degraded'];
const TOP_FRAME = 0;

export type TabFrames = v.InferOutput<typeof TabFramesSchema>;

export function summarize(frames: TabFrames): TabSummary | undefined {
  const reports = Object.entries(frames);
  if (reports.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const [, report] of reports) {
    if (!MARKING.includes(report.state)) continue;
    for (const { id, count } of report.terms) {
      if (count > 0) counts.set(id, (counts.get(id) ?? 0) + count);
    }
  }
  const top = frames[String(TOP_FRAME)];
  const state =
    top?.state ?? reports.find(([, r]) => MARKING.includes(r.state))?.[1].state ?? (reports[0] as [string, FrameReport])[1].state;
  const terms = [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return { state, terms, url: top?.url ?? null };
}

/** The toolbar badge: distinct terms found, or nothing. */
export function badgeText(summary: Pick<TabSummary, 'terms'> | undefined): string {
  const n = summary?.terms.length ?? 0;
  if (n === 0) return '';
  // The badge has room for about four characters.
  return n > 999 ? '999+' : String(n);
}

export class TabTermsRegistry {
  private readonly tabs = new Map<number, TabFrames>();

  /** Records a frame's report and returns the tab's new summary. */
  report(tabId: number, frameId: number, report: FrameReport): TabSummary | undefined {
    const frames = this.tabs.get(tabId) ?? {};
    frames[String(frameId)] = {
      state: report.state,
      terms: report.terms.map((t) => ({ ...t })),
      ...(report.url ? { url: report.url } : {}),
    };
    this.tabs.set(tabId, frames);
    return summarize(frames);
  }

  clearTab(tabId: number): void {
    this.tabs.delete(tabId);
  }

  frames(tabId: number): TabFrames | undefined {
    return this.tabs.get(tabId);
  }

  /**
   * Restores a tab's frames saved before the service worker restarted. Frames
   * that reported since keep their newer report.
   */
  restore(tabId: number, frames: TabFrames): void {
    this.tabs.set(tabId, { ...frames, ...this.tabs.get(tabId) });
  }

  summary(tabId: number): TabSummary | undefined {
    const frames = this.tabs.get(tabId);
    return frames ? summarize(frames) : undefined;
  }
}
