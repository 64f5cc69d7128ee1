import { launchWithExtension, markPoint, marks, startServer, waitForPopover, waitForScan, type ExtensionBrowser, type StaticServer } from './harness';

let ext: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const userGlossary = (hiddenBundled: string[] = []) => ({
  version: 1,
  entries: [
    {
      id: 'kiel-stadt',
      title: { de: 'Kiel', en: 'Kiel' },
      forms: { de: ['Kiel'], en: [] },
      short: { de: 'Landeshauptstadt von Schleswig-Holstein, an der Ostsee.', en: '' },
      long: { de: '', en: '' },
      category: 'concept',
      related: [],
      source: { label: 'Eigene Notiz' },
    },
  ],
  packs: [],
  hiddenBundled,
});

async function storeGlossary(value: unknown): Promise<void> {
  await ext.worker.evaluate(async (v) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ glossary: v, 'glossary:lastGood': v });
  }, value);
}

test("the user's own entries are marked live and explained as theirs; hidden bundled entries disappear", async () => {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}/fixtures/basic.html`);
  await waitForScan(page);
  expect((await marks(page)).map((m) => m.text)).not.toContain('Kiel');

  await storeGlossary(userGlossary());
  await expect.poll(async () => (await marks(page)).map((m) => m.text)).toContain('Kiel');
  const at = await markPoint(page, 'Kiel');
  await page.mouse.move(at.x, at.y, { steps: 2 });
  const text = await waitForPopover(page, 'Schleswig-Holstein');
  expect(text).toMatch(/Your entry|Eigener Eintrag/);
  await page.keyboard.press('Escape');

  await storeGlossary(userGlossary(['openai']));
  await expect.poll(async () => (await marks(page)).map((m) => m.text)).not.toContain('OpenAI');
  expect((await marks(page)).map((m) => m.text)).toContain('Kiel');

  // A corrupt stored glossary keeps the last good one.
  await ext.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ glossary: { version: 1, entries: 'broken' } });
  });
  await page.waitForTimeout(500);
  expect((await marks(page)).map((m) => m.text)).toContain('Kiel');
  await storeGlossary(userGlossary());
  await page.close();
});
