// @vitest-environment happy-dom
import { blockOf, unitOf } from '../../src/dom/units';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const textIn = (id: string) => byId(id).firstChild as Text;

test('the block of text inside inline elements is the nearest non-inline ancestor', () => {
  page('<div id="d"><p id="p">Das <b><a id="a" href="#">Deep</a></b>Seek</p><span id="s">lose</span></div>');
  expect(blockOf(textIn('a'))).toBe(byId('p'));
  expect(blockOf(textIn('p'))).toBe(byId('p'));
  expect(blockOf(textIn('s'))).toBe(byId('d'));
  // An element starts at itself: a block is its own block, an inline one climbs.
  expect(blockOf(byId('p'))).toBe(byId('p'));
  expect(blockOf(byId('a'))).toBe(byId('p'));
  expect(unitOf(textIn('a'))).toBe(byId('p'));
  expect(unitOf(textIn('s'))).toBe(byId('d'));
});

test('text right under a shadow root (or under inline elements there) belongs to the shadow root', () => {
  page('<div id="host"></div>');
  const shadow = byId('host').attachShadow({ mode: 'open' });
  shadow.innerHTML = '<b>DeepSeek</b> R1<p>Absatz</p>';
  const inBold = (shadow.firstChild as Element).firstChild as Text;
  const loose = shadow.childNodes[1] as Text;
  const para = shadow.querySelector('p') as HTMLElement;
  expect(blockOf(inBold)).toBe(shadow);
  expect(blockOf(loose)).toBe(shadow);
  expect(unitOf(inBold)).toBe(shadow);
  expect(unitOf(para.firstChild as Text)).toBe(para);
});

test('unitOf is null inside fields, code and editors, and once the node left the document', () => {
  page(
    '<pre><span id="pre">x</span></pre><div contenteditable="true"><p id="edit">y</p></div>' +
      '<div contenteditable="false"><p id="ok">z</p></div><textarea id="ta">t</textarea>',
  );
  expect(unitOf(textIn('pre'))).toBeNull();
  expect(unitOf(textIn('edit'))).toBeNull();
  expect(unitOf(textIn('ta'))).toBeNull();
  expect(unitOf(textIn('ok'))).toBe(byId('ok'));
  // blockOf does not judge: it answers for skipped text too (the walk never reaches it).
  expect(blockOf(textIn('pre'))).toBe(document.querySelector('pre'));
  const gone = byId('ok');
  gone.remove();
  expect(unitOf(gone.firstChild as Text)).toBeNull();
  expect(blockOf(gone.firstChild as Text)).toBe(gone);
});

test('a detached inline chain has no block', () => {
  const b = document.createElement('b');
  b.append('lose');
  expect(blockOf(b.firstChild as Text)).toBeNull();
  expect(unitOf(b.firstChild as Text)).toBeNull();
});
