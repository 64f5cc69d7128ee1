import {
  markPoint,
  marks,
  ownEntry,
  setStorage,
  useExtensionBrowser,
  waitForPopover,
  waitForScan,
} from './harness';

const env = useExtensionBrowser();


const userGlossary = (hiddenBundled: string[] = []) => ({
  version: 1,
  entries: [{ ...ownEntry({ id: 'kiel-stadt', de: 'Kiel', short: 'Landeshauptstadt von Schleswig-Holstein, an der Ostsee.' }), title: { de: 'Kiel', en: 'Kiel' } }],
  packs: [],
  hiddenBundled,
});

async function storeGlossary(value: unknown): Promise<void> {
  await setStorage(env.ext, { glossary: value, 'glossary:lastGood': value });
}

test("the user's own entries are marked live and explained as theirs; hidden bundled entries disappear", async () => {
  const page = await env.ext.context.newPage();
  await page.goto(`${env.server.origin}/fixtures/basic.html`);
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
  await setStorage(env.ext, { glossary: { version: 1, entries: 'broken' } });
  await page.waitForTimeout(500);
  expect((await marks(page)).map((m) => m.text)).toContain('Kiel');
  await storeGlossary(userGlossary());
  await page.close();
});
