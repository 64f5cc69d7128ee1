/**
 * Only the reader drives Klartext: events a page makes with `dispatchEvent`
 * (or `element.click()`) have `isTrusted === false` and are ignored, so a
 * page script cannot open the popover on a term it guessed.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
