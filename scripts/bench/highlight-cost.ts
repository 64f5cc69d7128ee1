// What a registered CSS Custom Highlight costs the page's rendering, by the
// number of ranges in it, and what adopting its style sheet costs: `npx jiti scripts/bench/highlight-cost.ts` (after
// `npm run bench` has generated bench-results/pages). Not a budget check: the
// evidence behind the long-task finding on the 5 MB page (docs/benchmark.md).
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, repoRoot } from '../lib/browser';
import { openPage } from './browsers';
import { startBenchServer } from './server';

type Kind = 'live' | 'static' | 'unregistered' | 'split';

const genDir = path.join(repoRoot, 'bench-results/pages');
if (!existsSync(path.join(genDir, 'klartext-5mb.html'))) {
  console.error('Run npm run bench first: it generates bench-results/pages/klartext-5mb.html.');
  process.exit(2);
}
const server = await startBenchServer(genDir);
const profile = await mkdtemp(path.join(tmpdir(), 'klartext-hl-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: false,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  viewport: { width: 1200, height: 800 },
});

/**
 * On the 5 MB page: put `count` ranges (8 characters each, spread evenly
 * over the text) in a highlight, then time four frames after appending a paragraph
 * far below the viewport, and four after adding one range: from the change
 * until a task posted from the next requestAnimationFrame runs (the frame
 * has rendered).
 */
async function trial(count: number, kind: Kind): Promise<void> {
  const page = await openPage(context, `${server.origin}/gen/klartext-5mb.html`);
  try {
    const r = await page.evaluate(
      async ({ count, kind }) => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        // Places for a range: every 60 characters of every text node (about 80,000 on this page).
        const slots: { node: Text; at: number }[] = [];
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          const text = t as Text;
          if (text.data.length > 12) nodes.push(text);
          for (let at = 0; at + 8 <= text.data.length; at += 60) slots.push({ node: text, at });
        }
        const makeRange = (t: Text, start: number, end: number): AbstractRange => {
          if (kind === 'static') return new StaticRange({ startContainer: t, startOffset: start, endContainer: t, endOffset: end });
          const range = document.createRange();
          range.setStart(t, start);
          range.setEnd(t, end);
          return range;
        };
        const highlights: Highlight[] = [];
        const step = Math.max(1, Math.floor(slots.length / Math.max(1, count)));
        let made = 0;
        for (let i = 0; i < slots.length && made < count; i += step) {
          const slot = slots[i] as { node: Text; at: number };
          if (highlights.length === 0 || (kind === 'split' && made % 500 === 0)) {
            highlights.push(new Highlight());
            if (kind !== 'unregistered') CSS.highlights.set(`bench-${highlights.length}`, highlights[highlights.length - 1] as Highlight);
          }
          (highlights[highlights.length - 1] as Highlight).add(makeRange(slot.node, slot.at, slot.at + 8));
          made++;
        }
        if (highlights.length === 0) highlights.push(new Highlight());
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('::highlight(bench-1){background:#ff0}');
        document.adoptedStyleSheets = [sheet];
        await frame();
        await new Promise((resolve) => setTimeout(resolve, 300));
        const live = document.createElement('section');
        document.body.append(live);
        await frame();
        const append: number[] = [];
        const add: number[] = [];
        for (let i = 0; i < 4; i++) {
          const p = document.createElement('p');
          p.textContent = 'Nichts Besonderes hier.';
          const t0 = performance.now();
          live.append(p);
          await frame();
          append.push(performance.now() - t0);
        }
        for (let i = 0; i < 4; i++) {
          const t0 = performance.now();
          (highlights[0] as Highlight).add(makeRange(nodes[i * 7] as Text, 0, 1));
          await frame();
          add.push(performance.now() - t0);
        }
        const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
        return { made, highlights: highlights.length, append: median(append), add: median(add) };
      },
      { count, kind },
    );
    console.log(
      `| ${r.made} | ${kind}${kind === 'split' ? ` (${r.highlights} highlights)` : ''} | ${r.append.toFixed(0)} | ${r.add.toFixed(0)} |`,
    );
  } finally {
    await page.close();
  }
}

/**
 * The frame after adopting a constructed style sheet into the document (as
 * the highlight layer does when a scan session starts): empty, or with the
 * `::highlight()` rule Klartext uses. No ranges anywhere.
 */
async function sheetTrial(url: string, rule: string | null): Promise<void> {
  const page = await openPage(context, url);
  try {
    await page.waitForTimeout(1000);
    const ms = await page.evaluate(async (rule) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      await frame();
      await frame();
      const t0 = performance.now();
      if (rule !== null) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(rule);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
      await frame();
      return performance.now() - t0;
    }, rule);
    console.log(`| ${url.replace(/^.*\//, '')} | ${rule === null ? 'nothing' : rule === '' ? 'an empty sheet' : `\`${rule}\``} | ${ms.toFixed(0)} |`);
  } finally {
    await page.close();
  }
}

console.log('| ranges | highlight | frame after a DOM append, ms | frame after adding one range, ms |\n|--:|---|--:|--:|');
for (const count of [0, 1000, 10000, 30000, 70000]) await trial(count, 'live');
for (const kind of ['static', 'split', 'unregistered'] as const) await trial(30000, kind);
console.log('\n| page | adopted | next frame, ms |\n|---|---|--:|');
for (const url of [`${server.origin}/corpus/wikipedia.html`, `${server.origin}/gen/klartext-5mb.html`]) {
  for (const rule of [null, '', '::highlight(klartext) { background-color: rgb(255 200 0 / 0.25) }']) await sheetTrial(url, rule);
}
await context.close();
await rm(profile, { recursive: true, force: true });
await server.close();
