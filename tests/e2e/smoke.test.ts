import type { Page } from 'playwright-core';
import { highlightedTexts, launchWithExtension, startServer, waitForScan, type ExtensionBrowser, type StaticServer } from './harness';

let ext: ExtensionBrowser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
  page = await ext.context.newPage();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test('marks terms on a fixture', async () => {
  await page.goto(`${server.origin}/fixtures/basic.html`);
  await waitForScan(page);
  const texts = await highlightedTexts(page);
  console.log(texts);
  const measures = await page.evaluate(() => performance.getEntriesByName('klartext:scan').map((m) => (m as PerformanceMeasure).detail));
  console.log(JSON.stringify(measures));
  expect(texts.length).toBeGreaterThan(0);
});
