import { describe, expect, it } from 'vitest';
import { BUNDLED_GLOSSARY } from '../../../src/core/glossary/bundled';
import { createSearchIndex, searchGlossary } from '../../../src/core/search/glossary-search';

// The shipped glossary, as readers will search it. If an entry is renamed or
// removed, update the expectation rather than the ranking.
const index = createSearchIndex(BUNDLED_GLOSSARY);
const top = (query: string, lang: 'de' | 'en' = 'en') => searchGlossary(index, query, { lang })[0];

describe('search over the bundled glossary', () => {
  it.each([
    ['Destilation', 'distillation'],
    ['mixtur of experts', 'mixture-of-experts'],
    ['sputnik moment', 'sputnik-moment'],
    ['deep seek', 'deepseek'],
    ['deepsek r1', 'deepseek-r1'],
    ['nvida', 'nvidia'],
    ['resoning model', 'reasoning-model'],
    ['open wieghts', 'open-weights'],
    ['chatgtp', 'chatgpt'],
    ['kunstliche inteligenz', 'artificial-intelligence'],
    ['exportkontrolen', 'export-controls'],
    ['reinforcment learning', 'reinforcement-learning'],
    ['Benchmarck', 'benchmark'],
    ['Gemeni', 'gemini'],
    ['Anthropik', 'anthropic'],
  ])('%s → %s', (query, id) => {
    expect(top(query)?.entry.id).toBe(id);
    expect(top(query, 'de')?.entry.id).toBe(id);
  });

  it('puts exact and prefix name hits above every explanation hit', () => {
    for (const query of ['DeepSeek', 'OpenAI', 'KI', 'GPU', 'H800', 'Token']) {
      const hits = searchGlossary(index, query);
      const firstText = hits.findIndex((h) => h.tier === 'text');
      const lastDirect = hits.map((h) => h.tier).lastIndexOf('prefix');
      expect(hits[0]?.tier === 'exact' || hits[0]?.tier === 'prefix').toBe(true);
      if (firstText >= 0) expect(lastDirect).toBeLessThan(firstText);
    }
  });

  it('answers in well under a frame', () => {
    const queries = ['Destilation', 'mixtur of experts', 'sputnik moment', 'deep seek', 'k', 'export', 'Markt'];
    const start = performance.now();
    for (let i = 0; i < 5; i++) for (const q of queries) searchGlossary(index, q);
    expect((performance.now() - start) / (queries.length * 5)).toBeLessThan(50);
  });
});
