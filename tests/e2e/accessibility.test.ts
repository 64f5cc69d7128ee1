// axe-core, the real library, on the built extension's popup and options
// page in Chromium, in the states a reader meets: no serious or critical
// violation may remain (part of issue 17; the closed popover is checked in
// content-popover.test.ts by its role and name).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot, tabIdOf, useExtensionBrowser, waitForScan } from './harness';

const env = useExtensionBrowser();
const AXE = readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}

/** Serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  // page.evaluate runs over the DevTools protocol, past the extension pages' script-src 'self'.
  await page.evaluate(AXE);
  const all = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function openPopup(query = ''): Promise<Page> {
  const article = await env.ext.context.newPage();
  await article.goto(`${env.server.origin}/fixtures/hover.html`);
  await waitForScan(article);
  const tabId = await tabIdOf(env.ext, article);
  const popup = await env.ext.context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  const q = query ? `&q=${encodeURIComponent(query)}` : '';
  await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tab=${tabId}${q}`);
  await popup.getByRole('combobox').waitFor();
  return popup;
}

test('the popup: empty, with results, and in the detail view', async () => {
  const popup = await openPopup();
  await popup.getByRole('region', { name: 'On this page' }).waitFor();
  expect(await seriousViolations(popup)).toEqual([]);

  await popup.getByRole('combobox').fill('deep');
  await popup.getByRole('option').first().waitFor();
  expect(await seriousViolations(popup)).toEqual([]);

  await popup.keyboard.press('Enter');
  await popup.getByRole('button', { name: 'Back' }).waitFor();
  expect(await seriousViolations(popup)).toEqual([]);
});

test('the options page: every section, the entry editor open, and an import error shown', async () => {
  const options = await env.ext.context.newPage();
  await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
  await options.getByRole('button', { name: 'New entry' }).waitFor();
  expect(await seriousViolations(options)).toEqual([]);

  await options.getByRole('button', { name: 'New entry' }).click();
  await options.getByRole('group', { name: 'German' }).waitFor();
  expect(await seriousViolations(options)).toEqual([]);
  await options.getByRole('button', { name: 'Cancel' }).click();

  await options.getByLabel('Choose a glossary file (JSON or CSV)').setInputFiles({ name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "klartext-glossary", "version": 1, "entries": [{"id": "x"}]}') });
  await options.getByText('Nothing imported from kaputt.json', { exact: false }).waitFor();
  expect(await seriousViolations(options)).toEqual([]);
});
