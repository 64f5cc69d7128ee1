import type { TermMatch } from '../../../src/core/glossary/types';
import { BUNDLED_GLOSSARY } from '../../../src/core/glossary/bundled';
import { compileMatcher } from '../../../src/core/matcher';
import { compileSenses, SenseFilter } from '../../../src/core/sense';

function sift(text: string) {
  const index = compileSenses(BUNDLED_GLOSSARY);
  const matches = compileMatcher(BUNDLED_GLOSSARY).match(text, { lang: 'en' });
  const filter = new SenseFilter<TermMatch>({ index, title: 'A page', keyOf: () => null });
  const keep = filter.sift({ text, matches, blockStarts: [0], heading: () => '' }, (i) => matches[i] as TermMatch);
  return { index, matches, keep, filter };
}

test('a page without ambiguous terms never builds the cue tables', () => {
  const { index, matches, keep, filter } = sift('DeepSeek and OpenAI compete; Nvidia sells the chips.');
  expect(matches.map((m) => m.id)).toEqual(expect.arrayContaining(['openai', 'nvidia']));
  expect(keep).toBeNull();
  expect(index.cuesBuilt).toBe(false);
  expect(filter.takeBuildMs()).toBe(0);
  expect(index.byId.has('claude')).toBe(true);
});

test('the first ambiguous term builds them, and is decided with them', () => {
  const { index, matches, keep, filter } = sift('Claude Debussy wrote Clair de lune for the piano.');
  expect(matches.map((m) => m.id)).toContain('claude');
  expect(index.cuesBuilt).toBe(true);
  // The scan's measure reports the build once.
  expect(filter.takeBuildMs()).toBeGreaterThan(0);
  expect(filter.takeBuildMs()).toBe(0);
  expect(keep?.[matches.findIndex((m) => m.id === 'claude')]).toBe(false);
});
