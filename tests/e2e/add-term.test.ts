// "Add to Klartext" (issue 15): a term the glossary lacks becomes the
// reader's own entry in seconds, from the page (the context menu's handler)
// and from the popup's empty search, and is marked at once in open tabs.
import type { Page } from 'playwright-core';
import { marks, tabIdOf, useExtensionBrowser, waitForScan } from './harness';

const env = useExtensionBrowser();
const TERM = 'sliding window attention';

async function openArticle(): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.goto(`${env.server.origin}/fixtures/add-term.html`);
  await waitForScan(page);
  return page;
}

/** Selects the first occurrence of `text` in an element, as a reader's drag would. */
async function select(page: Page, elementId: string, text: string): Promise<void> {
  await page.evaluate(
    ({ id, want }) => {
      const node = document.getElementById(id)?.querySelector('em')?.firstChild ?? document.getElementById(id)?.firstChild;
      const at = node?.textContent?.indexOf(want) ?? -1;
      if (!node || at < 0) throw new Error(`no "${want}" in #${id}`);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + want.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    },
    { id: elementId, want: text },
  );
}

async function drawnTexts(page: Page): Promise<string[]> {
  return (await marks(page, { drawn: true })).map((m) => m.text.toLowerCase());
}

test('from the page: the context menu handler gets the selection, its sentence and the page, and the saved entry is marked in every open tab', async () => {
  const article = await openArticle();
  const other = await openArticle();
  expect(await drawnTexts(article)).not.toContain(TERM);
  await select(article, 'intro', TERM);
  const tabId = await tabIdOf(env.ext, article);

  // The menu click as the browser delivers it: `contextMenus.onClicked` with the click's info and the tab (headless
  // Chromium has no context menu to open, but the service worker's event can be dispatched like the browser does).
  const [options] = await Promise.all([
    env.ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html') }),
    env.ext.worker.evaluate(
      async ({ id, url }) => {
        type Api = { tabs: { get(id: number): Promise<object> }; contextMenus: { onClicked: { dispatch(info: object, tab: object): void } } };
        const api = (globalThis as unknown as { chrome: Api }).chrome;
        const tab = await api.tabs.get(id);
        api.contextMenus.onClicked.dispatch({ menuItemId: 'klartext-add', selectionText: 'sliding window attention', frameId: 0, pageUrl: url, editable: false }, tab);
      },
      { id: tabId, url: `${env.server.origin}/fixtures/add-term.html` },
    ),
  ]);
  // The editor opens beside the page, filled in from what the frame said about the selection.
  const editor = options.getByRole('form', { name: 'New entry' });
  await editor.waitFor();
  await expect.poll(() => options.locator('#entry-title-en').inputValue()).toBe(TERM);
  expect(await options.locator('#entry-forms-en').inputValue()).toBe(TERM);
  expect(await options.locator('#entry-long-en').inputValue()).toContain('The new design relies on sliding window attention');
  expect(await options.locator('#entry-source').inputValue()).toBe('Notes on efficient models');
  expect(await options.locator('#entry-url').inputValue()).toBe(`${env.server.origin}/fixtures/add-term.html`);
  // What is left to write has the focus: the short explanation.
  expect(await options.evaluate(() => document.activeElement?.id)).toBe('entry-short-en');
  await options.keyboard.type('Attention that looks only at a fixed window of recent tokens.');
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByText('Saved', { exact: false }).first().waitFor();

  for (const page of [article, other]) await expect.poll(() => drawnTexts(page), { timeout: 10_000 }).toContain(TERM);
  await Promise.all([article.close(), other.close(), options.close()]);
});

test('from the popup: a search that finds nothing offers the query as a new entry of your own', async () => {
  const article = await openArticle();
  const tabId = await tabIdOf(env.ext, article);
  const popup = await env.ext.context.newPage();
  await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('combobox').fill('Hyena operator');
  const offer = popup.getByRole('button', { name: 'Add “Hyena operator” as your own entry' });
  await offer.waitFor();
  const [editorTab] = await Promise.all([env.ext.context.waitForEvent('page'), offer.click()]);
  await editorTab.getByRole('form', { name: 'New entry' }).waitFor();
  await expect.poll(() => editorTab.locator('#entry-title-en').inputValue()).toBe('Hyena operator');
  expect(await editorTab.locator('#entry-forms-en').inputValue()).toBe('Hyena operator');
  await Promise.all([article.close(), popup.close(), editorTab.close()]);
});
