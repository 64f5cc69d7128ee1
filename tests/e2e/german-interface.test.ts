// Klartext in a browser whose interface is German (Debian's chromium-l10n,
// `--lang=de`, LANGUAGE=de): the popup, the options page and the badge speak
// German, with German plural forms; the popover follows the page's language
// whatever the browser's (see content-popover.test.ts for the other way round).
import { markPoint, tabIdOf, useExtensionBrowser, waitForPopover, waitForScan } from './harness';

const env = useExtensionBrowser({ uiLang: 'de' });

test('the browser really runs in German (the locale pack is installed)', async () => {
  const lang = await env.ext.worker.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
  expect(lang).toMatch(/^de/);
});

test('the built manifest: the toolbar title is localised in it, no activeTab, and the Chrome version the APIs need', async () => {
  const facts = await env.ext.worker.evaluate(async () => {
    const api = (globalThis as unknown as {
      chrome: { runtime: { getManifest(): Record<string, unknown> }; action: { getTitle(d: object): Promise<string> }; i18n: { getMessage(k: string): string } };
    }).chrome;
    const manifest = api.runtime.getManifest();
    return {
      permissions: manifest.permissions,
      minimum: manifest.minimum_chrome_version,
      declared: (manifest.action as { default_title: string }).default_title,
      shown: await api.action.getTitle({}),
      german: api.i18n.getMessage('actionTitle'),
    };
  });
  expect(facts.permissions).not.toContain('activeTab');
  expect(facts.minimum).toBe('114');
  // Declared as __MSG_actionTitle__, which the browser resolves before any script runs: the German title, not the literal "Klartext".
  expect(facts.declared).toBe(facts.german);
  expect(facts.shown).toBe(facts.german);
  expect(facts.shown).not.toBe('Klartext');
});

test('the popup searches in German, counts with German plurals, and names the page’s terms', async () => {
  const page = await env.ext.context.newPage();
  await page.goto(`${env.server.origin}/fixtures/hover.html`);
  await waitForScan(page);
  const tabId = await tabIdOf(env.ext, page);
  const popup = await env.ext.context.newPage();
  await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tab=${tabId}`);
  const search = popup.getByRole('combobox', { name: 'Glossar durchsuchen' });
  await search.waitFor();
  const onPage = popup.getByRole('region', { name: 'Auf dieser Seite' });
  // Anthropic occurs twice on the page, Mixture of Experts once: the one-form says so.
  await onPage.getByRole('button', { name: 'Anthropic 2 Mal auf der Seite – zum nächsten Vorkommen springen' }).waitFor();
  await onPage.getByRole('button', { name: 'Mixture of Experts (MoE) 1 Mal auf der Seite – zum Vorkommen springen' }).waitFor();
  await search.fill('Sputnik');
  await popup.getByText('1 Treffer').waitFor();
  await search.fill('zzzzqq');
  await popup.getByText('Keine Treffer').waitFor();
  expect(await popup.title()).toBe('Klartext');
  await popup.close();
  await page.close();
});

test('the options page is German throughout its sections', async () => {
  const options = await env.ext.context.newPage();
  await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
  await options.getByRole('button', { name: 'Neuer Eintrag' }).waitFor();
  expect(await options.title()).toBe('Klartext – Einstellungen');
  const text = await options.evaluate(() => document.body.innerText);
  for (const german of ['Wo Klartext Begriffe markiert', 'Markierung', 'Diese Kategorien markieren', 'Bekannte Begriffe']) expect(text).toContain(german);
  for (const english of ['Where Klartext marks terms', 'Highlight style', 'Well-known terms']) expect(text).not.toContain(english);
  await options.close();
});

test('the popover on an English page explains in English, in a German browser', async () => {
  const en = await env.ext.context.newPage();
  await en.goto(`${env.server.origin}/fixtures/basic.html`);
  await waitForScan(en);
  const at = await markPoint(en, 'OpenAI');
  await en.mouse.move(at.x, at.y, { steps: 3 });
  const text = await waitForPopover(en, 'OpenAI');
  for (const english of ['Company', 'Read more', 'Related:', 'Source:']) expect(text).toContain(english);
  await en.close();
});
