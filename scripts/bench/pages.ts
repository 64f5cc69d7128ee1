import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import type { Matcher } from '../../src/core/matcher';
import { seededRandom } from './matcher-bench-text';

type Lang = 'de' | 'en';


const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// {T} is a glossary term, {W} a plain word. The sentences read like news copy
// about the AI race, so terms sit where they would on a real page.
const TEMPLATES: Record<Lang, string[]> = {
  de: [
    'Am Montag veröffentlichte das Unternehmen neue Zahlen zu {T}, die Analysten überraschten.',
    'Der Bericht vergleicht {T} ausführlich mit {T} und kommt zu einem gemischten Ergebnis.',
    'Viele {W} fragen sich inzwischen, ob {T} die Kosten tatsächlich so stark senkt wie behauptet.',
    'Nach Angaben der Entwickler wurde {T} in wenigen Wochen trainiert.',
    'Kritiker weisen darauf hin, dass {T} nicht automatisch mit {T} gleichzusetzen ist.',
    'In der Debatte um {T} spielen auch politische Fragen eine Rolle.',
    'Die Börse reagierte nervös: Aktien aus dem Bereich {T} verloren deutlich an Wert.',
    'Wer {T} verstehen will, sollte zuerst wissen, was {T} bedeutet.',
    'Fachleute aus {W} und {W} diskutierten auf der Konferenz über {T}.',
    'Ein Sprecher erklärte, man beobachte die Entwicklung von {T} sehr genau.',
    'Laut einer Studie nutzen inzwischen viele Firmen {T} für ihre internen Abläufe.',
    'Der Vergleich zwischen {T} und {T} fällt je nach Aufgabe unterschiedlich aus.',
    'Für Einsteiger ist {T} oft schwer zu greifen, obwohl der Begriff überall auftaucht.',
    'Die Regierung kündigte an, die Folgen von {T} für den {W} zu prüfen.',
    'Im Labor zeigte sich, dass {T} bei Mathematikaufgaben besonders gut abschneidet.',
    'Ob {T} langfristig Bestand hat, ist unter Beobachtern umstritten.',
    'Nebenbei wurde bekannt, dass auch {T} an einem ähnlichen Projekt arbeitet.',
    'Die Kosten für {T} sanken binnen eines Jahres um ein Vielfaches.',
  ],
  en: [
    'On Monday the company published new figures on {T} that surprised analysts.',
    'The report compares {T} with {T} in detail and reaches a mixed verdict.',
    'Many {W} now wonder whether {T} really cuts costs as much as claimed.',
    'According to its developers, {T} was trained in a few weeks.',
    'Critics point out that {T} is not the same thing as {T}.',
    'Political questions also play a part in the debate about {T}.',
    'Markets reacted nervously: shares linked to {T} lost much of their value.',
    'To understand {T}, it helps to know what {T} means first.',
    'Experts from {W} and {W} discussed {T} at the conference.',
    'A spokesperson said they were watching the development of {T} very closely.',
    'According to a survey, many firms now use {T} for internal work.',
    'How {T} compares with {T} depends on the task.',
    'For newcomers {T} is often hard to grasp, although the term is everywhere.',
    'The government announced it would study the effects of {T} on the {W}.',
    'In the lab, {T} did especially well on maths problems.',
    'Whether {T} will last is disputed among observers.',
    'It also emerged that {T} is working on a similar project.',
    'The cost of {T} fell several times over within a year.',
  ],
};

const WORDS: Record<Lang, string[]> = {
  de: ['Forschung', 'Industrie', 'Politik', 'Wirtschaft', 'Hochschulen', 'Start-ups', 'Verbraucher', 'Anleger', 'Behörden', 'Medien'],
  en: ['research', 'industry', 'politics', 'business', 'universities', 'start-ups', 'consumers', 'investors', 'regulators', 'media'],
};

const HEADINGS: Record<Lang, string[]> = {
  de: ['Was hinter {T} steckt', '{T} im Überblick', 'Warum {T} wichtig ist', 'Neue Zahlen zu {T}', '{T} und {T}: ein Vergleich'],
  en: ['What is behind {T}', '{T} at a glance', 'Why {T} matters', 'New figures on {T}', '{T} and {T}: a comparison'],
};

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ„“"])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 20);
}

