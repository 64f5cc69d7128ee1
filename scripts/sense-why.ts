/**
 * `npx jiti scripts/sense-why.ts <split> <page-id>`: for each ambiguous
 * occurrence of a labelled page, the cues and counter-cues its sense finds in
 * the sentence's block, the heading and the title, and the verdict: to see
 * why a mistake happens. Refuses the clean split.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLED_GLOSSARY } from '../src/core/glossary/bundled';
import { HitList, ROLE_AGAINST, ROLE_FOR } from '../src/core/sense/cue-index';
import { compile, markBlocks } from '../tests/core/sense/mark-blocks';
import { parseLabelled } from '../tests/core/sense/labelled/parse';

const [split, pageId] = process.argv.slice(2);
if (!split || !pageId) throw new Error('usage: sense-why.ts <split> <page-id>');
if (split === 'fresh4') throw new Error('fresh4 is the clean split: its mistakes are not looked at');
const pages = parseLabelled(readFileSync(path.join(process.cwd(), `tests/core/sense/labelled/${split}.txt`), 'utf8'));
const page = pages.find((p) => p.id === pageId);
if (!page) throw new Error(`no page ${pageId} in ${split}`);
const c = compile(BUNDLED_GLOSSARY);
const marks = markBlocks(c, { title: page.title, lang: page.lang, blocks: page.blocks });
const cues = c.senses.cues;
const found = (text: string, roles: Uint8Array) => {
  const hits = cues.read(text, { from: 0, to: text.length }, new HitList());
  const out: string[] = [];
  for (let i = hits.from; i < hits.to; i++) {
    const role = roles[hits.list.cue(i)] ?? 0;
    if (role & ROLE_FOR) out.push(`+${text.slice(hits.list.start(i), hits.list.end(i))}`);
    if (role & ROLE_AGAINST) out.push(`-${text.slice(hits.list.start(i), hits.list.end(i))}`);
  }
  return out.join(' ');
};
for (const label of page.labels) {
  const block = page.blocks[label.block];
  if (!block) continue;
  const entry = c.matcher.match(block.text, { lang: page.lang }).find((m) => m.start === label.start && m.end === label.end);
  const sense = entry ? c.senses.compiled(entry.id) : null;
  if (!entry || !sense) continue;
  const marked = marks.some((m) => m.block === label.block && m.start === label.start && m.id === entry.id);
  const ok = marked === label.glossary;
  console.log(`${ok ? 'ok   ' : 'WRONG'} ${entry.id} «${label.text}» label ${label.glossary ? '+' : '-'} marked ${marked}`);
  console.log(`   block: ${found(block.text, sense.roles)}`);
  console.log(`   heading: ${found(block.heading, sense.roles)} | title: ${found(page.title, sense.roles)}`);
}
