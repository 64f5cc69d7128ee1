// axe-core, the real library, for the end-to-end tests: the serious and
// critical violations of a page as it is now, and of the shown popover.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { POPOVER_CSS } from '../../src/content/popover/popover-css';
import { popoverMarkup, repoRoot } from './harness';

const AXE = readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}

/** Serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // page.evaluate runs over the DevTools protocol, past the extension pages' script-src 'self'.
  await page.evaluate(AXE);
  const all = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Serious and critical violations of the popover shown on `page`. axe-core
 * cannot enter the closed shadow root, so the same markup and style sheet go
 * into an open one on `blankUrl` (a page of the same server), checked there.
 */
export async function popoverViolations(context: BrowserContext, page: Page, blankUrl: string): Promise<{ markup: string; violations: Violation[] }> {
  const markup = await popoverMarkup(page);
  const clone = await context.newPage();
  try {
    await clone.goto(blankUrl);
    await clone.evaluate(
      ({ css, html }) => {
        document.body.replaceChildren();
        const host = document.createElement('div');
        const root = host.attachShadow({ mode: 'open' });
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        root.adoptedStyleSheets = [sheet];
        root.innerHTML = html;
        document.body.append(host);
      },
      { css: POPOVER_CSS, html: markup },
    );
    return { markup, violations: await seriousViolations(clone) };
  } finally {
    await clone.close();
  }
}
