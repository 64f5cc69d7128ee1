import { back, follow, type EntryHistory } from '../../../src/core/glossary/entry-history';

const term = { id: 'kimi', textLang: 'en-GB', formLang: 'en' as const, suggestion: true };

test('from an empty history (no popover) there is nothing to follow or go back to', () => {
  const empty: EntryHistory = [];
  expect(follow(empty, 'llm')).toEqual([]);
  expect(back(empty)).toEqual([]);
});

test('a related entry keeps the context where the term was met and is no suggestion', () => {
  const history = follow([term], 'llm');
  expect(history).toEqual([term, { id: 'llm', textLang: 'en-GB', formLang: 'en', suggestion: false }]);
});

test('each related entry is read in the first one’s context, however deep the reader goes', () => {
  const history = follow(follow([term], 'llm'), 'distillation');
  expect(history.map((s) => s.id)).toEqual(['kimi', 'llm', 'distillation']);
  expect(history.at(-1)).toEqual({ id: 'distillation', textLang: 'en-GB', formLang: 'en', suggestion: false });
});

test('back returns along the way the reader came, and stops at the first entry', () => {
  let history = follow(follow([term], 'llm'), 'distillation');
  history = back(history);
  expect(history.at(-1)?.id).toBe('llm');
  history = back(history);
  expect(history).toEqual([term]);
  expect(back(history)).toEqual([term]);
});

test('a history is a value: following or going back leaves the one it came from as it was', () => {
  const first: EntryHistory = [{ ...term }];
  const next = follow(first, 'llm');
  expect(first).toEqual([term]);
  expect(back(next)).not.toBe(next);
  expect(next).toHaveLength(2);
  // The first step itself is copied, not edited into the related one.
  expect(next[0]).toEqual(term);
});
