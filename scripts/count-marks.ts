// What a reader sees: the drawn marks (highlight `klartext`) and the quiet
// ones (`klartext-quiet`: explained on hover, not drawn) per page, for a
// built extension. `npx jiti scripts/count-marks.ts [--ext-dir DIR] page…`
// where a page is a corpus file name (gitlab-blog) or `demo`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusDir, extensionDir, launchWithExtension, startServer, waitForScan } from './lib/browser';

const { values, positionals } = parseArgs({ options: { 'ext-dir': { type: 'string' } }, allowPositionals: true });
const extDir = path.resolve(values['ext-dir'] ?? extensionDir);
const pages = positionals.length > 0 ? positionals : ['demo', 'gitlab-blog', 'theverge'];

const server = await startServer();
const ext = await launchWithExtension({ extDir });
try {
  for (const name of pages) {
    const url = name === 'demo' ? '/demo/index.html' : `/corpus/${name}.html`;
    if (name !== 'demo' && !existsSync(path.join(corpusDir, `${name}.html`))) throw new Error(`no corpus page ${name}`);
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}${url}`, { waitUntil: 'commit' });
    await waitForScan(page);
    await page.waitForTimeout(500);
    const counts = await page.evaluate(() => {
      const out: Record<string, Record<string, number>> = {};
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('klartext') || name === 'klartext-active') continue;
        const byText: Record<string, number> = (out[name] = {});
        for (const range of highlight as Highlight) byText[range.toString()] = (byText[range.toString()] ?? 0) + 1;
      }
      return out;
    });
    for (const [highlight, byText] of Object.entries(counts)) {
      const total = Object.values(byText).reduce((a, b) => a + b, 0);
      const list = Object.entries(byText).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ');
      console.log(`${name}\t${highlight}\t${total}\t${list}`);
    }
    await page.close();
  }
} finally {
  await ext.close();
  await server.close();
}