export interface GeneratedPages {
  /** The large page: file name under the generated-pages folder, sizes. */
  large: { file: string; bytes: number; textChars: number };
  small: { file: string; bytes: number; textChars: number };
  /** Paragraphs (inner HTML + language) appended by the incremental benchmark. */
  paragraphs: { html: string; lang: Lang; text: string }[];
}

class Writer {
  private readonly rand: () => number;
  private readonly prose: Record<Lang, string[]>;
  /** Entries a text in each language can mention (a scoped entry only in its language). */
  private readonly usable: Record<Lang, GlossaryEntry[]>;

  constructor(
    entries: readonly GlossaryEntry[],
    seed: number,
    article: string,
  ) {
    // Deterministic: the generated pages are the same on every run.
    this.rand = seededRandom(seed);
    const usable = (lang: Lang) => entries.filter((e) => e.forms[lang].length > 0 && (!e.scope || e.scope === lang));
    this.usable = { de: usable('de'), en: usable('en') };
    this.prose = {
      de: [...sentences(article), ...entries.flatMap((e) => [...sentences(e.short.de), ...sentences(e.long.de)])],
      en: entries.flatMap((e) => [...sentences(e.short.en), ...sentences(e.long.en)]),
    };
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)] as T;
  }

  chance(p: number): boolean {
    return this.rand() < p;
  }

  /** A glossary term as a page would write it: spelling variants, sometimes split by or wrapped in inline markup. */
  term(lang: Lang): string {
    const entry = this.pick(this.usable[lang]);
    let form = this.pick(entry.forms[lang]);
    if (form.includes(' ') && this.chance(0.3)) form = form.replace(/ /g, '-');
    const words = form.split(' ');
    if (words.length > 1 && this.chance(0.15)) {
      return `<b>${escapeHtml(words[0] as string)}</b> ${escapeHtml(words.slice(1).join(' '))}`;
    }
    const html = escapeHtml(form);
    const r = this.rand();
    if (r < 0.15) return `<a href="#${entry.id}">${html}</a>`;
    if (r < 0.22) return `<em>${html}</em>`;
    if (r < 0.27) return `<strong>${html}</strong>`;
    return html;
  }

  fill(template: string, lang: Lang): string {
    return escapeHtml(template)
      .replace(/\{T\}/g, () => this.term(lang))
      .replace(/\{W\}/g, () => this.pick(WORDS[lang]));
  }

  sentence(lang: Lang): string {
    return this.chance(0.4) ? escapeHtml(this.pick(this.prose[lang])) : this.fill(this.pick(TEMPLATES[lang]), lang);
  }

  paragraph(lang: Lang, min = 3, max = 7): string {
    const n = min + Math.floor(this.rand() * (max - min + 1));
    return Array.from({ length: n }, () => this.sentence(lang)).join(' ');
  }

  article(index: number): string {
    const lang: Lang = this.chance(0.6) ? 'de' : 'en';
    const parts: string[] = [
      `<article id="story-${index}" lang="${lang}" class="story">`,
      `<header><h2>${this.fill(this.pick(HEADINGS[lang]), lang)}</h2>`,
      `<p class="byline">${lang === 'de' ? 'Von der Redaktion' : 'By the newsroom'} · <time datetime="2025-01-31">31.01.2025</time></p></header>`,
    ];
    const paragraphs = 4 + Math.floor(this.rand() * 6);
    for (let i = 0; i < paragraphs; i++) {
      parts.push(`<p>${this.paragraph(lang)}</p>`);
      const extra = this.rand();
      if (extra < 0.1) {
        parts.push(`<ul>${Array.from({ length: 3 + Math.floor(this.rand() * 3) }, () => `<li>${this.sentence(lang)}</li>`).join('')}</ul>`);
      } else if (extra < 0.16) {
        parts.push(`<blockquote><p>${this.paragraph(lang, 1, 2)}</p></blockquote>`);
      } else if (extra < 0.2) {
        const rows = Array.from({ length: 3 }, () => `<tr><th>${this.term(lang)}</th><td>${this.sentence(lang)}</td></tr>`);
        parts.push(`<table><tbody>${rows.join('')}</tbody></table>`);
      } else if (extra < 0.23) {
        // Code is never scanned; the terms in it are there to prove it.
        parts.push(`<pre><code>pip install deepseek-r1 # DeepSeek R1, Mixture of Experts, KI</code></pre>`);
      } else if (extra < 0.27) {
        parts.push(`<figure><div class="img"></div><figcaption>${this.sentence(lang)}</figcaption></figure>`);
      }
    }
    parts.push(
      `<aside><nav>${Array.from({ length: 3 }, () => `<a href="#">${this.term(lang)}</a>`).join(' · ')}</nav></aside>`,
      '</article>',
    );
    return parts.join('\n');
  }
}

