/**
 * Ranges that no longer mark anything, moved out of the page's document.
 *
 * A live Range costs the page on every DOM change for as long as it exists:
 * the browser adjusts every Range of a document at each insertion, removal
 * and text change, whether or not any highlight holds it. A dropped Range
 * exists until the garbage collector takes it, so a page that rewrites its
 * text thousands of times a second would keep paying for each mark Klartext
 * ever made there. Collapsed into an empty document of Klartext's own, a
 * retired Range belongs to that document instead, and the page's changes no
 * longer touch it (measured on a churning page: a rewrite of 200 paragraphs
 * with 2,000 dropped ranges took 10–14 ms with them left in place, 0.7 ms
 * moved out, as without any).
 */
let inert: Document | null = null;

export function retireRange(range: Range): void {
  try {
    inert ??= document.implementation.createHTMLDocument('');
    range.setStart(inert, 0);
    range.collapse(true);
  } catch {
    // A range the page's document cannot give up (none known): the collector takes it in time.
  }
}
