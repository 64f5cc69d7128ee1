import type { GlossaryEntry } from '../../../src/core/glossary/types';

const source = { label: 'Test' };

function entry(e: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'id' | 'title' | 'forms' | 'short'>): GlossaryEntry {
  return { long: { de: '', en: '' }, category: 'concept', related: [], source, ...e };
}

/** A small glossary shaped like the bundled one, so ranking tests do not move when it grows. */
export const FIXTURE_GLOSSARY: GlossaryEntry[] = [
  entry({
    id: 'deepseek',
    title: { de: 'DeepSeek', en: 'DeepSeek' },
    forms: { de: ['DeepSeek'], en: ['DeepSeek'] },
    short: { de: 'Ein chinesisches KI-Unternehmen aus Hangzhou.', en: 'A Chinese AI company from Hangzhou.' },
    category: 'company',
    related: ['deepseek-r1'],
  }),
  entry({
    id: 'deepseek-r1',
    title: { de: 'DeepSeek R1', en: 'DeepSeek R1' },
    forms: { de: ['DeepSeek R1'], en: ['DeepSeek R1'] },
    short: {
      de: 'Ein Reasoning-Modell von DeepSeek mit Mixture-of-Experts-Architektur.',
      en: 'A reasoning model from DeepSeek with a mixture-of-experts architecture.',
    },
    category: 'model',
    related: ['deepseek', 'mixture-of-experts'],
  }),
  entry({
    id: 'mixture-of-experts',
    title: { de: 'Mixture of Experts', en: 'Mixture of Experts' },
    forms: { de: ['Mixture of Experts', 'MoE'], en: ['Mixture of Experts', 'MoE'] },
    short: {
      de: 'Eine Bauweise, bei der je Token nur ein Teil der Experten rechnet.',
      en: 'A design in which only some of the experts compute for each token.',
    },
    category: 'technique',
  }),
  entry({
    id: 'distillation',
    title: { de: 'Destillation', en: 'Distillation' },
    forms: { de: ['Destillation', 'destilliert'], en: ['distillation', 'distilled'] },
    short: {
      de: 'Ein kleines Modell lernt aus den Antworten eines großen.',
      en: 'A small model learns from the answers of a large one.',
    },
    category: 'technique',
  }),
  entry({
    id: 'sputnik-moment',
    title: { de: 'Sputnik-Moment', en: 'Sputnik moment' },
    forms: { de: ['Sputnik-Moment', 'Sputnikmoment'], en: ['Sputnik moment'] },
    short: {
      de: 'Ein Schock, der einem Land zeigt, dass es technisch überholt wurde.',
      en: 'A shock that shows a country it has been overtaken technologically.',
    },
    category: 'event',
  }),
  entry({
    id: 'ki',
    title: { de: 'Künstliche Intelligenz', en: 'Artificial intelligence' },
    forms: { de: ['KI', 'künstliche Intelligenz'], en: ['AI', 'artificial intelligence'] },
    short: { de: 'Computer, die Aufgaben lösen, die Denken erfordern.', en: 'Computers solving tasks that need thinking.' },
  }),
  entry({
    id: 'nvidia',
    title: { de: 'Nvidia', en: 'Nvidia' },
    forms: { de: ['Nvidia'], en: ['Nvidia'] },
    short: {
      de: 'Ein US-Chiphersteller, dessen Grafikprozessoren KI-Modelle trainieren.',
      en: 'A US chipmaker whose graphics processors train AI models.',
    },
    category: 'company',
  }),
  entry({
    id: 'reasoning-model',
    title: { de: 'Reasoning-Modell', en: 'Reasoning model' },
    forms: { de: ['Reasoning-Modell', 'Reasoning-Modelle'], en: ['reasoning model', 'reasoning models'] },
    short: {
      de: 'Ein Sprachmodell, das Schritt für Schritt denkt, ähnlich wie bei der Destillation gelernt.',
      en: 'A language model that thinks step by step before it answers.',
    },
    category: 'concept',
  }),
  entry({
    id: 'open-source',
    title: { de: 'Open Source', en: 'Open source' },
    forms: { de: ['Open Source'], en: ['open source', 'open-source'] },
    short: { de: 'Quelltext, den jeder lesen und ändern darf.', en: 'Source code anyone may read and change.' },
  }),
];
