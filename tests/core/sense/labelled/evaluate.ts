/**
 * Scores the sense filter on the labelled corpus: a label is marked when a
 * marked match of an entry with a `sense` rule covers exactly its span.
 * Glossary-sense labels that are marked are true positives; other-sense
 * labels that are marked are false positives.
 */
import { BUNDLED_GLOSSARY } from '../../../../src/core/glossary/bundled';
import type { GlossaryEntry } from '../../../../src/core/glossary/types';
import { collapseSeparators } from '../../../../src/core/text/normalize';
import { compile, markBlocks, type BlockMatch, type Compiled } from '../mark-blocks';
import type { Label, LabelledPage } from './parse';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Mistake {
  page: string;
  entry: string;
  /** The labelled text. */
  text: string;
  /** About 100 characters around it, the occurrence in «». */
  context: string;
  expected: 'glossary' | 'other';
  got: 'glossary' | 'other';
}

export interface Problem {
  page: string;
  block: number;
  text: string;
  context: string;
  /** `unmatched-label`: no match of the matcher has exactly this span (wrong span, or not a form). `not-ambiguous`: the span is a match of an entry without a sense rule, so it needs no label. `unlabelled`: a match of an ambiguous form with no label. */
  kind: 'unmatched-label' | 'not-ambiguous' | 'unlabelled';
  entry?: string;
}

export interface Evaluation extends Counts {
  precision: number;
  recall: number;
  perEntry: Record<string, Counts>;
  mistakes: Mistake[];
  problems: Problem[];
}

export interface EvaluateOptions {
  senses: boolean;
  /** Defaults to the bundled glossary. */
  entries?: readonly GlossaryEntry[];
}

const compiledCache = new WeakMap<readonly GlossaryEntry[], Compiled>();

function compiled(entries: readonly GlossaryEntry[]): Compiled {
  let c = compiledCache.get(entries);
  if (!c) {
    c = compile(entries);
    compiledCache.set(entries, c);
  }
  return c;
}

function formKey(text: string): string {
  return collapseSeparators(text).toLowerCase();
}

/** Per entry with a sense rule: the keys of its ambiguous forms. */
function ambiguousForms(entries: readonly GlossaryEntry[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!e.sense) continue;
    const forms = e.sense.forms ?? [...e.forms.de, ...e.forms.en];
    out.set(e.id, new Set(forms.map(formKey)));
  }
  return out;
}

export function contextOf(text: string, start: number, end: number, width = 100): string {
  const side = Math.max(0, Math.floor((width - (end - start)) / 2));
  const from = Math.max(0, start - side);
  const to = Math.min(text.length, end + side);
  return `${from > 0 ? '…' : ''}${text.slice(from, start)}«${text.slice(start, end)}»${text.slice(end, to)}${to < text.length ? '…' : ''}`;
}

function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

const spanKey = (block: number, start: number, end: number): string => `${block}:${start}:${end}`;

export function evaluate(pages: readonly LabelledPage[], options: EvaluateOptions): Evaluation {
  const entries = options.entries ?? BUNDLED_GLOSSARY;
  const c = compiled(entries);
  const ambiguous = ambiguousForms(entries);
  const total = emptyCounts();
  const perEntry: Record<string, Counts> = {};
  const mistakes: Mistake[] = [];
  const problems: Problem[] = [];

  for (const page of pages) {
    const input = { title: page.title, lang: page.lang, blocks: page.blocks };
    const all = markBlocks(c, { ...input, senses: false });
    const marked = options.senses ? markBlocks(c, { ...input, senses: true }) : all;
    const bySpan = new Map<string, BlockMatch>(all.map((m) => [spanKey(m.block, m.start, m.end), m]));
    const markedSpans = new Set(marked.filter((m) => ambiguous.has(m.id)).map((m) => spanKey(m.block, m.start, m.end)));
    const labelled = new Set<string>();
    const textOf = (l: Pick<Label, 'block' | 'start' | 'end'>): string => page.blocks[l.block]?.text ?? '';

    for (const label of page.labels) {
      const key = spanKey(label.block, label.start, label.end);
      labelled.add(key);
      const match = bySpan.get(key);
      const context = contextOf(textOf(label), label.start, label.end);
      const where = { page: page.id, block: label.block, text: label.text, context };
      if (!match) {
        problems.push({ ...where, kind: 'unmatched-label' });
        continue;
      }
      // A labelled form that the entry's rule leaves unambiguous is still scored: it is always marked, so a
      // rule that narrows its ambiguous forms pays for every other-sense label on the forms it leaves out.
      if (!ambiguous.has(match.id)) {
        problems.push({ ...where, kind: 'not-ambiguous', entry: match.id });
        continue;
      }
      const got = markedSpans.has(key);
      const counts = (perEntry[match.id] ??= emptyCounts());
      const cell = label.glossary ? (got ? 'tp' : 'fn') : got ? 'fp' : 'tn';
      counts[cell]++;
      total[cell]++;
      if (got !== label.glossary) {
        mistakes.push({
          page: page.id,
          entry: match.id,
          text: label.text,
          context,
          expected: label.glossary ? 'glossary' : 'other',
          got: got ? 'glossary' : 'other',
        });
      }
    }

    for (const m of all) {
      const forms = ambiguous.get(m.id);
      const text = textOf(m).slice(m.start, m.end);
      if (!forms?.has(formKey(text)) || labelled.has(spanKey(m.block, m.start, m.end))) continue;
      problems.push({ page: page.id, block: m.block, text, context: contextOf(textOf(m), m.start, m.end), kind: 'unlabelled', entry: m.id });
    }
  }

  const precision = total.tp + total.fp === 0 ? 0 : total.tp / (total.tp + total.fp);
  const recall = total.tp + total.fn === 0 ? 0 : total.tp / (total.tp + total.fn);
  return { ...total, precision, recall, perEntry, mistakes, problems };
}
