import { unitOf } from './units';

/**
 * The block a URL fragment (#section) points at, so the text the reader was
 * sent to is marked first. Found by id, without asking for layout: hit-testing
 * the viewport at document_idle forced a synchronous layout of 100 ms on large
 * pages.
 */
export function fragmentBlock(doc: Document): Element | null {
  const hash = doc.defaultView?.location.hash ?? '';
  if (hash.length < 2) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  const target = doc.getElementById(id);
  if (!target || target === doc.body) return null;
  const unit = unitOf(target);
  return unit instanceof Element && unit !== doc.body ? unit : null;
}
