import type { Category, Lang } from '../../core/glossary/types';

/** A piece of the sample paragraph: plain text, or a term with its entry id and category. */
export type PreviewPart = string | { text: string; id: string; category: Category };

const term = (text: string, id: string, category: Category): PreviewPart => ({ text, id, category });

export const PREVIEW_TEXT: Record<Lang, PreviewPart[]> = {
  de: [
    'Das chinesische ',
    term('KI', 'ki', 'concept'),
    '-Labor ',
    term('DeepSeek', 'deepseek', 'company'),
    ' hat mit ',
    term('R1', 'deepseek-r1', 'model'),
    ' ein offenes ',
    term('Sprachmodell', 'llm', 'concept'),
    ' vorgestellt. Trainiert wurde es auf ',
    term('GPUs', 'gpu', 'hardware'),
    ' von Nvidia; kleinere Modelle entstanden per ',
    term('Destillation', 'distillation', 'technique'),
    '. Auch andere ',
    term('KI', 'ki', 'concept'),
    '-Firmen reagierten.',
  ],
  en: [
    'The Chinese ',
    term('AI', 'ki', 'concept'),
    ' lab ',
    term('DeepSeek', 'deepseek', 'company'),
    ' released ',
    term('R1', 'deepseek-r1', 'model'),
    ', an open ',
    term('language model', 'llm', 'concept'),
    '. It was trained on Nvidia ',
    term('GPUs', 'gpu', 'hardware'),
    '; smaller models were made by ',
    term('distillation', 'distillation', 'technique'),
    '. Other ',
    term('AI', 'ki', 'concept'),
    ' firms reacted.',
  ],
};
