/**
 * How long validating a large user glossary takes (issue 13: "validation of
 * a 10,000-entry file must stay fast"): `validateGlossary`, `checkEntries`
 * and `parseStoredGlossary` on 10,000 generated entries, each run several
 * times; the median is printed. Run: `npx jiti scripts/bench/validate-speed.ts [runs]`.
 */
import { BUNDLED_GLOSSARY } from '../../src/core/glossary/bundled';
import { validateGlossary } from '../../src/core/glossary/validate';
import { checkEntries } from '../../src/core/glossary/user/check-entries';
import { parseStoredGlossary } from '../../src/core/glossary/user/stored';
import { median } from './stats';

const COUNT = 10_000;
const runs = Number(process.argv[2] ?? 7);

/** Entries like a reader's: both languages, related links (to each other and to bundled entries), a sense on some. */
function generate(count: number): unknown[] {
  const bundledId = BUNDLED_GLOSSARY[0]?.id ?? 'ki';
  return Array.from({ length: count }, (_, i) => ({
    id: `term-${i}`,
    title: { de: `Begriff ${i}`, en: `Term ${i}` },
    forms: { de: [`Begriff ${i}`, `Begriffs ${i}`], en: [`Term ${i}`] },
    matchCase: [],
    short: { de: `Eine kurze Erklärung zu Begriff ${i}.`, en: `A short explanation of term ${i}.` },
    long: { de: i % 3 === 0 ? `Eine längere Erklärung zu Begriff ${i}, mit mehr Worten.` : '', en: '' },
    category: 'concept',
    related: i > 0 ? [`term-${i - 1}`, bundledId] : [bundledId],
    source: { label: 'Generated', url: `https://example.com/${i}` },
    ...(i % 10 === 0 ? { sense: { cues: ['Kontext', 'context'], years: [2025] } } : {}),
    ...(i % 7 === 0 ? { checked: '2025-01-31' } : {}),
  }));
}


function time(name: string, work: () => unknown): void {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  console.log(`${name.padEnd(20)} median ${median(times).toFixed(0).padStart(6)} ms   runs ${times.map((t) => t.toFixed(0)).join(' ')}`);
}

const entries = generate(COUNT);
const external = new Set(BUNDLED_GLOSSARY.map((e) => e.id));
time('validateGlossary', () => validateGlossary(entries, { requireBothLangs: false }));
time('checkEntries', () => checkEntries(entries, { externalIds: external }));
time('parseStoredGlossary', () => parseStoredGlossary({ version: 1, entries, packs: [], hiddenBundled: [] }, BUNDLED_GLOSSARY));
