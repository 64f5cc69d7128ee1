/**
 * `npx jiti scripts/bench/profile-page.ts <page> [<page>…]`: a CPU profile of
 * one cold page-side scan of each named corpus page (as `npm run bench
 * -- --profile` makes for the large pages), for looking into small pages
 * too. Needs the page-side bundle of an earlier `npm run bench`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../lib/browser';
import { closeBrowsers, launchBrowsers } from './browsers';
import { profileScan } from './profile';
import { startBenchServer } from './server';

const names = process.argv.slice(2);
const bundlePath = path.join(repoRoot, 'bench-results/.build/klartext-page.js');
if (!existsSync(bundlePath)) throw new Error(`no page-side bundle at ${bundlePath}: run npm run bench first`);
const server = await startBenchServer(path.join(repoRoot, 'bench-results/pages'));
const browsers = await launchBrowsers(path.join(repoRoot, '.output/chrome-mv3'));
try {
  for (const name of names) {
    const p = await profileScan(browsers.plain.context, { url: `${server.origin}/corpus/${name}.html`, bundlePath });
    console.log(`\n${name}: scan ${p.busyMs.toFixed(1)} ms busy, ${p.matches} matches`);
    for (const row of p.modules) console.log(`  ${row.ms.toFixed(2).padStart(7)}  ${row.name}`);
    for (const row of p.functions.slice(0, 20)) console.log(`  ${row.ms.toFixed(2).padStart(7)}  ${row.name}`);
  }
} finally {
  await closeBrowsers(browsers);
  await server.close();
}
