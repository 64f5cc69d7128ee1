/**
 * Bytes an item takes against a storage quota, by Chrome's own measure (the
 * same for `storage.local` and `storage.sync`): its key and its JSON value,
 * in UTF-8.
 */
export function itemBytes(key: string, value: unknown): number {
  const encoder = new TextEncoder();
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value) ?? '').length;
}
