import { isInlineElement, isSkippedElement } from './exclusions';

/**
 * Which block holds a node's text: the nearest non-inline element or shadow
 * root at or above it (a text node starts at its parent). Only inline
 * elements are climbed, so the scan's walk pays for each text node's inline
 * ancestors, not its depth. Null when a detached inline element is the top.
 * This is the block a run of text is collected under (`RunWalker`), the key
 * its marks are kept by (`MarkStore`) and what `unitOf` returns.
 */
export function blockOf(node: Node): Node | null {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current && current.nodeType === 1 && isInlineElement(current as Element)) current = current.parentNode;
  return current;
}

/**
 * The block a node's text belongs to (see `blockOf`), if Klartext scans it
 * there. Null when the node is inside something Klartext never scans (an
 * input, code, its own popover) or is no longer in a document.
 */
export function unitOf(node: Node): Node | null {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current) {
    if (current.nodeType === 1) {
      if (isSkippedElement(current as Element)) return null;
      current = current.parentNode;
    } else if (current.nodeType === 11) {
      current = (current as ShadowRoot).host ?? null;
    } else {
      // Document node: reached the top while connected.
      return blockOf(node);
    }
  }
  return null;
}
