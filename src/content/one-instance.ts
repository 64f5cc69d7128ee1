/** Where the running copy of the content script leaves its stop function: in this world's global object. */
const SLOT = Symbol.for('klartext.content.stop');

/**
 * One copy of the content script per frame: a newer copy (after an install,
 * the background injects into open tabs that the manifest also reaches)
 * stops the older one. The slot lives in the content script's own world, so
 * a page script can neither see it nor trigger it; WXT's own hand-over uses
 * a document event, which a page can forge, and is not relied on.
 */
export function takeOver(stop: () => void): void {
  const slots = globalThis as unknown as Record<symbol, (() => void) | undefined>;
  const previous = slots[SLOT];
  slots[SLOT] = stop;
  if (previous && previous !== stop) previous();
}
