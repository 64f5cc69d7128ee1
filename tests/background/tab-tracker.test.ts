import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLOR, createTabTracker, initBadgeStyle } from '../../src/background/tab-tracker';
import { installI18n } from '../ui/popup/i18n-stub';

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const title = (tabId: number) => fakeBrowser.action.getTitle({ tabId });

beforeEach(() => {
  fakeBrowser.reset();
  installI18n('en');
});

describe('createTabTracker', () => {
  it('shows the distinct terms of all frames on the tab’s badge', async () => {
    const tracker = createTabTracker();
    await tracker.report(5, 0, { state: 'active', terms: [{ id: 'ki', count: 4 }, { id: 'moe', count: 1 }] });
    expect(await badge(5)).toBe('2');
    await tracker.report(5, 12, { state: 'active', terms: [{ id: 'ki', count: 1 }, { id: 'nvidia', count: 1 }] });
    expect(await badge(5)).toBe('3');
    expect(await title(5)).toBe('Klartext: 3 terms on this page');
    expect(await badge(6)).toBe('');
  });

  it('shows nothing when the site is switched off or nothing was found', async () => {
    const tracker = createTabTracker();
    await tracker.report(5, 0, { state: 'active', terms: [{ id: 'ki', count: 4 }] });
    expect(await title(5)).toBe('Klartext: 1 term on this page');
    await tracker.report(5, 0, { state: 'site-off', terms: [] });
    expect(await badge(5)).toBe('');
    expect(await title(5)).toBe('Klartext: glossary and settings for this site');
  });

  it('forgets a tab’s counts when it loads a new page', async () => {
    const tracker = createTabTracker();
    await tracker.report(5, 0, { state: 'active', terms: [{ id: 'ki', count: 4 }] });
    await tracker.report(5, 3, { state: 'active', terms: [{ id: 'moe', count: 1 }] });
    await tracker.navigated(5);
    expect(await badge(5)).toBe('');
    expect(await tracker.summary(5)).toBeUndefined();
    await tracker.report(5, 0, { state: 'active', terms: [{ id: 'nvidia', count: 1 }] });
    expect(await badge(5)).toBe('1');
  });

  it('survives a service-worker restart through session storage', async () => {
    const first = createTabTracker();
    await first.report(5, 0, { state: 'active', terms: [{ id: 'ki', count: 4 }] });
    await first.report(5, 3, { state: 'active', terms: [{ id: 'moe', count: 1 }] });
    const second = createTabTracker();
    await second.report(5, 3, { state: 'active', terms: [{ id: 'moe', count: 2 }, { id: 'nvidia', count: 1 }] });
    expect(await badge(5)).toBe('3');
    expect((await second.summary(5))?.terms).toEqual([
      { id: 'ki', count: 4 },
      { id: 'moe', count: 2 },
      { id: 'nvidia', count: 1 },
    ]);
  });

  it('ignores malformed saved state', async () => {
    await fakeBrowser.storage.session.set({
      'tabTerms:5': { '0': { state: 'hacked', terms: 'x' } },
      'tabTerms:x': { '0': { state: 'active', terms: [] } },
    });
    const tracker = createTabTracker();
    expect(await tracker.summary(5)).toBeUndefined();
  });

  it('drops a closed tab’s saved state', async () => {
    const tracker = createTabTracker();
    await tracker.report(5, 0, { state: 'active', terms: [{ id: 'ki', count: 4 }] });
    await tracker.removed(5);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('reportIfMissing does not overwrite a fresher report', async () => {
    const tracker = createTabTracker();
    await tracker.report(5, 0, { state: 'active', terms: [{ id: 'ki', count: 4 }] });
    await tracker.reportIfMissing(5, 0, { state: 'active', terms: [] });
    expect(await badge(5)).toBe('1');
    await tracker.navigated(5);
    await tracker.reportIfMissing(5, 0, { state: 'active', terms: [{ id: 'moe', count: 1 }] });
    expect(await badge(5)).toBe('1');
  });
});

describe('initBadgeStyle', () => {
  it('sets Klartext’s colour for every tab', async () => {
    await initBadgeStyle();
    const [r, g, b] = await fakeBrowser.action.getBadgeBackgroundColor({});
    expect(`#${[r, g, b].map((n) => (n ?? 0).toString(16).padStart(2, '0')).join('')}`).toBe(BADGE_COLOR);
  });
});

describe('plural forms', () => {
  it('the badge title counts by the language’s plural rules, in German too', async () => {
    installI18n('de');
    const tracker = createTabTracker();
    await tracker.report(7, 0, { state: 'active', terms: [{ id: 'ki', count: 2 }] });
    expect(await title(7)).toBe('Klartext: 1 Begriff auf dieser Seite');
    await tracker.report(7, 0, { state: 'active', terms: [{ id: 'ki', count: 2 }, { id: 'moe', count: 1 }] });
    expect(await title(7)).toBe('Klartext: 2 Begriffe auf dieser Seite');
  });
});
