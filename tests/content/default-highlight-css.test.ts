import { readFileSync } from 'node:fs';
import path from 'node:path';
import { highlightCss, isDefaultHighlightCss } from '../../src/content/highlight-style';
import { DEFAULT_SETTINGS } from '../../src/core/settings/defaults';

test('the CSS the manifest injects is the default settings’ style for light pages', () => {
  const file = readFileSync(path.resolve(__dirname, '../../src/content/default-highlight.css'), 'utf8');
  const rules = file.replace(/\/\*[\s\S]*?\*\//g, '').trim();
  expect(rules).toBe(highlightCss(DEFAULT_SETTINGS, false));
  expect(isDefaultHighlightCss(highlightCss(DEFAULT_SETTINGS, false), DEFAULT_SETTINGS)).toBe(true);
  expect(isDefaultHighlightCss(highlightCss(DEFAULT_SETTINGS, true), DEFAULT_SETTINGS)).toBe(false);
  expect(isDefaultHighlightCss(highlightCss({ ...DEFAULT_SETTINGS, style: 'background' }, false), DEFAULT_SETTINGS)).toBe(false);
});
