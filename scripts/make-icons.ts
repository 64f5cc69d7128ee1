/**
 * Renders assets-src/icon.svg to the PNG sizes the stores and browsers want
 * (public/icon/<size>.png, picked up by WXT). Run after changing the SVG:
 * `npx jiti scripts/make-icons.ts`.
 *
 * The 128 px icon follows the Chrome Web Store's guidance: 96×96 artwork with
 * 16 px of transparent padding on each side. The other sizes are full-bleed.
 */
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, repoRoot } from './lib/browser';

const SIZES = [16, 32, 48, 96, 128];
/** Transparent padding on each side, by icon size. */
const PADDING: Partial<Record<number, number>> = { 128: 16 };
const svg = readFileSync(path.join(repoRoot, 'assets-src/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
for (const size of SIZES) {
  const pad = PADDING[size] ?? 0;
  const art = size - 2 * pad;
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${art}px;height:${art}px;margin:${pad}px}</style>${svg}`);
  await page.screenshot({ path: path.join(repoRoot, `public/icon/${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`Wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to public/icon/`);
