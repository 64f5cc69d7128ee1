import type { LabelledPage } from './parse';

/** A split's size and spread: pages, labels in each sense, languages and genres (no score). */
export function describeSplit(pages: readonly LabelledPage[]): string {
  const labels = pages.flatMap((p) => p.labels);
  const glossary = labels.filter((l) => l.glossary).length;
  const count = (key: (p: LabelledPage) => string): string =>
    [...pages.reduce((m, p) => m.set(key(p), (m.get(key(p)) ?? 0) + 1), new Map<string, number>())]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  return [
    `${pages.length} pages, ${labels.length} labels (${glossary} glossary = ${((glossary / labels.length) * 100).toFixed(1)} %, ${labels.length - glossary} other)`,
    `  languages: ${count((p) => p.lang)}`,
    `  genres: ${count((p) => p.genre)}`,
  ].join('\n');
}
