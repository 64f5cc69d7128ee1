/**
 * Sense from context, on real pages nobody on this project wrote and on the
 * demo: no wrong-sense mark, the right ones kept, familiar terms quiet, and
 * "I know this" from the popover, undone from the popup — in real Chromium
 * with the built extension, driven as a reader would.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { clickInPopover, corpusDir, markPoint, marks, tabIdOf, useExtensionBrowser, waitForPopover, waitForScan } from './harness';

const env = useExtensionBrowser();
const opened: Page[] = [];

beforeEach(async () => {
  await env.ext.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
});
afterEach(async () => {
  for (const p of opened.splice(0)) await p.close();
});

async function open(url: string): Promise<Page> {
  const page = await env.ext.context.newPage();
  opened.push(page);
  await page.goto(`${env.server.origin}${url}`, { waitUntil: 'commit' });
  await waitForScan(page);
  return page;
}

const texts = async (page: Page, drawn = false) => (await marks(page, { drawn })).map((m) => m.text);
const count = (list: string[], text: string) => list.filter((t) => t === text).length;
const hasCorpus = (file: string) => existsSync(path.join(corpusDir, file));

describe('real pages', () => {
  test.runIf(hasCorpus('citylab-1.html'))('citylab-1: Georges Claude and Claude Debussy are people, not the AI model', async () => {
    const page = await open('/corpus/citylab-1.html');
    const all = await texts(page);
    expect(all.filter((t) => t.includes('Claude'))).toEqual([]);
    // Selecting one still offers the entry, as a question.
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('Georges Claude');
        if (i < 0) continue;
        (n as Text).parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(n, i + 8);
        range.setEnd(n, i + 14);
        const r = range.getBoundingClientRect();
        (window as unknown as { __at: object }).__at = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        return;
      }
    });
    const at = await page.evaluate(() => (window as unknown as { __at: { x: number; y: number } }).__at);
    await page.mouse.dblclick(at.x, at.y);
    const text = await waitForPopover(page, 'Claude');
    expect(text).toMatch(/Meinten Sie|Did you mean/);
  });

  test.runIf(hasCorpus('blogger.html'))('blogger: "Compute a score" and "Meta-posts" are not the glossary terms; open source still explains itself', async () => {
    const page = await open('/corpus/blogger.html');
    const all = await texts(page);
    expect(all.filter((t) => /compute/i.test(t))).toEqual([]);
    expect(all).not.toContain('Meta');
    expect(count(all, 'open source')).toBe(2);
    // Familiar: in the quiet highlight, not drawn.
    expect(await texts(page, true)).not.toContain('open source');
  });

  test.runIf(hasCorpus('theverge.html'))('theverge: Meta of the Meta Quest is the company and drawn; Google is quiet', async () => {
    const page = await open('/corpus/theverge.html');
    const all = await texts(page);
    const drawn = await texts(page, true);
    expect(drawn).toContain('Meta');
    expect(count(all, 'Google')).toBeGreaterThanOrEqual(5);
    expect(count(drawn, 'Google')).toBe(0);
  });

  test.runIf(hasCorpus('gitlab-blog.html'))('gitlab-blog: 35 "AI"s are explained on hover but none is drawn', async () => {
    const page = await open('/corpus/gitlab-blog.html');
    const all = await texts(page);
    expect(count(all, 'AI')).toBeGreaterThanOrEqual(30);
    expect(count(await texts(page, true), 'AI')).toBe(0);
    const at = await markPoint(page, 'AI');
    await page.evaluate(({ y }) => window.scrollBy(0, y - window.innerHeight / 2), at);
    const again = await markPoint(page, 'AI');
    await page.mouse.move(again.x, again.y, { steps: 3 });
    await waitForPopover(page, 'Artificial intelligence');
  });
});

describe('the demo page', () => {
  const TERMS = [
    'Sprachmodell', 'DeepSeek', 'DeepSeek-R1', 'Open Source', 'Kurseinbruch', 'Nvidia', 'Rechenleistung', 'Billion',
    'Börsenwert', 'Mixture-of-Experts', 'Distillation', 'bestärkendes Lernen', 'Reinforcement Learning',
    'Reasoning-Modellen', 'OpenAI', 'distilled models', 'base model', 'GPT-4', 'distillation', 'Sputnik-Moment',
    'Stargate-Projekt', 'KI', 'Exportkontrollen', 'Meta', 'Anthropic', 'Claude', 'Google', 'Gemini', 'ChatGPT', 'Datenschutz',
  ];

  test('every term of the article is still marked, the familiar ones quietly', async () => {
    const page = await open('/demo/index.html');
    const all = await texts(page);
    for (const term of TERMS) expect(all, term).toContain(term);
    const drawn = await texts(page, true);
    for (const quiet of ['Open Source', 'Nvidia', 'Google', 'ChatGPT', 'Datenschutz', 'KI']) expect(drawn, quiet).not.toContain(quiet);
    for (const shown of ['Mixture-of-Experts', 'Claude', 'Gemini', 'Kurseinbruch', 'Stargate-Projekt', 'Meta']) expect(drawn, shown).toContain(shown);
  });

  test('"I know this" stops drawing a term in every open tab; the popup marks it again', async () => {
    const first = await open('/demo/index.html');
    const second = await open('/demo/index.html');
    await first.bringToFront();
    const at = await markPoint(first, 'Mixture-of-Experts');
    await first.mouse.move(at.x, at.y, { steps: 3 });
    await waitForPopover(first, 'Mixture of Experts');
    await clickInPopover(first, { className: 'know', text: /Kenne ich|I know this/ });

    for (const page of [first, second]) {
      await expect.poll(async () => count(await texts(page, true), 'Mixture-of-Experts')).toBe(0);
      // Still explained: its range is in the quiet highlight.
      expect(await texts(page)).toContain('Mixture-of-Experts');
    }

    const tabId = await tabIdOf(env.ext, first);
    const popup = await env.ext.context.newPage();
    opened.push(popup);
    await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tab=${tabId}`);
    const known = popup.getByRole('region', { name: /Begriffe, die Sie kennen|Terms you know/ });
    await known.getByRole('button', { name: /Mixture of experts/i }).click();
    await expect.poll(() => known.count()).toBe(0);
    for (const page of [first, second]) {
      await expect.poll(async () => count(await texts(page, true), 'Mixture-of-Experts')).toBe(1);
    }
  });
});
