/**
 * Keeps the per-tab term counts and the toolbar badge in step with the
 * content scripts' reports. Counts are mirrored to `storage.session` because
 * an MV3 service worker is stopped when idle: without the mirror, the next
 * report from one frame would replace the whole tab's count on the badge.
 */
import { browser } from 'wxt/browser';
import { toolbarAction } from './action';
import * as v from 'valibot';
import { plural, t } from '../platform/i18n';
import { badgeText, TabFramesSchema, TabTermsRegistry, type FrameReport, type TabSummary } from './tab-terms';

const KEY_PREFIX = 'tabTerms:';
/** Klartext's violet (the default highlight colour), white text: 6.4:1. */
export const BADGE_COLOR = '#6b46c1';

export interface TabTracker {
  report(tabId: number, frameId: number, report: FrameReport): Promise<void>;
  /** Like `report`, but only if the frame has not reported since the tab last loaded. */
  reportIfMissing(tabId: number, frameId: number, report: FrameReport): Promise<void>;
  /** The tab started loading a new document: its old counts are void. */
  navigated(tabId: number): Promise<void>;
  removed(tabId: number): Promise<void>;
  summary(tabId: number): Promise<TabSummary | undefined>;
  /** Frames of the tab that found the term, the top frame first. */
  framesWith(tabId: number, id: string): Promise<number[]>;
}

export function createTabTracker(): TabTracker {
  const registry = new TabTermsRegistry();
  const session = (): typeof browser.storage.session | undefined => browser.storage.session;
  let hydrated: Promise<void> | undefined;
  const ready = (): Promise<void> => {
    hydrated ??= (async () => {
      const store = session();
      if (!store) return;
      try {
        const saved = await store.get(null);
        for (const [key, value] of Object.entries(saved)) {
          const tabId = Number(key.slice(KEY_PREFIX.length));
          // Session storage is ours, but validated like any message: a bad entry is skipped.
          if (key.startsWith(KEY_PREFIX) && Number.isSafeInteger(tabId) && v.is(TabFramesSchema, value)) registry.restore(tabId, value);
        }
      } catch {
        // Session storage unavailable (older browser): counts live in memory only.
      }
    })();
    return hydrated;
  };
  const persist = async (tabId: number): Promise<void> => {
    const frames = registry.frames(tabId);
    try {
      if (frames) await session()?.set({ [KEY_PREFIX + tabId]: frames });
      else await session()?.remove(KEY_PREFIX + tabId);
    } catch {
      // As above: memory only.
    }
  };

  const record: TabTracker['report'] = async (tabId, frameId, report) => {
    await ready();
    const summary = registry.report(tabId, frameId, report);
    await Promise.all([setBadge(tabId, summary), persist(tabId)]);
  };

  return {
    report: record,
    async reportIfMissing(tabId, frameId, report) {
      await ready();
      if (registry.frames(tabId)?.[String(frameId)]) return;
      await record(tabId, frameId, report);
    },
    async navigated(tabId) {
      await ready();
      registry.clearTab(tabId);
      await Promise.all([setBadge(tabId, undefined), persist(tabId)]);
    },
    async removed(tabId) {
      await ready();
      registry.clearTab(tabId);
      await persist(tabId);
    },
    async summary(tabId) {
      await ready();
      return registry.summary(tabId);
    },
    async framesWith(tabId, id) {
      await ready();
      const frames = registry.frames(tabId) ?? {};
      return Object.entries(frames)
        .filter(([, report]) => report.terms.some((t) => t.id === id && t.count > 0))
        .map(([frameId]) => Number(frameId))
        .sort((a, b) => a - b);
    },
  };
}

/** The badge colour is set once for all tabs; only the text is per tab. */
export async function initBadgeStyle(): Promise<void> {
  await toolbarAction().setBadgeBackgroundColor({ color: BADGE_COLOR });
  // setBadgeTextColor: Chrome 110+, Firefox 63+; absent elsewhere.
  if (typeof toolbarAction().setBadgeTextColor === 'function') {
    await toolbarAction().setBadgeTextColor({ color: '#ffffff' });
  }
}

async function setBadge(tabId: number, summary: TabSummary | undefined): Promise<void> {
  const text = badgeText(summary);
  const n = summary?.terms.length ?? 0;
  // The tooltip says in words what the number means.
  const title = text === '' ? t('actionTitle') : plural('badgeTitle', n, n);
  try {
    await Promise.all([toolbarAction().setBadgeText({ tabId, text }), toolbarAction().setTitle({ tabId, title })]);
  } catch {
    // The tab closed between the report and now.
  }
}

