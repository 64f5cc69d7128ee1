/**
 * Counting what Klartext keeps in `storage.local`, by Chrome's own measure:
 * each key's length plus its value's JSON, in UTF-8. Used to check a write
 * against the quota before it is attempted (a write over quota fails as a
 * whole, and late), and to show the reader how much is used.
 */
import { browser } from 'wxt/browser';
import { itemBytes } from '../core/item-bytes';

export { itemBytes };

export function itemsBytes(items: Record<string, unknown>): number {
  let total = 0;
  for (const [key, value] of Object.entries(items)) total += itemBytes(key, value);
  return total;
}

/** Bytes Klartext uses in `storage.local`, and the quota it may use. */
export async function getStorageUsage(): Promise<{ bytes: number; quota: number }> {
  const local = browser.storage.local;
  const quota = typeof local.QUOTA_BYTES === 'number' ? local.QUOTA_BYTES : 10 * 1024 * 1024;
  let bytes: number | undefined;
  try {
    // Missing in some Firefox versions; throws in WXT's fake browser.
    if (typeof local.getBytesInUse === 'function') bytes = await local.getBytesInUse(null);
  } catch {
    bytes = undefined;
  }
  if (typeof bytes !== 'number') bytes = itemsBytes(await local.get(null));
  return { bytes, quota };
}
