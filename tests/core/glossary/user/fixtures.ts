import type { GlossaryEntry } from '../../../../src/core/glossary/types';
import { emptyUserGlossary, type UserGlossary } from '../../../../src/core/glossary/user/types';

/** A valid, normalised entry (as the validator returns it) with one form per language. */
export function entry(id: string, overrides: Partial<GlossaryEntry> = {}): GlossaryEntry {
  const name = id.replace(/-/g, ' ');
  return {
    id,
    title: { de: name, en: name },
    forms: { de: [`${name} de`], en: [`${name} en`] },
    matchCase: [],
    short: { de: `Kurz zu ${name}.`, en: `Short on ${name}.` },
    long: { de: '', en: '' },
    category: 'concept',
    related: [],
    source: { label: 'Test' },
    ...overrides,
  };
}

export const BUNDLED: GlossaryEntry[] = [
  entry('ki', { title: { de: 'Künstliche Intelligenz', en: 'Artificial intelligence' }, forms: { de: ['KI', 'künstliche Intelligenz'], en: ['AI'] } }),
  entry('deepseek', { forms: { de: ['DeepSeek'], en: ['DeepSeek'] }, related: ['ki'] }),
  entry('distillation', { forms: { de: ['Destillation'], en: ['Distillation'] } }),
];

export function userGlossary(overrides: Partial<UserGlossary> = {}): UserGlossary {
  return { ...emptyUserGlossary(), ...overrides };
}

export function file(body: Record<string, unknown>): string {
  return JSON.stringify({ format: 'klartext-glossary', version: 1, ...body });
}
