import type { Page } from 'playwright-core';
import { useExtensionBrowser, waitForScan } from './harness';

const env = useExtensionBrowser();

/** Scrolls at a steady pace for `ms`, one step a frame; reports after which frames the highlights' ranges changed. */
function scrollAndWatch(page: Page, pxPerSecond: number, ms: number): Promise<{ changedAt: number[]; frames: number }> {
  return page.evaluate(
    async ({ pxPerSecond, ms }) => {
      const root = document.scrollingElement as Element;
      const ranges = () => new Set<AbstractRange>(CSS.highlights.get('klartext') ?? []);
      let seen = ranges();
      const changedAt: number[] = [];
      let frames = 0;
      const from = root.scrollTop;
      await new Promise<void>((resolve) => {
        const start = performance.now();
        const frame = (now: number) => {
          frames++;
          const current = ranges();
          if (current.size !== seen.size || [...current].some((r) => !seen.has(r))) changedAt.push(now - start);
          seen = current;
          root.scrollTop = from + Math.round((pxPerSecond * (now - start)) / 1000);
          if (now - start < ms) requestAnimationFrame(frame);
          else resolve();
        };
        requestAnimationFrame(frame);
      });
      return { changedAt, frames };
    },
    { pxPerSecond, ms },
  );
}

/** Indices of the paragraphs in the viewport, and of those among them with a drawn mark. */
function viewportMarks(page: Page): Promise<{ inView: number[]; marked: number[] }> {
  return page.evaluate(() => {
    const inView = [...document.querySelectorAll('#long p')]
      .filter((p) => {
        const r = p.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      })
      .map((p) => Number(p.id.slice(1)));
    const marked = new Set(
      [...(CSS.highlights.get('klartext') ?? [])].map((r) => Number((r.startContainer.parentElement as Element).id.slice(1))),
    );
    return { inView, marked: inView.filter((i) => marked.has(i)) };
  });
}

/** The long fixture, scanned, with the paragraphs in view marked. */
async function openLongPage(): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.goto(`${env.server.origin}/fixtures/long.html`);
  await waitForScan(page);
  await expect.poll(async () => (await viewportMarks(page)).marked.length).toBeGreaterThan(5);
  return page;
}

test('a fast scroll leaves the highlights alone until it pauses; then the text in view is marked', async () => {
  const page = await openLongPage();

  // A fling: 5,000 px a second for a second and a half (about six screens a second).
  const fling = await scrollAndWatch(page, 5000, 1500);
  expect(fling.frames).toBeGreaterThan(20);
  // Past its first frames (before a speed is known) the highlights did not change.
  expect(fling.changedAt.filter((t) => t > 200)).toEqual([]);
  const after = await viewportMarks(page);
  expect(after.inView.length).toBeGreaterThan(5);
  // Paused: every paragraph in view gets its marks.
  await expect.poll(async () => {
    const now = await viewportMarks(page);
    return now.marked.length === now.inView.length && now.inView[0] === after.inView[0];
  }).toBe(true);
  await page.close();
});

test('at a reading pace the marks follow the scrolling as it goes', async () => {
  const page = await openLongPage();
  const read = await scrollAndWatch(page, 400, 4000);
  // Blocks came near the viewport and left it while the page moved: placed as they came.
  expect(read.changedAt.length).toBeGreaterThan(0);
  const now = await viewportMarks(page);
  expect(now.marked).toEqual(now.inView);
  await page.close();
});
