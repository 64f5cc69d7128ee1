/**
 * A deterministic glossary file of many entries (a made-up medical-style
 * terminology), for the 10,000-term rows of the benchmark and the import
 * tests: the same file on every run, two forms per entry (German, English),
 * each entry's forms distinct from every other's and from the bundled terms.
 */
const SYLLABLES = ['ka', 'ro', 'mi', 'te', 'lu', 'sa', 'nor', 'vek', 'dis', 'tal', 'phen', 'gra', 'sto', 'lim', 'ber', 'qui', 'zan', 'ox', 'ul', 'dre'];

/** The i-th made-up word: its digits in base 20, one syllable each, so every i gives another word. */
function word(i: number, length: number): string {
  let out = '';
  let n = i;
  for (let k = 0; k < length; k++) {
    out += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return out;
}

export interface BigGlossaryEntry {
  id: string;
  title: { de: string; en: string };
  forms: { de: string[]; en: string[] };
  short: { de: string; en: string };
  category: 'concept';
}

/** Entry i: German "Xxx-Syndrom"-style form and an English one, both two words. */
export function bigGlossaryEntry(i: number): BigGlossaryEntry {
  const stem = word(i, 4);
  const de = `${stem[0]?.toUpperCase()}${stem.slice(1)}syndrom`;
  const en = `${stem} syndrome`;
  return {
    id: `term-${i}`,
    title: { de, en },
    forms: { de: [de], en: [en] },
    short: { de: `Ein erfundener Begriff (${i}) für den Test großer Glossare.`, en: `A made-up term (${i}) for testing large glossaries.` },
    category: 'concept',
  };
}

/** The import file (Klartext's JSON format) with `count` entries. */
export function bigGlossaryFile(count = 10_000): string {
  const entries = Array.from({ length: count }, (_, i) => bigGlossaryEntry(i));
  return JSON.stringify({ format: 'klartext-glossary', version: 1, name: `Big glossary (${count})`, entries });
}
