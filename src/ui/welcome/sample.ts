/**
 * The welcome page's live sample: a short paragraph in the UI language whose
 * glossary terms are found by the real matcher in the bundled glossary, split
 * into plain text and term pieces. (The content script does not run on
 * extension pages, so the page marks the sample itself.)
 */
import { BUNDLED_GLOSSARY } from '../../core/glossary/bundled';
import type { GlossaryEntry, Lang } from '../../core/glossary/types';
import { compileMatcher } from '../../core/matcher';

export const SAMPLE_TEXT: Record<Lang, string> = {
  de: 'Ende Januar 2025 stellte ein chinesisches Start-up DeepSeek R1 vor. Das Sprachmodell ist als Mixture of Experts gebaut: Für jedes Wort rechnet nur ein kleiner Teil seiner Modellparameter.',
  en: 'In late January 2025 a Chinese start-up presented DeepSeek R1. The language model is built as a Mixture of Experts: for each word, only a small part of its model parameters does the work.',
};

export type SamplePiece = { text: string; entry?: undefined } | { text: string; entry: GlossaryEntry };

/**
 * The sample split at its terms. Familiar terms (KI, Google…) stay plain, as
 * the content script leaves them undrawn by default.
 */
export function samplePieces(lang: Lang, entries: readonly GlossaryEntry[] = BUNDLED_GLOSSARY): SamplePiece[] {
  const text = SAMPLE_TEXT[lang];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const pieces: SamplePiece[] = [];
  let at = 0;
  for (const match of compileMatcher(entries).match(text, { lang })) {
    const entry = byId.get(match.id);
    if (!entry || entry.familiar) continue;
    if (match.start > at) pieces.push({ text: text.slice(at, match.start) });
    pieces.push({ text: text.slice(match.start, match.end), entry });
    at = match.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
