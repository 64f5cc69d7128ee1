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

/** How soon after a Tab key press a focus counts as moved by it (the browser moves focus in the key's default action). */
const TAB_FOCUS_MS = 250;

/**
 * Whether a focus came from the keyboard. A page's `element.focus()` fires
 * trusted focus events too, so the event alone cannot tell; a real Tab key
 * press just before it can.
 */
export class KeyboardFocus {
  private tabAt = Number.NEGATIVE_INFINITY;

  noteKeyDown(event: KeyboardEvent): void {
    if (event.isTrusted && event.key === 'Tab') this.tabAt = event.timeStamp;
  }

  follows(event: FocusEvent): boolean {
    const since = event.timeStamp - this.tabAt;
    return event.isTrusted && since >= 0 && since < TAB_FOCUS_MS;
  }
}
