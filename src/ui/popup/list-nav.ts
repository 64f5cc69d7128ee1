/** Which row a key moves the active row to, in a list of `length` rows (-1: none). */
export function moveActive(current: number, key: string, length: number): number {
  if (length === 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(length - 1, current + 1);
    case 'ArrowUp':
      return current <= 0 ? 0 : current - 1;
    case 'PageDown':
      return Math.min(length - 1, Math.max(0, current) + 8);
    case 'PageUp':
      return Math.max(0, current - 8);
    default:
      return current;
  }
}

/** DOM id of a row for `aria-activedescendant`; entry ids are already safe in ids. */
export function optionId(entryId: string): string {
  return `kt-option-${entryId}`;
}
