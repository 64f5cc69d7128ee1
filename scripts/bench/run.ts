// npm run bench: Klartext against the floor and against mark.js in real
// Chromium, in one run. See docs/benchmark.md for the method and budgets.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import pageSideConfig from './vite.page-side.config';
import { CHROMIUM, corpusDir, extensionDir, fixturesDir, repoRoot } from '../lib/browser';
import { closeBrowsers, launchBrowsers, openPage } from './browsers';
import { loadBenchGlossary, MARKJS_OPTIONS } from './glossary';
import { listBuild, measureBundle } from './measure-bundle';
import { isolatedWorldCheck } from './measure-heap';
import { measureBreakdown, measureHover } from './measure-hover';
import { measureSenseAB } from './measure-sense';
import { measureAppendBaseline, measureIncremental } from './measure-incremental';
import { measureChurn } from './measure-churn';
import { measureScroll } from './measure-scroll';
import { measureElementWalk, measureKlartextLoad, measureKlartextTasks, measureMarkJs, measurePlainLoad } from './measure-load';
import { generatePages, readArticle } from './pages';
import { profileScan } from './profile';
import { BUDGETS, checkBudgets, median, summarizePage, toMarkdown, type BenchResult, type PageRounds } from './report';
import { startBenchServer } from './server';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    pages: { type: 'string' },
    'ext-dir': { type: 'string' },
    profile: { type: 'boolean', default: false },
    'markjs-budget-ms': { type: 'string', default: '2000' },
    'incremental-seconds': { type: 'string', default: '10' },
    'scroll-seconds': { type: 'string', default: '20' },
    'scroll-pace': { type: 'string', default: '5000' },
  },
});

