/**
 * `npm start`: builds Klartext, serves the demo page from 127.0.0.1 and opens
 * Chromium with the extension loaded on it (like `wxt` dev mode, without the
 * dev server). `npm start -- --screenshot [out.png]` runs headless instead,
 * hovers a term until its popover opens and writes a screenshot (by default
 * to screenshots/, which git ignores). The browser's profile is temporary and
 * removed when the browser closes.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { demoTermPoint, launchWithExtension, repoRoot, startServer, waitForScan } from './lib/browser';
import { waitForPopover } from './lib/popover-probe';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const shotIndex = args.indexOf('--screenshot');
  const given = args[shotIndex + 1];
  const screenshot = shotIndex < 0 ? null : given && !given.startsWith('--') ? given : path.join(repoRoot, 'screenshots/klartext-demo.png');
  if (screenshot) mkdirSync(path.dirname(path.resolve(screenshot)), { recursive: true });
  if (!args.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });

  const headless = screenshot !== null;
  if (!headless && !process.env.DISPLAY && process.platform === 'linux') {
    console.error('No display found. Run under a desktop session or xvfb-run, or use: npm start -- --screenshot out.png');
    process.exit(1);
  }
  const server = await startServer();
  const ext = await launchWithExtension({ headless });
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  await page.goto(`${server.origin}/demo/index.html`);
  await waitForScan(page);

  if (screenshot) {
    await page.setViewportSize({ width: 1100, height: 760 });
    const point = await demoTermPoint(page);
    await page.mouse.move(point.x, point.y);
    await waitForPopover(page, 'Mixture');
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshot });
    console.log(`Screenshot written to ${screenshot}`);
    await ext.close();
    await server.close();
    return;
  }
  console.log(`Klartext is loaded. Demo page: ${server.origin}/demo/index.html — close the browser (or press Ctrl+C) to stop.`);
  await new Promise<void>((resolve) => {
    ext.context.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  // Closes the browser if Ctrl+C stopped it, and removes its temporary profile either way.
  await ext.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
