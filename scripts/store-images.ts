/**
 * Renders the store listing images into docs/store/images/ from the built
 * extension: three 1280×800 screenshots (popover on the demo page, popup with
 * a search, options page) and the 440×280 promo tile. German browser UI.
 *
 *   npx jiti scripts/store-images.ts [--ext .output/chrome-mv3] [--out docs/store/images]
 */
import type { Page } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { demoDir, demoTermPoint, launchWithExtension, repoRoot, startServer, tabIdOf, waitForScan, type ExtensionBrowser } from './lib/browser';
import { waitForPopover } from './lib/popover-probe';

const SHOT = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };

const { values } = parseArgs({
  options: {
    ext: { type: 'string', default: '.output/chrome-mv3' },
    out: { type: 'string', default: 'docs/store/images' },
  },
});
const extDir = path.resolve(repoRoot, values.ext);
const outDir = path.resolve(repoRoot, values.out);
const out = (name: string): string => path.join(outDir, name);
const icon = readFileSync(path.join(repoRoot, 'assets-src/icon.svg'), 'utf8');
/** Scrollbars add nothing to a listing image. */
const NO_SCROLLBAR = 'html { scrollbar-width: none; }';

/** A new tab of the browser with the given viewport, light colour scheme. */
async function newTab(ext: ExtensionBrowser, size = SHOT): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  return page;
}

/** (a) The demo page with the popover of "Mixture-of-Experts" open. */
async function popoverShot(page: Page): Promise<void> {
  // At the top of the page the term sits low enough for the popover to open above it, under the headline.
  await page.addStyleTag({ content: NO_SCROLLBAR });
  const point = await demoTermPoint(page);
  await page.mouse.move(point.x, point.y);
  await waitForPopover(page, 'Mixture');
  await page.waitForTimeout(400);
  await page.screenshot({ path: out('1-popover.png') });
}

/**
 * Staging for the popup: a soft backdrop, a caption on the left, the popup
 * enlarged on the right. The site switch is hidden: it would name the local
 * server's address and random port.
 */
const POPUP_STAGE = `
  ${NO_SCROLLBAR}
  html, body { background: linear-gradient(135deg, #f6f3fd 0%, #e4ddf7 100%) !important; height: 100%; }
  body { display: flex; align-items: center; justify-content: center; gap: 96px; }
  .kt-popup { zoom: 1.28; background: var(--kt-bg); border-radius: 10px; box-shadow: 0 18px 50px rgb(40 20 110 / 0.22), 0 2px 8px rgb(40 20 110 / 0.12); }
  .kt-switch-row:has(#kt-site-switch) { display: none; }
  .store-caption { width: 420px; font-family: system-ui, sans-serif; }
  .store-caption svg { width: 72px; height: 72px; margin-bottom: 20px; }
  .store-caption h2 { font-size: 40px; line-height: 1.15; margin: 0 0 22px; color: #3a2494; }
  .store-caption p { font-size: 21px; line-height: 1.5; margin: 0 0 14px; color: #4a4656; }
`;

/** (b) The popup with a search typed, beside a caption. */
async function popupShot(ext: ExtensionBrowser, demoTabId: number): Promise<void> {
  const popup = await newTab(ext);
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${demoTabId}`);
  const search = popup.getByRole('combobox');
  await search.waitFor();
  await search.pressSequentially('Transformer', { delay: 20 });
  await popup.getByText(/Treffer/).first().waitFor();
  await popup.addStyleTag({ content: POPUP_STAGE });
  await popup.evaluate((svg) => {
    const caption = document.createElement('div');
    caption.className = 'store-caption';
    caption.innerHTML =
      `${svg}<h2>Das ganze Glossar, einen Klick entfernt</h2>` +
      '<p>Suchen Sie jeden Begriff – nach Namen, Abkürzung oder einem Wort aus der Erklärung.</p>' +
      '<p>Alles ohne Internet: Das Glossar steckt in der Erweiterung.</p>';
    document.body.prepend(caption);
  }, icon);
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: out('2-popup.png') });
  await popup.close();
}

/** (c) The options page at its appearance settings, down to the light and dark preview. */
async function optionsShot(ext: ExtensionBrowser): Promise<void> {
  const options = await newTab(ext);
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByRole('button', { name: 'Neuer Eintrag' }).waitFor();
  // The page's header (title and section links) stays on top, as if scrolled with a sticky header.
  await options.addStyleTag({ content: `${NO_SCROLLBAR} body > div > header { position: sticky; top: 0; z-index: 1; background: var(--bg); }` });
  await options.evaluate(() => {
    // From the "known terms" box down to the light and dark preview and past it.
    const box = [...document.querySelectorAll('fieldset')].find((f) => f.textContent?.includes('Bekannte Begriffe'));
    const header = document.querySelector('header');
    if (!box || !header) throw new Error('no "Bekannte Begriffe" box on the options page');
    window.scrollBy(0, box.getBoundingClientRect().top - header.getBoundingClientRect().bottom - 8);
  });
  await options.waitForTimeout(300);
  await options.screenshot({ path: out('3-options.png') });
  await options.close();
}

/** The 440×280 promo tile: icon, name and tagline. */
async function promoTile(ext: ExtensionBrowser): Promise<void> {
  const tile = await newTab(ext, TILE);
  await tile.setContent(`<!doctype html><html lang="de"><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${TILE.width}px; height: ${TILE.height}px; overflow: hidden; }
    body { display: flex; align-items: center; gap: 24px; padding: 0 32px; box-sizing: border-box;
      background: linear-gradient(135deg, #ffffff 0%, #ebe5fb 100%); font-family: system-ui, sans-serif; }
    svg { width: 112px; height: 112px; flex: none; filter: drop-shadow(0 8px 16px rgb(58 36 148 / 0.3)); }
    h1 { margin: 0 0 10px; font-size: 46px; line-height: 1; color: #3a2494; }
    p { margin: 0; font-size: 18px; line-height: 1.4; color: #4a4656; text-wrap: balance; }
  </style><body>${icon}<div><h1>Klartext</h1><p>KI-Begriffe verständlich erklärt, direkt beim Lesen</p></div></body></html>`);
  await tile.screenshot({ path: out('promo-440x280.png') });
  await tile.close();
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await startServer({ roots: { demo: demoDir } });
  const ext = await launchWithExtension({ extDir, uiLang: 'de' });
  try {
    const demo = await newTab(ext);
    await demo.goto(`${server.origin}/demo/index.html`);
    await waitForScan(demo);
    await popoverShot(demo);
    await popupShot(ext, await tabIdOf(ext, demo));
    await optionsShot(ext);
    await promoTile(ext);
    console.log(`Store images written to ${outDir}`);
  } finally {
    await ext.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