const started = Date.now();
const rounds = Math.max(1, Number(args.rounds));
const outDir = path.join(repoRoot, 'bench-results');
const genDir = path.join(outDir, 'pages');
const extDir = path.resolve(args['ext-dir'] ?? extensionDir);
const log = (msg: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

mkdirSync(outDir, { recursive: true });
const loadStart = os.loadavg().map((v) => v.toFixed(1)).join(' ');

// --- inputs -----------------------------------------------------------------
const glossary = loadBenchGlossary();
const generated = generatePages({
  dir: genDir,
  entries: glossary.entries,
  articleText: readArticle(path.resolve(corpusDir, '../..')),
  textChars: 5_000_000,
  paragraphs: 1000,
  matcher: glossary.matcher,
});
log(`${glossary.entries.length} entries, ${glossary.forms.length} forms; generated ${generated.large.file} (${(generated.large.bytes / 1e6).toFixed(2)} MB HTML, ${(generated.large.textChars / 1e6).toFixed(2)} M chars of text)`);

// The config object itself, not its file: vite's own config loader would read the plugin's imports natively.
await build({ ...pageSideConfig, configFile: false, logLevel: 'warn' });
const bundlePath = path.join(outDir, '.build/klartext-page.js');
const markJsPath = path.join(repoRoot, 'node_modules/mark.js/dist/mark.min.js');

const server = await startBenchServer(genDir);
const corpus = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.html')).sort() : [];
if (corpus.length === 0) log(`no corpus pages at ${corpusDir}: only the generated page is measured`);
const allPages = [
  ...corpus.map((file) => ({ name: file.replace(/\.html$/, ''), url: `${server.origin}/corpus/${file}`, bytes: statSync(path.join(corpusDir, file)).size, generated: false })),
  { name: generated.large.file.replace(/\.html$/, ''), url: `${server.origin}/gen/${generated.large.file}`, bytes: generated.large.bytes, generated: true },
];
const only = args.pages?.split(',');
const pages = only ? allPages.filter((p) => only.includes(p.name)) : allPages;
const largest = allPages.reduce((a, b) => (b.bytes > a.bytes ? b : a));

let exitCode = 0;
let browsers: Awaited<ReturnType<typeof launchBrowsers>> | null = null;
try {
  browsers = await launchBrowsers(extDir);
  const { ext, plain } = browsers;
  // Warm both browsers up (first navigation, extension start) before timing.
  for (const context of [ext.context, plain.context]) {
    const page = await openPage(context, `${server.origin}/gen/${generated.small.file}`);
    await page.waitForTimeout(500);
    await page.close();
  }

  // --- 1–4: scan, floor, mark.js, long tasks; pages interleaved per round ---
  const results: PageRounds[] = pages.map((p) => ({ ...p, klartext: [], withTasks: [], plain: [], elementWalk: [], markjs: [] }));
  const markBudget = Number(args['markjs-budget-ms']);
  // Fixed random order: a prefix of it is a fair sample when mark.js runs out of time.
  const shuffled = [...glossary.forms].sort((a, b) => hash(a) - hash(b));
  for (let round = 1; round <= rounds; round++) {
    for (const r of results) {
      r.klartext.push(await measureKlartextLoad(ext.context, r.url));
      const traced = await measureKlartextTasks(ext.context, r.url);
      r.withTasks.push(traced.tasks);
      r.plain.push(await measurePlainLoad(plain.context, r.url, traced.windowMs));
      r.elementWalk.push(await measureElementWalk(plain.context, r.url));
      r.markjs.push(await measureMarkJs(plain.context, r.url, { scriptPath: markJsPath, keywords: shuffled, markOptions: MARKJS_OPTIONS, budgetMs: markBudget }));
      const k = r.klartext[round - 1];
      log(`round ${round}/${rounds} ${r.name}: scan ${k?.busyMs.toFixed(1)} ms, walk ${r.plain[round - 1]?.walk.ms.toFixed(2)} ms, element walk ${r.elementWalk[round - 1]?.toFixed(2)} ms, mark.js ${r.markjs[round - 1]?.ms.toFixed(0)} ms`);
    }
  }
  const summaries = results.map(summarizePage);

  // --- 5: incremental -------------------------------------------------------
  const paragraphs = generated.paragraphs.map(({ html, lang }) => ({ html, lang }));
  const expectedPerParagraph = generated.paragraphs.map((p) => glossary.matcher.match(p.text, { lang: p.lang }).length);
  const seconds = Number(args['incremental-seconds']);
  const incremental = [];
  for (const target of [generated.small, generated.large]) {
    const url = `${server.origin}/gen/${target.file}`;
    const options = { url, paragraphs, perSecond: 100, seconds, expectedPerParagraph };
    const runs = [];
    for (let round = 1; round <= rounds; round++) {
      const run = await measureIncremental(ext.context, options);
      runs.push(run);
      log(`incremental ${target.file} round ${round}: ${run.costPerParagraphMs.toFixed(3)} ms/paragraph, marked after ≤ ${run.delayMaxMs.toFixed(1)} ms, on screen after ≤ ${run.paintedMaxMs.toFixed(0)} ms, longest frame ${run.longestFrameMs.toFixed(0)} ms`);
    }
    const baseline = await measureAppendBaseline(plain.context, options);
    log(`incremental ${target.file} without Klartext: longest frame ${baseline.longestFrameMs.toFixed(0)} ms`);
    incremental.push({
      page: target.file.replace(/\.html$/, ''),
      bytes: target.bytes,
      runs,
      baseline,
      costPerParagraphMs: median(runs.map((x) => x.costPerParagraphMs)),
      delayMaxMs: median(runs.map((x) => x.delayMaxMs)),
      delayMedianMs: median(runs.map((x) => x.delayMedianMs)),
    });
  }

  // --- a page that churns: its throughput with and without Klartext --------------
  copyFileSync(path.join(fixturesDir, 'churn.html'), path.join(genDir, 'churn.html'));
  const churn = await measureChurn({ ext: ext.context, plain: plain.context }, { url: `${server.origin}/gen/churn.html`, seconds: 3, rounds: Math.max(3, rounds) });
  for (const [i, x] of churn.rounds.entries()) {
    log(`churn round ${i + 1}: callbacks ${x.withoutTicks} → ${x.withTicks} (${((x.withTicks / x.withoutTicks) * 100).toFixed(0)} %), right again after ${x.correctMs.toFixed(0)} ms`);
  }

  // --- scrolling the large page, with and without Klartext ---------------------
  const scroll = await measureScroll({ ext: ext.context, plain: plain.context }, { url: `${server.origin}/gen/${generated.large.file}`, seconds: Number(args['scroll-seconds']), pxPerSecond: Number(args['scroll-pace']), rounds: Math.max(2, rounds) });
  for (const [label, runs] of [['without', scroll.without], ['with', scroll.with]] as const) {
    for (const x of runs) log(`scroll ${label}: ${x.frames} frames, p95 ${x.p95FrameMs.toFixed(1)} ms, max ${x.maxFrameMs.toFixed(0)} ms, ${x.longFrames} over 50 ms`);
  }

  // --- sense decisions: their share of the scan, A/B in this run ----------------
  const senseAB = [];
  for (const p of pages) {
    const ab = await measureSenseAB(plain.context, { page: p.name, url: p.url, bundlePath, rounds: Math.max(5, rounds) });
    senseAB.push(ab);
    log(`senses ${p.name}: cold ${ab.withoutMs.toFixed(1)} → ${ab.withMs.toFixed(1)} ms (${(ab.share * 100).toFixed(1)} %), warm ${ab.warm.withoutMs.toFixed(1)} → ${ab.warm.withMs.toFixed(1)} ms (${(ab.warm.share * 100).toFixed(1)} %), marks ${ab.marksWithout} → ${ab.marksWith}`);
  }

  // --- 6: hover ---------------------------------------------------------------
  const hover = [];
  for (const p of pages) {
    const h = await measureHover(plain.context, { url: p.url, bundlePath, positions: 1000, stops: 10, seed: hash(p.name) });
    hover.push({ page: p.name, ...h });
    log(`hover ${p.name}: median ${h.medianMs.toFixed(3)} ms, ${h.hits}/${h.positions} hits`);
  }

  // --- 7: heap (sampled in the loads above), on the largest page -------------------
  const largestRounds = results.find((r) => r.url === largest.url);
  const check = await isolatedWorldCheck(ext.context, `${server.origin}/gen/${generated.small.file}`);
  const heap = {
    url: largest.url,
    with: largestRounds?.klartext.map((k) => k.heap) ?? [],
    without: largestRounds?.plain.map((p) => p.heap) ?? [],
    addedJsBytes: Number.NaN,
    addedEmbedderBytes: Number.NaN,
    isolatedWorldCheck: check,
  };
  heap.addedJsBytes = median(heap.with.map((h) => h.jsHeapBytes)) - median(heap.without.map((h) => h.jsHeapBytes));
  heap.addedEmbedderBytes = median(heap.with.map((h) => h.embedderHeapBytes)) - median(heap.without.map((h) => h.embedderHeapBytes));
  log(`heap on ${largest.name}: +${(heap.addedJsBytes / 2 ** 20).toFixed(1)} MiB JS, +${(heap.addedEmbedderBytes / 2 ** 20).toFixed(1)} MiB Blink`);

  // --- 8: bundle --------------------------------------------------------------------
  const bundle = measureBundle(extDir);

  // --- diagnosis: where the scan's time goes, for every page that misses a ratio ---
  // Without --profile: the worst real page and the generated one, to keep the run short.
  const big = summaries.filter((s) => s.bytes >= BUDGETS.bigPageBytes);
  const missed = big
    .filter((s) => s.scanVsElementWalk > BUDGETS.scanVsElementWalk || s.markjsVsScan < BUDGETS.markjsVsScan)
    .sort((a, b) => b.scanVsElementWalk - a.scanVsElementWalk);
  const diagnose = args.profile
    ? big
    : [missed.find((s) => !pages.find((p) => p.name === s.name)?.generated), missed.find((s) => pages.find((p) => p.name === s.name)?.generated)].filter(
        (s): s is (typeof big)[number] => s !== undefined,
      );
  const breakdowns = [];
  const profiles = [];
  for (const s of diagnose) {
    const url = pages.find((p) => p.name === s.name)?.url as string;
    breakdowns.push({ page: s.name, floorMs: s.floorMs, ...(await measureBreakdown(plain.context, { url, bundlePath })) });
    profiles.push(await profileScan(plain.context, { url, bundlePath }));
    log(`profiled ${s.name}`);
  }

  const partial: Omit<BenchResult, 'budgets'> = {
    meta: {
      date: new Date().toISOString(),
      commit: git(['rev-parse', '--short', 'HEAD']) + (git(['status', '--porcelain', '--', 'src', 'entrypoints']) ? ' (+ uncommitted changes)' : ''),
      chromium: chromiumVersion(),
      node: process.versions.node,
      cpus: os.cpus().length,
      loadStart,
      loadEnd: os.loadavg().map((v) => v.toFixed(1)).join(' '),
      rounds,
      seconds: Math.round((Date.now() - started) / 1000),
      extDir: path.relative(repoRoot, extDir),
      glossary: { entries: glossary.entries.length, forms: glossary.forms.length },
      generated: { large: generated.large, small: generated.small },
      markjs: { version: '8.11.1', options: MARKJS_OPTIONS, keywords: glossary.forms.length, budgetMs: markBudget },
      budgets: BUDGETS,
      build: listBuild(extDir),
    },
    pages: summaries,
    rounds: results,
    incremental,
    churn,
    scroll,
    hover,
    senseAB,
    heap,
    bundle,
    breakdowns,
    profiles,
  };
  const result: BenchResult = { ...partial, budgets: checkBudgets(partial) };
  const markdown = toMarkdown(result);
  writeFileSync(path.join(outDir, 'bench.md'), markdown);
  writeFileSync(path.join(outDir, 'bench.json'), JSON.stringify(result, null, 2));
  console.log(`\n${markdown}`);
  const failed = result.budgets.filter((b) => !b.pass);
  log(`wrote bench-results/bench.md and bench-results/bench.json; ${failed.length === 0 ? 'all budgets met' : `${failed.length} budget(s) missed`}`);
  if (failed.length > 0) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 2;
} finally {
  if (browsers) await closeBrowsers(browsers);
  await server.close();
}
process.exit(exitCode);

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function git(argv: string[]): string {
  try {
    return execFileSync('git', argv, { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'Chromium ?';
  }
}
