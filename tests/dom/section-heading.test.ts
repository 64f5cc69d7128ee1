// @vitest-environment happy-dom
import { SectionHeadings } from '../../src/dom/section-heading';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const para = (doc: Document, id: string) => doc.getElementById(id) as HTMLElement;

describe('SectionHeadings', () => {
  test('a block gets the nearest heading before it, at its level or an ancestor’s', () => {
    const doc = page(`
      <h1>Page</h1>
      <p id="a">intro</p>
      <section><header><h2>Chips</h2><p>by us</p></header><p id="b">one</p><div><p id="c">deep</p></div></section>
      <h2>Markets</h2><p id="d">two</p>`);
    const headings = new SectionHeadings();
    expect(['a', 'b', 'c', 'd'].map((id) => headings.of(para(doc, id)))).toEqual(['Page', 'Chips', 'Chips', 'Markets']);
    expect(headings.of(doc.querySelector('h2') as Element)).toBe('');
  });

  test('asked in document order, every block of a long section gets its heading, beyond 40 siblings', () => {
    const paragraphs = Array.from({ length: 120 }, (_, i) => `<p id="p${i}">paragraph ${i}</p>`).join('');
    const doc = page(`<h2>Long section</h2>${paragraphs}<h2>Next</h2><p id="after">x</p>`);
    const headings = new SectionHeadings();
    const answers = Array.from({ length: 120 }, (_, i) => headings.of(para(doc, `p${i}`)));
    expect(new Set(answers)).toEqual(new Set(['Long section']));
    expect(headings.of(para(doc, 'after'))).toBe('Next');
  });

  test('a sibling that holds a heading of its own is not answered from the memo', () => {
    const doc = page(`<h2>First</h2><p id="a">a</p><div><h3>Inner</h3></div><p id="b">b</p>`);
    const headings = new SectionHeadings();
    expect(headings.of(para(doc, 'a'))).toBe('First');
    expect(headings.of(para(doc, 'b'))).toBe('Inner');
  });
});
