import { BUNDLED_GLOSSARY } from '../../../src/core/glossary/bundled';
import { LANGS, type GlossaryEntry } from '../../../src/core/glossary/types';

/**
 * Words that date a claim: once the world moves on, a sentence holding one of
 * them may no longer be true, so the entry must say when it was checked
 * (`checked`, shown in the popover as "Stand: <month year>").
 */
const DATED_CLAIM: readonly { what: string; pattern: RegExp }[] = [
  // 1955, 2025, "1990er-Jahre"; not a version number (Qwen2.5) or a decimal (2.048, 2,19).
  { what: 'a year', pattern: /(?<![\p{L}\p{N}.,])(?:19|20)\d\d(?![\p{N}]|[.,]\p{N})/u },
  { what: 'now', pattern: /(?<![\p{L}\p{N}])(?:aktuell\p{L}*|derzeit\p{L}*|zurzeit|bislang|bisher\p{L}*|heute|heutig\p{L}*|currently|current|so far|to date|today|nowadays)(?![\p{L}\p{N}])/iu },
  { what: 'newest', pattern: /(?<![\p{L}\p{N}])(?:neueste\p{L}*|newest|latest|as of)(?![\p{L}\p{N}])/iu },
  // "Stand Januar 2025", "(Stand: 31. Januar 2025)"; not the English verb "stand".
  { what: 'as of', pattern: /(?<![\p{L}\p{N}])Stand:?\s(?:\d|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Anfang|Mitte|Ende)/u },
  { what: 'a price', pattern: /(?:\p{L}*dollar\p{L}*|(?<![\p{L}])USD(?![\p{L}])|\$|€|(?<![\p{L}])Euros?(?![\p{L}]))/iu },
  { what: 'a lead', pattern: /(?<![\p{L}\p{N}])(?:führend\p{L}*|leading|leader|front-runner|Spitzenmodell\p{L}*|top model)(?![\p{L}\p{N}])/iu },
];

/** What dates the entry's texts, per language and field; empty when nothing does. */
function datedClaims(entry: GlossaryEntry): string[] {
  const found: string[] = [];
  for (const lang of LANGS) {
    for (const field of ['title', 'short', 'long'] as const) {
      const text = entry[field][lang];
      for (const { what, pattern } of DATED_CLAIM) {
        const hit = pattern.exec(text);
        if (hit) found.push(`${field}.${lang}: ${what} (“${hit[0]}”)`);
      }
    }
  }
  return found;
}

/** Dated claims in an entry that has no `checked` stamp. */
function unstamped(entry: GlossaryEntry): string[] {
  return entry.checked === undefined ? datedClaims(entry) : [];
}

const plain = (over: Partial<GlossaryEntry>): GlossaryEntry => ({
  id: 'sample',
  title: { de: 'Beispiel', en: 'Sample' },
  forms: { de: ['Beispiel'], en: ['sample'] },
  short: { de: 'Ein Wort für etwas, das für anderes steht.', en: 'A word for something that stands for others.' },
  long: { de: 'Es zeigt, wie etwas aussieht.', en: 'It shows what something looks like.' },
  category: 'concept',
  related: [],
  source: { label: 'Test' },
  ...over,
});

describe('the dated-claims check itself', () => {
  test('an entry without dated words needs no stamp', () => {
    expect(unstamped(plain({}))).toEqual([]);
  });

  test.each([
    ['a year in the German long text', { long: { de: 'Es erschien 2024.', en: 'It shows what something looks like.' } }],
    ['a year only in English', { long: { de: 'Es zeigt, wie etwas aussieht.', en: 'It appeared in 2024.' } }],
    ['"aktuell" in German', { short: { de: 'Das aktuelle Modell ist schnell.', en: 'A word.' } }],
    ['"bislang" in German', { short: { de: 'Bislang gibt es keine Belege.', en: 'A word.' } }],
    ['"so far" in English', { short: { de: 'Ein Wort.', en: 'No evidence so far.' } }],
    ['"to date" in English', { short: { de: 'Ein Wort.', en: 'The largest to date.' } }],
    ['a price in US dollars', { short: { de: 'Es kostet 20 US-Dollar im Monat.', en: 'A word.' } }],
    ['a price with $', { short: { de: 'Ein Wort.', en: 'It costs $20 a month.' } }],
    ['a price in euros', { short: { de: 'Es kostet 20 € im Monat.', en: 'A word.' } }],
    ['"führend" in German', { short: { de: 'Das führende Unternehmen.', en: 'A word.' } }],
    ['"the leading" in English', { short: { de: 'Ein Wort.', en: 'The leading platform.' } }],
    ['a decade', { long: { de: 'Die Idee stammt aus den 1990er-Jahren.', en: 'It shows what something looks like.' } }],
  ] as const)('flags an unstamped entry with %s', (_what, over) => {
    expect(unstamped(plain(over))).not.toEqual([]);
  });

  test('the same entry passes once it says when it was checked', () => {
    expect(unstamped(plain({ checked: '2025-01-31', long: { de: 'Es erschien 2024.', en: 'It appeared in 2024.' } }))).toEqual([]);
  });

  test.each(['Qwen2.5 und 2.048 Chips', 'GPT-4 mit 671 Milliarden Parametern', '0,55 und 2,19 pro Million Token', 'eine 1 mit zwölf Nullen'])(
    'does not mistake %j for a year',
    (text) => {
      const year = DATED_CLAIM.find((d) => d.what === 'a year');
      expect(year?.pattern.test(text)).toBe(false);
    },
  );
});

describe('the bundled glossary', () => {
  test('some entries hold dated claims (the check has something to check)', () => {
    expect(BUNDLED_GLOSSARY.filter((e) => datedClaims(e).length > 0).length).toBeGreaterThan(30);
  });

  test.each(BUNDLED_GLOSSARY.map((e) => [e.id, e] as const))('%s: every dated claim has a "checked" stamp', (_id, entry) => {
    expect(unstamped(entry)).toEqual([]);
  });

  test('stamps are valid dates', () => {
    for (const entry of BUNDLED_GLOSSARY) {
      if (entry.checked === undefined) continue;
      expect(entry.checked, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(entry.checked)), entry.id).toBe(false);
    }
  });
});
