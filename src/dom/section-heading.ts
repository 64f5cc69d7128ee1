const HEADING = /^h[1-6]$/;
/** Siblings looked at per level, and levels climbed: enough for real pages, bounded for huge flat ones. */
const MAX_SIBLINGS = 40;
const MAX_LEVELS = 8;
const MAX_CHARS = 200;

function isHeading(node: Node): node is Element {
  return node.nodeType === 1 && (HEADING.test((node as Element).localName) || (node as Element).getAttribute('role') === 'heading');
}

/** The last heading inside an element (a <header> or <hgroup> that holds the section's title). */
function lastHeadingIn(el: Element): Element | null {
  if (el.childElementCount === 0 || el.childElementCount > 20) return null;
  const all = el.querySelectorAll('h1, h2, h3, h4, h5, h6');
  return all.length > 0 ? (all[all.length - 1] as Element) : null;
}

/**
 * The heading of the section a block belongs to: the nearest heading before
 * it in document order, at its own level or an ancestor's ('' when there is
 * none, or the block is a heading itself). Asked only for blocks that hold an
 * ambiguous term, so it is not on the scan's hot path; memoised per parent.
 */
export class SectionHeadings {
  private readonly memo = new WeakMap<Node, string>();

  of(unit: Node): string {
    if (isHeading(unit)) return '';
    const known = this.memo.get(unit);
    if (known !== undefined) return known;
    /** Ancestors climbed: their own heading is the one found from here on. */
    const climbed: Node[] = [];
    let text = '';
    let node: Node | null = unit;
    for (let level = 0; node && level < MAX_LEVELS; level++) {
      const memo = level > 0 ? this.memo.get(node) : undefined;
      if (memo !== undefined) {
        text = memo;
        break;
      }
      if (level > 0) climbed.push(node);
      const found = this.headingBefore(node);
      if (found !== null) {
        text = found;
        break;
      }
      node = node.parentNode;
    }
    this.memo.set(unit, text);
    for (const up of climbed) this.memo.set(up, text);
    return text;
  }

  /**
   * The text of the nearest heading among a node's earlier siblings, or null.
   * A sibling already answered (blocks are asked in document order, so the
   * previous paragraph usually is) and holding no heading itself has the
   * same answer: the walk stops there instead of reading up to 40 siblings.
   */
  private headingBefore(node: Node): string | null {
    let sibling: Node | null = node.previousSibling;
    for (let n = 0; sibling && n < MAX_SIBLINGS; n++, sibling = sibling.previousSibling) {
      if (sibling.nodeType !== 1) continue;
      const found = isHeading(sibling) ? sibling : lastHeadingIn(sibling as Element);
      if (found) return (found.textContent ?? '').trim().slice(0, MAX_CHARS);
      const known = this.memo.get(sibling);
      if (known !== undefined) return known;
    }
    return null;
  }
}
