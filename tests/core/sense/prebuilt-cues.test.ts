import { readFileSync } from 'node:fs';
import path from 'node:path';
import BUNDLED_INDEX from 'virtual:klartext-match-index';
import BUNDLED_SENSE_CUES from 'virtual:klartext-sense-cues';
import { BUNDLED_GLOSSARY } from '../../../src/core/glossary/bundled';
import type { GlossaryEntry, MatchEntry } from '../../../src/core/glossary/types';
import { compileMatcher } from '../../../src/core/matcher';
import { compileSenses } from '../../../src/core/sense';
import { parseLabelled } from './labelled/parse';
import { compile, markBlocks, markedTexts, type Compiled } from './mark-blocks';

// What the content script compiles: the match index (senses without cue lists) and the cue tables built at build time.
const prebuilt = (entries: readonly MatchEntry[]): Compiled => ({ matcher: compileMatcher(entries), senses: compileSenses(entries, BUNDLED_SENSE_CUES) });

test('the content script gets the bundled senses without their cue lists', () => {
  const withSense = BUNDLED_INDEX.filter((e) => e.sense);
  expect(withSense.length).toBe(BUNDLED_GLOSSARY.filter((e) => e.sense).length);
  expect(withSense.filter((e) => e.sense?.cues || e.sense?.against)).toEqual([]);
});

test('prebuilt cue tables decide every labelled occurrence exactly as cue lists compiled in the page do', () => {
  const fromLists = compile(BUNDLED_GLOSSARY);
  const fromSnapshot = prebuilt(BUNDLED_INDEX);
  let occurrences = 0;
  for (const split of ['dev', 'test', 'holdout', 'fresh', 'fresh2', 'fresh3', 'fresh4']) {
    const pages = parseLabelled(readFileSync(path.join(process.cwd(), `tests/core/sense/labelled/${split}.txt`), 'utf8'));
    for (const page of pages) {
      const input = { title: page.title, lang: page.lang, blocks: page.blocks };
      const a = markBlocks(fromLists, input);
      const b = markBlocks(fromSnapshot, input);
      expect({ page: page.id, marks: b.map((m) => `${m.id}@${m.block}:${m.start}`) }).toEqual({ page: page.id, marks: a.map((m) => `${m.id}@${m.block}:${m.start}`) });
      occurrences += page.labels.length;
    }
  }
  expect(occurrences).toBeGreaterThan(2000);
});

test("an entry of the reader's own that replaces a bundled one with cues of its own decides by those alone", () => {
  const token = BUNDLED_INDEX.find((e) => e.id === 'token') as MatchEntry;
  const own: GlossaryEntry = {
    ...(BUNDLED_GLOSSARY.find((e) => e.id === 'token') as GlossaryEntry),
    sense: { cues: ['spielmarke*', 'automat*'], against: ['sprachmodell*'] },
  };
  const c = prebuilt([...BUNDLED_INDEX.filter((e) => e !== token), own]);
  const run = (text: string) => markedTexts([{ text, heading: '' }], markBlocks(c, { title: '', lang: 'de', blocks: [{ text, heading: '' }] }));
  expect(run('Der Automat nimmt nur einen Token als Spielmarke.')).toContain('Token');
  expect(run('Ein Sprachmodell liest jeden Token einzeln.')).not.toContain('Token');
});