const STYLE =
  'body{font:16px/1.5 Georgia,serif;margin:0 auto;max-width:46rem;padding:1rem}' +
  'table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem}.img{height:4rem;background:#eee}';

function page(title: string, body: string): string {
  return (
    `<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>${title}</title>` +
    `<style>${STYLE}</style></head><body>\n${body}\n</body></html>\n`
  );
}

function textLength(html: string): number {
  const text = html
    .replace(/<(style|pre)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt);/g, 'x');
  return text.length;
}

/**
 * Writes the generated pages into `dir`: a large page of German and English
 * news copy (at least `textChars` characters of text, glossary terms every
 * sentence or so, with the markup real pages have: links, emphasis, lists,
 * tables, code blocks), a small page for the incremental benchmark, and the
 * paragraphs that benchmark appends.
 */
export function generatePages(options: {
  dir: string;
  entries: readonly GlossaryEntry[];
  articleText: string;
  textChars: number;
  paragraphs: number;
  matcher: Matcher;
}): GeneratedPages {
  const { dir, entries, articleText } = options;
  mkdirSync(dir, { recursive: true });
  const writer = new Writer(entries, 20250131, articleText);

  const chunks: string[] = [
    '<header><nav><a href="#">Start</a> · <a href="#">KI</a> · <a href="#">Wirtschaft</a></nav><h1>KI-Wettlauf: Das Dossier</h1></header>',
    '<main>',
  ];
  let text = 0;
  for (let i = 0; text < options.textChars; i++) {
    const html = writer.article(i);
    text += textLength(html);
    chunks.push(html);
  }
  chunks.push('</main>', '<footer><p>© 2025 Klartext-Benchmark · generiert, nicht echt</p></footer>');
  const largeHtml = page('Klartext benchmark: 5 MB', chunks.join('\n'));
  const largeFile = 'klartext-5mb.html';
  writeFileSync(path.join(dir, largeFile), largeHtml);

  const small = new Writer(entries, 7, articleText);
  const smallHtml = page(
    'Klartext benchmark: live ticker',
    `<header><h1>Liveticker</h1></header><main>${Array.from({ length: 3 }, (_, i) => small.article(i)).join('\n')}</main>`,
  );
  const smallFile = 'incremental-small.html';
  writeFileSync(path.join(dir, smallFile), smallHtml);

  const live = new Writer(entries, 100, articleText);
  const paragraphs = Array.from({ length: options.paragraphs }, (_, i) => {
    const lang: Lang = i % 3 === 2 ? 'en' : 'de';
    // The first sentence always comes from a template, so each paragraph holds terms.
    const html = `${live.fill(live.pick(TEMPLATES[lang]), lang)} ${live.paragraph(lang, 1, 2)}`;
    const text = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    return { html, lang, text };
  });
  const withTerms = paragraphs.filter((p) => options.matcher.match(p.text, { lang: p.lang }).length > 0).length;
  if (withTerms < paragraphs.length) {
    throw new Error(`only ${withTerms} of ${paragraphs.length} generated paragraphs contain a glossary term`);
  }
  return {
    large: { file: largeFile, bytes: Buffer.byteLength(largeHtml), textChars: text },
    small: { file: smallFile, bytes: Buffer.byteLength(smallHtml), textChars: textLength(smallHtml) },
    paragraphs,
  };
}

export function readArticle(sharedDir: string): string {
  try {
    return readFileSync(path.join(sharedDir, 'source/ki-wettlauf-deepseek-r1.de.txt'), 'utf8');
  } catch {
    return '';
  }
}
