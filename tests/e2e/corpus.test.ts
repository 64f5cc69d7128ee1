import { existsSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  corpusDir,
  marks,
  RECORD_MUTATIONS,
  recordedMutations,
  useExtensionBrowser,
  waitForScan,
} from './harness';

// The real pages are shared with the team beside the repo; when the folder is
// absent there is nothing to run here (the fixture tests still cover every rule).
const pages = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.html')).sort() : [];

const env = useExtensionBrowser();

beforeAll(async () => {
  await env.ext.context.addInitScript(RECORD_MUTATIONS);
});

async function open(file: string): Promise<Page> {
  const page = await env.ext.context.newPage();
  // "commit": saved pages reference hosts that are aborted; nothing may wait on them.
  await page.goto(`${env.server.origin}/corpus/${file}`, { waitUntil: 'commit' });
  await waitForScan(page);
  return page;
}

if (pages.length === 0) {
  // Without the shared folder beside the checkout there is nothing to load;
  // say so instead of failing with "no test suite found".
  test('the shared corpus is absent, so no real page is loaded', () => {
    expect(existsSync(corpusDir) && readdirSync(corpusDir).some((f) => f.endsWith('.html'))).toBe(false);
  });
}

describe.each(pages)('real page %s', (file) => {
  test('is scanned without changing its DOM', async () => {
    const page = await open(file);
    const found = await marks(page);
    const mutations = await recordedMutations(page);
    const detail = await page.evaluate(() =>
      performance.getEntriesByName('klartext:scan').map((m) => (m as PerformanceMeasure).detail as { matches: number }),
    );
    console.log(`${file}: ${found.length} marks, ${new Set(found.map((m) => m.text)).size} distinct forms; scans: ${JSON.stringify(detail)}`);
    expect(mutations).toEqual([]);
    expect(detail.reduce((n, d) => n + d.matches, 0)).toBe(found.length);
    await page.close();
  });
});

const readme = pages.filter((f) => f === 'deepseek-r1-readme.html');

test.each(readme)('%s shows the terms a reader expects', async (file) => {
  const page = await open(file);
  const texts = new Set((await marks(page)).map((m) => m.text.toLowerCase()));
  for (const term of ['deepseek-r1', 'distillation', 'open source', 'openai', 'reinforcement learning', 'rl', 'deepseek-v3']) {
    expect([...texts].some((t) => t === term || t.replace(/-/g, ' ') === term.replace(/-/g, ' '))).toBe(true);
  }
  await page.close();
});
