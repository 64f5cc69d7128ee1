import type { GlossaryEntry, Lang } from '../../../src/core/glossary/types';

export interface EntrySpec {
  de?: string[];
  en?: string[];
  matchCase?: string[];
  scope?: Lang;
}

/** A minimal valid entry: the matcher only reads id, forms, matchCase and scope. */
export function entry(id: string, spec: EntrySpec): GlossaryEntry {
  return {
    id,
    title: { de: id, en: id },
    forms: { de: spec.de ?? [], en: spec.en ?? [] },
    ...(spec.matchCase ? { matchCase: spec.matchCase } : {}),
    ...(spec.scope ? { scope: spec.scope } : {}),
    short: { de: '', en: '' },
    long: { de: '', en: '' },
    category: 'concept',
    related: [],
    source: { label: 'test' },
  };
}

/** Hand-written glossary for the rule tests, deliberately not the bundled one. */
export const TEST_GLOSSARY: GlossaryEntry[] = [
  entry('ki', { de: ['KI', 'künstliche Intelligenz', 'künstlichen Intelligenz'], en: ['AI', 'artificial intelligence'] }),
  entry('deepseek-r1', { de: ['DeepSeek R1'], en: ['DeepSeek R1', 'DeepSeek-R1'] }),
  entry('deepseek', { de: ['DeepSeek'], en: ['DeepSeek'] }),
  entry('moe', { de: ['Mixture of Experts', 'MoE'], en: ['Mixture of Experts', 'MoE'], matchCase: ['MoE'] }),
  entry('open-source', { de: ['Open Source'], en: ['open source'] }),
  entry('meta', { de: ['Meta'], en: ['Meta'], matchCase: ['Meta'] }),
  entry('llm', { de: ['LLM', 'Sprachmodell', 'Sprachmodelle', 'Sprachmodells'], en: ['LLM', 'large language model'] }),
  entry('gpt-4', { de: ['GPT-4'], en: ['GPT-4'] }),
  entry('distillation', { de: ['Destillation'], en: ['distillation'] }),
  entry('openai', { de: ['OpenAI'], en: ['OpenAI'] }),
  entry('anthropic', { de: ['Anthropic'], en: ['Anthropic'] }),
  entry('billion-de', { de: ['Billion', 'Billionen'], scope: 'de' }),
  entry('billion-en', { en: ['billion'], scope: 'en' }),
  entry('nvidia', { de: ['Nvidia'], en: ['Nvidia'] }),
];
