/**
 * `npx jiti scripts/sense-labels.ts <split>`: checks a split of the labelled
 * sense corpus (tests/core/sense/labelled/<split>.txt) the way its writer
 * needs, without scoring it: the format, its size and spread, and every
 * annotation problem (a label that is not a match, a match of an ambiguous
 * form left unlabelled). It prints no precision or recall, so a new split can
 * be written and checked without seeing how the sense rules do on it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../tests/core/sense/labelled/evaluate';
import { describeSplit } from '../tests/core/sense/labelled/describe';
import { parseLabelled } from '../tests/core/sense/labelled/parse';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const split = process.argv[2];
if (!split) throw new Error('usage: npx jiti scripts/sense-labels.ts <split>');
const pages = parseLabelled(readFileSync(path.join(repoRoot, 'tests/core/sense/labelled', `${split}.txt`), 'utf8'));
// Without senses every labelled match counts, so the per-entry totals are label counts and say nothing of the rules.
const { perEntry, problems } = evaluate(pages, { senses: false });
console.log(`${split}: ${describeSplit(pages)}`);
console.log('  labels per entry (glossary / other):');
for (const [id, c] of Object.entries(perEntry).sort(([a], [b]) => a.localeCompare(b))) console.log(`    ${id.padEnd(26)} ${c.tp + c.fn} / ${c.fp + c.tn}`);
console.log(problems.length === 0 ? '  no annotation problems' : `  ${problems.length} annotation problems:`);
for (const p of problems) console.log(`    [${p.kind}] ${p.page} #${p.block}${p.entry ? ` (${p.entry})` : ''}: ${p.context}`);
process.exitCode = problems.length === 0 ? 0 : 1;
