import type { GlossaryEntry, Lang } from '../../src/core/glossary/types';

/**
 * A deterministic ~5 MB German/English text for the matcher benchmark:
 * everyday sentences with glossary forms dropped in, spelled the ways pages
 * spell them (hyphenated compounds, no-break spaces, soft hyphens, possessives,
 * capitals), so the matcher and the regex baselines see realistic input.
 */

/** mulberry32: small, seedable, good enough to vary a text. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEMPLATES: Record<Lang, string[]> = {
  de: [
    'Am Montag meldeten mehrere Zeitungen, dass {T} die Branche gründlich verändert habe.',
    'Fachleute in München und Wien streiten darüber, ob {T} wirklich so günstig ist, wie behauptet wird.',
    'Die Diskussion über {T} und {T} wurde in den Foren schnell hitzig – manche sprechen von Übertreibung.',
    'Wer sich für {T} interessiert, findet in der Übersicht zahlreiche Erklärungen und Beispiele.',
    'Laut einer Mitteilung vom 27. Januar 2025 stieg das Interesse an {T} deutlich.',
    'Für die Studie wurden 1.200 Haushalte befragt; die Ergebnisse überraschten viele Beobachter.',
    'Nach dem Mittagessen ging die Sitzung weiter, ohne dass eine Entscheidung fiel.',
    'Die Straße vor dem Rathaus war wegen Bauarbeiten gesperrt, der Verkehr staute sich.',
    'Im Vergleich zu {T} wirkt das ältere Verfahren umständlich und teuer.',
  ],
  en: [
    'On Monday several newspapers reported that {T} had shaken up the whole industry.',
    'Analysts in London and New York disagree on whether {T} is really as cheap as claimed.',
    'The debate about {T} and {T} quickly got heated online, with some calling it overblown.',
    'Anyone curious about {T} will find plenty of explanations and examples in the overview.',
    'According to a statement from 27 January 2025, interest in {T} rose sharply.',
    'The survey covered 1,200 households, and the results surprised many observers.',
    'After lunch the meeting carried on without anyone reaching a decision.',
    'The road outside the town hall was closed for works, and traffic backed up for miles.',
    'Compared with {T}, the older approach looks clumsy and expensive.',
  ],
};

const SUFFIXES: Record<Lang, string[]> = { de: ['-Modell', '-Ansatz', '-Debatte'], en: ['-based', '-style', ' model'] };

/** One glossary form as a page might print it. */
function spell(form: string, lang: Lang, random: () => number): string {
  const roll = random();
  if (roll < 0.55) return form;
  if (roll < 0.65) return form.replace(/ /g, '-');
  if (roll < 0.72) return form.replace(/ /g, '\u00A0');
  if (roll < 0.78 && form.length > 8) return `${form.slice(0, 4)}\u00AD${form.slice(4)}`;
  if (roll < 0.86) return form + SUFFIXES[lang][Math.floor(random() * 3)];
  if (roll < 0.93) return `${form}${lang === 'de' ? 's' : '’s'}`;
  return form.toUpperCase();
}

export function buildBenchText(glossary: readonly GlossaryEntry[], targetLength: number, seed = 42): string {
  const random = seededRandom(seed);
  const forms: Record<Lang, string[]> = {
    de: glossary.flatMap((e) => e.forms.de),
    en: glossary.flatMap((e) => e.forms.en),
  };
  const parts: string[] = [];
  let length = 0;
  while (length < targetLength) {
    // Paragraphs of one language, as on real pages; German first and more often.
    const lang: Lang = random() < 0.6 ? 'de' : 'en';
    const pool = forms[lang].length > 0 ? forms[lang] : forms.de;
    const templates = TEMPLATES[lang];
    let paragraph = '';
    for (let s = 0; s < 6; s++) {
      const template = templates[Math.floor(random() * templates.length)] ?? '';
      paragraph += `${template.replace(/\{T\}/g, () => spell(pool[Math.floor(random() * pool.length)] ?? '', lang, random))} `;
    }
    parts.push(paragraph, '\n\n');
    length += paragraph.length + 2;
  }
  return parts.join('').slice(0, targetLength);
}
