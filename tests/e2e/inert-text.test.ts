import type { Page } from 'playwright-core';
import {
  clickInPopover,
  markPoint,
  marks,
  popoverElements,
  popoverText,
  setStorage,
  tabIdOf,
  useExtensionBrowser,
  waitForPopover,
  waitForScan,
} from './harness';

const env = useExtensionBrowser();


// Text the validator lets through (no tag starts with "<" plus a letter) but
// that would run or inject if anything rendered it as HTML.
// (An entry with a real tag, "<svg onload=…>", is refused by the validator on import and on load.)
const PAYLOAD = `<3 "'>< &lt;img src=x onerror=window.__xss=1&gt; {{constructor.constructor('window.__xss=1')()}} javascript:window.__xss=1`;
const SHORT_PAYLOAD = `<3 "'>< &lt;b onclick=x&gt; {{x}}`;

test('entry text with markup-like payloads stays inert text in the popover, the popup and the options page', async () => {
  const entry = {
    id: 'payload-test',
    title: { de: `Nutzlast ${SHORT_PAYLOAD}`, en: `Payload ${SHORT_PAYLOAD}` },
    forms: { de: ['Nutzlastbegriff'], en: [] },
    short: { de: `Kurz ${PAYLOAD}`, en: '' },
    long: { de: `Lang ${PAYLOAD}`, en: '' },
    category: 'concept',
    related: [],
    source: { label: `Quelle ${PAYLOAD}`, section: `Abschnitt ${PAYLOAD}` },
  };
  const glossary = { version: 1, entries: [entry], packs: [], hiddenBundled: [] };
  await setStorage(env.ext, { glossary, 'glossary:lastGood': glossary });
  const page = await env.ext.context.newPage();
  await page.goto(`${env.server.origin}/fixtures/dynamic.html`);
  await waitForScan(page);
  await page.evaluate(() => (window as never as { addParagraph(id: string, t: string): void }).addParagraph('x', 'Ein Nutzlastbegriff.'));
  await expect.poll(async () => (await marks(page)).map((m) => m.text)).toContain('Nutzlastbegriff');
  const at = await markPoint(page, 'Nutzlastbegriff');
  await page.mouse.move(at.x, at.y, { steps: 2 });
  await waitForPopover(page, 'Kurz');
  await clickInPopover(page, { className: 'more' });
  await expect.poll(async () => (await popoverText(page)) ?? '').toContain(`Lang ${PAYLOAD}`);
  const text = (await popoverText(page)) ?? '';
  expect(text).toContain(`Nutzlast ${SHORT_PAYLOAD}`);
  for (const field of ['Kurz', 'Lang', 'Quelle', 'Abschnitt']) expect(text).toContain(`${field} ${PAYLOAD}`);
  const inside = await popoverElements(page);
  const injected = {
    xss: await page.evaluate(() => (window as never as { __xss?: number }).__xss ?? null),
    elements: inside.filter((e) => ['svg', 'img', 'script', 'iframe', 'object'].includes(e.name)).length,
    links: inside.filter((e) => e.name === 'a').map((e) => e.attributes.href ?? null),
  };
  expect(injected).toEqual({ xss: null, elements: 0, links: [] });
  await page.close();

  // The same entry in the popup's search and detail view, and on the options page.
  const popup = await env.ext.context.newPage();
  await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?q=Nutzlastbegriff`);
  // The popup speaks the browser's language (English here): the English title, the German text as fallback.
  await expect.poll(() => popup.evaluate(() => document.body.innerText)).toContain(`Payload ${SHORT_PAYLOAD}`);
  await expectInert(popup, [`Payload ${SHORT_PAYLOAD}`]);
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.evaluate(() => document.body.innerText)).toContain(`Kurz ${PAYLOAD}`);
  await expectInert(popup, [`Payload ${SHORT_PAYLOAD}`, `Kurz ${PAYLOAD}`]);
  await popup.close();

  const options = await env.ext.context.newPage();
  await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
  await expect.poll(() => options.evaluate(() => document.body.innerText)).toMatch(/(Payload|Nutzlast) <3/);
  await expectInert(options, [SHORT_PAYLOAD]);
  await options.close();
});

/** The payload shows as literal text, ran nothing, and added no element of its own. */
async function expectInert(page: Page, texts: string[]): Promise<void> {
  const seen = await page.evaluate(() => ({
    text: document.body.innerText,
    xss: (window as never as { __xss?: number }).__xss ?? null,
    injected: [...document.querySelectorAll('img[src="x"], img[onerror], svg[onload], script:not([src])')].length,
  }));
  for (const t of texts) expect(seen.text).toContain(t);
  expect(seen.xss).toBeNull();
  expect(seen.injected).toBe(0);
}

test('a page imitating extension messages and events triggers nothing', async () => {
  const page = await env.ext.context.newPage();
  await page.goto(`${env.server.origin}/fixtures/page-messages.html`);
  await waitForScan(page);
  const tabId = await tabIdOf(env.ext, page);
  await page.evaluate(() => (window as never as { imitate(): void }).imitate());
  await page.waitForTimeout(800);
  expect(await popoverText(page)).toBeNull();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // Still running (the forged "newer script" signal did not stop it), and the badge counts what is really there.
  expect((await marks(page)).map((m) => m.text)).toEqual(['OpenAI', 'Anthropic']);
  const badge = await env.ext.worker.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome;
    return api.action.getBadgeText({ tabId: id });
  }, tabId);
  expect(badge).toBe('2');
  const at = await markPoint(page, 'OpenAI');
  await page.mouse.move(at.x, at.y, { steps: 2 });
  await waitForPopover(page, 'OpenAI');
  await page.close();
});
