import { unitOf } from './units';

/**
 * A block around the middle of the viewport, so the text the reader sees is
 * marked first on a page that was restored scrolled down. Null when the
 * middle shows nothing in particular (then document order is fine).
 */
export function visibleBlock(doc: Document): Element | null {
  const view = doc.defaultView;
  if (!view || !doc.body) return null;
  const hit = doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 2);
  if (!hit || hit === doc.body || hit === doc.documentElement) return null;
  const unit = unitOf(hit);
  if (!(unit instanceof Element)) return null;
  let block: Element = unit;
  // Two levels up: the paragraphs around the one in the middle, not the whole page.
  for (let i = 0; i < 2; i++) {
    const parent: Element | null = block.parentElement;
    if (!parent || parent === doc.body || parent === doc.documentElement) break;
    block = parent;
  }
  return block;
}
