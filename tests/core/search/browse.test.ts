import { describe, expect, it } from 'vitest';
import { groupByCategory } from '../../../src/core/search/browse';
import { FIXTURE_GLOSSARY } from './fixture-glossary';

const LABELS: Record<string, string> = { company: 'Unternehmen', model: 'KI-Modell', technique: 'Technik', event: 'Ereignis', concept: 'Begriff' };

describe('groupByCategory', () => {
  it('groups by category, categories and titles A–Z in the given language', () => {
    const groups = groupByCategory(FIXTURE_GLOSSARY, { lang: 'de', label: (c) => LABELS[c] ?? c });
    expect(groups.map((g) => g.label)).toEqual(['Begriff', 'Ereignis', 'KI-Modell', 'Technik', 'Unternehmen']);
    const concepts = groups[0]?.entries.map((e) => e.title.de);
    expect(concepts).toEqual(['Künstliche Intelligenz', 'Open Source', 'Reasoning-Modell']);
    expect(groups.find((g) => g.category === 'technique')?.entries.map((e) => e.id)).toEqual([
      'distillation',
      'mixture-of-experts',
    ]);
  });

  it('sorts by English titles for an English UI', () => {
    const groups = groupByCategory(FIXTURE_GLOSSARY, { lang: 'en', label: (c) => c });
    expect(groups.find((g) => g.category === 'concept')?.entries.map((e) => e.title.en)).toEqual([
      'Artificial intelligence',
      'Open source',
      'Reasoning model',
    ]);
  });

  it('leaves out categories without entries and counts every entry once', () => {
    const groups = groupByCategory(FIXTURE_GLOSSARY, { lang: 'en', label: (c) => c });
    expect(groups.some((g) => g.category === 'hardware')).toBe(false);
    expect(groups.reduce((n, g) => n + g.entries.length, 0)).toBe(FIXTURE_GLOSSARY.length);
  });
});
