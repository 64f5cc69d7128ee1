// @vitest-environment happy-dom
import { retireRange } from '../../src/dom/retire-range';

test('a retired range leaves the page: collapsed in a document of its own, so the page\'s changes no longer touch it', () => {
  document.body.innerHTML = '<p id="p">DeepSeek R1 und OpenAI</p>';
  const text = (document.getElementById('p') as HTMLElement).firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, 11);
  expect(range.toString()).toBe('DeepSeek R1');

  retireRange(range);
  expect(range.collapsed).toBe(true);
  expect(range.startContainer).not.toBe(text);
  expect(range.startContainer.nodeType).toBe(9);
  expect(range.startContainer).not.toBe(document);
  // The page's text is untouched, and changing it leaves the retired range where it is.
  expect(text.data).toBe('DeepSeek R1 und OpenAI');
  text.data = 'ganz anderer Text';
  expect(range.startOffset).toBe(0);
  expect(range.toString()).toBe('');
});
