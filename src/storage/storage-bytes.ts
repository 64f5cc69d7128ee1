/**
 * Chrome's own measure of a `storage.local` item: the key's length plus the
 * value's JSON, in UTF-8. Used to check a write against the quota before it
 * is attempted (a write over quota fails as a whole, and late).
 */
export function itemBytes(key: string, value: unknown): number {
  const encoder = new TextEncoder();
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value) ?? '').length;
}

export function itemsBytes(items: Record<string, unknown>): number {
  let total = 0;
  for (const [key, value] of Object.entries(items)) total += itemBytes(key, value);
  return total;
}
