import { describe, expect, it } from 'vitest';
import { createSearchIndex, searchGlossary, type SearchHit } from '../../../src/core/search/glossary-search';
import { FIXTURE_GLOSSARY } from './fixture-glossary';

const index = createSearchIndex(FIXTURE_GLOSSARY);
const ids = (query: string): string[] => searchGlossary(index, query).map((h) => h.entry.id);
const top = (query: string): SearchHit => {
  const hit = searchGlossary(index, query)[0];
  if (!hit) throw new Error(`no hit for ${query}`);
  return hit;
};
const emphasised = (hit: SearchHit): string[] => {
  const m = hit.name ?? hit.explanation;
  return m ? m.ranges.map((r) => m.text.slice(r.start, r.end)) : [];
};

describe('searchGlossary: typos from the issue', () => {
  it.each([
    ['Destilation', 'distillation'],
    ['mixtur of experts', 'mixture-of-experts'],
    ['sputnik moment', 'sputnik-moment'],
    ['deep seek', 'deepseek'],
    ['nvida', 'nvidia'],
    ['resoning model', 'reasoning-model'],
    ['opn source', 'open-source'],
    ['Sputnikmomemt', 'sputnik-moment'],
    ['kunstliche inteligenz', 'ki'],
    ['DEEPSEEK-R1', 'deepseek-r1'],
  ])('%s → %s first', (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });
});

describe('searchGlossary: ranking', () => {
  it('puts an exact name first, then names it begins', () => {
    expect(ids('deepseek').slice(0, 2)).toEqual(['deepseek', 'deepseek-r1']);
    expect(top('deepseek').tier).toBe('exact');
    expect(searchGlossary(index, 'deepseek')[1]?.tier).toBe('prefix');
  });

  it('ranks a name hit above a mention in an explanation', () => {
    // "Destillation" is in reasoning-model's explanation too.
    expect(ids('Destillation')).toEqual(['distillation', 'reasoning-model']);
    expect(searchGlossary(index, 'Destillation')[1]?.tier).toBe('text');
    // "experts" starts a word of the MoE title, and is in DeepSeek R1's short text.
    expect(ids('experts').slice(0, 2)).toEqual(['mixture-of-experts', 'deepseek-r1']);
  });

  it('finds words in any order and from the middle of a name', () => {
    expect(top('r1 deepseek').entry.id).toBe('deepseek-r1');
    expect(top('r1').entry.id).toBe('deepseek-r1');
    expect(top('seek').tier).toBe('word');
  });

  it('matches acronyms and forms in either language', () => {
    expect(top('KI').entry.id).toBe('ki');
    expect(top('ai').entry.id).toBe('ki');
    expect(top('moe').entry.id).toBe('mixture-of-experts');
    expect(top('distilled').entry.id).toBe('distillation');
  });

  it('finds explanation words, short explanation first', () => {
    const hit = top('Hangzhou');
    expect(hit.entry.id).toBe('deepseek');
    expect(hit.tier).toBe('text');
    expect(hit.explanation?.field).toBe('short');
  });

  it('does not let a weak fuzzy name beat a real mention', () => {
    expect(ids('token')[0]).toBe('mixture-of-experts');
    expect(top('token').tier).toBe('text');
  });

  it('returns one hit per entry', () => {
    const all = ids('deepseek');
    expect(new Set(all).size).toBe(all.length);
  });

  it('returns nothing for empty or punctuation-only queries', () => {
    expect(searchGlossary(index, '')).toEqual([]);
    expect(searchGlossary(index, '  -–. ')).toEqual([]);
  });

  it('keeps one-letter queries to names starting with it', () => {
    const hits = searchGlossary(index, 'd');
    expect(hits.every((h) => h.tier === 'prefix' || h.tier === 'word')).toBe(true);
    expect(hits.map((h) => h.entry.id)).toContain('distillation');
  });

  it('honours the limit', () => {
    expect(searchGlossary(index, 'd', { limit: 2 })).toHaveLength(2);
  });

  it('copes with very long input', () => {
    expect(() => searchGlossary(index, 'x'.repeat(10_000))).not.toThrow();
  });
});

describe('searchGlossary: emphasis ranges', () => {
  it('covers the matched part of the name as written', () => {
    expect(emphasised(top('deep seek'))).toEqual(['DeepSeek']);
    expect(emphasised(searchGlossary(index, 'deep')[1] as SearchHit)).toEqual(['Deep']);
    expect(emphasised(top('sputnik moment'))).toEqual(['Sputnik-Moment']);
    expect(emphasised(top('r1 deepseek'))).toEqual(['DeepSeek', 'R1']);
  });

  it('emphasises diacritics-insensitive matches in the original', () => {
    const hit = top('kunstliche');
    expect(hit.name?.text).toBe('Künstliche Intelligenz');
    expect(emphasised(hit)).toEqual(['Künstliche']);
  });

  it('gives explanation hits ranges in the explanation', () => {
    expect(emphasised(top('Hangzhou'))).toEqual(['Hangzhou']);
  });

  it('gives fuzzy hits ranges inside the name', () => {
    const hit = top('Destilation');
    expect(hit.tier).toBe('fuzzy');
    for (const r of hit.name?.ranges ?? []) {
      expect(r.start).toBeGreaterThanOrEqual(0);
      expect(r.end).toBeLessThanOrEqual(hit.name?.text.length ?? 0);
      expect(r.end).toBeGreaterThan(r.start);
    }
    expect(hit.name?.ranges.length).toBeGreaterThan(0);
  });
});
