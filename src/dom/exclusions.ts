/** Elements whose text Klartext never scans: form fields, editors, code, non-rendered content. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'input',
  'textarea',
  'select',
  'option',
  'script',
  'style',
  'noscript',
  'template',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
]);

/**
 * Elements that do not break the flow of text: a term may run across them
 * ("<b>DeepSeek</b> R1"). Everything else starts a new block of text.
 */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
  'nobr',
  'tt',
  'big',
]);

/** contenteditable="" / "true" / "plaintext-only" make an editor; "false" re-enables scanning. */
export function isEditingHost(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function isSkippedElement(el: Element): boolean {
  return SKIPPED_TAGS.has(el.localName) || isEditingHost(el);
}

export function isInlineElement(el: Element): boolean {
  return INLINE_TAGS.has(el.localName);
}
