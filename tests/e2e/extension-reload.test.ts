import { launchWithExtension, markPoint, marks, startServer, tabIdOf, waitForPopover, waitForScan, type ExtensionBrowser, type StaticServer } from './harness';

let ext: ExtensionBrowser;
let server: StaticServer;
let errors: string[];

beforeEach(async () => {
  server = await startServer();
  ext = await launchWithExtension();
});
afterEach(async () => {
  await ext?.close();
  await server?.close();
});

async function open(path: string) {
  errors = [];
  const page = await ext.context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${server.origin}${path}`);
  await waitForScan(page);
  return page;
}

test('a newer copy of the content script (after an update) takes over: marks are not doubled', async () => {
  const page = await open('/fixtures/hover.html');
  const before = (await marks(page)).map((m) => m.text);
  const tabId = await tabIdOf(ext, page);
  // What the background does on install/update for tabs that were already open.
  await ext.worker.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: { scripting: { executeScript(o: object): Promise<unknown> } } }).chrome;
    await api.scripting.executeScript({ target: { tabId: id, allFrames: true }, files: ['/content-scripts/content.js'] });
  }, tabId);
  await waitForScan(page, 2);
  await expect.poll(async () => (await marks(page)).map((m) => m.text)).toEqual(before);
  const at = await markPoint(page, 'OpenAI');
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await waitForPopover(page, 'OpenAI');
  expect(await page.evaluate(() => document.querySelectorAll('[data-klartext="popover"]').length)).toBe(1);
  expect(errors).toEqual([]);
});

test('when the extension goes away (reload, removal), the page is left as it was on the next interaction', async () => {
  const page = await open('/fixtures/hover.html');
  expect((await marks(page)).length).toBeGreaterThan(3);
  await ext.worker
    .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
    .catch(() => {
      // The worker is gone before it can answer.
    });
  await page.waitForTimeout(1000);
  await page.mouse.move(300, 300, { steps: 3 });
  await expect.poll(() => marks(page)).toEqual([]);
  expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('klartext')))).toEqual([]);
  expect(errors).toEqual([]);
});
