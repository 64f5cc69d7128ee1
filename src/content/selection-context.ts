import { sentenceAround } from '../core/add-term';
import type { SelectionContextReply } from '../core/protocol/replies';
import { languageOf } from '../dom/lang';
import { unitOf } from '../dom/units';

/** Longest selection taken as a term: a selection longer than this is a passage, not a term. */
const MAX_TERM = 100;

/**
 * What "Add to Klartext" fills the new entry with: the selected words, the
 * sentence of their block around them, the language there, and the page's
 * title and address. Null when nothing (or too much) is selected in this
 * document, so another frame can answer.
 */
export function selectionContext(doc: Document): SelectionContextReply | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const selected = range.toString();
  const term = selected.trim();
  if (!term || term.length > MAX_TERM) return null;
  const block = unitOf(range.startContainer) ?? range.commonAncestorContainer;
  let example = term;
  if (block.contains(range.startContainer)) {
    // Where the selection starts in the block's text, as the text before it measures.
    const before = doc.createRange();
    before.setStart(block, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const start = before.toString().length;
    example = sentenceAround(block.textContent ?? '', start, start + selected.length);
  }
  return { term, lang: languageOf(range.startContainer), example, pageTitle: doc.title, url: doc.location.href };
}
