import { CATEGORIES } from '../../src/core/glossary/types';

test('categories are unique', () => {
  expect(new Set(CATEGORIES).size).toBe(CATEGORIES.length);
});
