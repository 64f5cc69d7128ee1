import { launchWithExtension, startServer, tabIdOf, waitForScan } from './harness';
test('shots', async () => {
  const server = await startServer();
  const ext = await launchWithExtension();
  await ext.context.route((url) => url.protocol === 'chrome-extension:', (route) => route.continue());
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}/fixtures/popup-article.html`);
  await waitForScan(page);
  const id = await tabIdOf(ext, page);
  const p = await ext.context.newPage();
  await p.setViewportSize({ width: 380, height: 560 });
  for (const scheme of ['light', 'dark'] as const) {
    await p.emulateMedia({ colorScheme: scheme });
    await p.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${id}`);
    await new Promise((r) => setTimeout(r, 800));
    await p.screenshot({ path: `/tmp/kt/popup-${scheme}.png` });
    await p.getByRole('combobox').pressSequentially('mixtur of experts');
    await new Promise((r) => setTimeout(r, 300));
    await p.screenshot({ path: `/tmp/kt/search-${scheme}.png` });
    await p.getByRole('combobox').press('Enter');
    await new Promise((r) => setTimeout(r, 300));
    await p.screenshot({ path: `/tmp/kt/detail-${scheme}.png` });
  }
  await p.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${id}`);
  await p.getByRole('combobox').pressSequentially('kunstliche');
  await new Promise((r) => setTimeout(r, 300));
  await p.screenshot({ path: `/tmp/kt/search-form.png` });
  await p.getByRole('combobox').fill('Hangzhou');
  await new Promise((r) => setTimeout(r, 300));
  await p.screenshot({ path: `/tmp/kt/search-text.png` });
  await ext.close();
  await server.close();
});
