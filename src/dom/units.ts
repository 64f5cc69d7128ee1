import { isInlineElement, isSkippedElement } from './exclusions';

/**
 * The block a node's text belongs to: the nearest non-inline element or shadow
 * root. Null when the node is inside something Klartext never scans (an input,
 * code, its own popover) or is no longer in a document.
 */
export function unitOf(node: Node): Node | null {
  let unit: Node | null = null;
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current) {
    if (current.nodeType === 1) {
      const el = current as Element;
      if (isSkippedElement(el)) return null;
      if (!unit && !isInlineElement(el)) unit = el;
      current = el.parentNode;
    } else if (current.nodeType === 11) {
      const host = (current as ShadowRoot).host as Element | undefined;
      unit ??= current;
      current = host ?? null;
    } else {
      // Document node: reached the top while connected.
      return unit;
    }
  }
  return null;
}
