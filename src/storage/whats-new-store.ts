/**
 * The version whose "what's new" notes the reader has seen, in
 * `browser.storage.local` under `whatsNew:seen` (a version string such as
 * "0.1.0"). Read values are validated (core/whats-new): anything else counts
 * as missing. It is a marker, not the reader's data, so an invalid value is
 * simply replaced by the next write.
 *
 * No `browser.*` at module top level (see settings-store.ts).
 */
import { browser } from 'wxt/browser';
import { parseSeenVersion } from '../core/whats-new';

export const WHATS_NEW_SEEN_KEY = 'whatsNew:seen';

export async function loadSeenVersion(): Promise<string | null> {
  const stored = await browser.storage.local.get(WHATS_NEW_SEEN_KEY);
  return parseSeenVersion(stored[WHATS_NEW_SEEN_KEY]);
}

export async function saveSeenVersion(version: string): Promise<void> {
  if (parseSeenVersion(version) === null) throw new Error(`not a version: ${version}`);
  await browser.storage.local.set({ [WHATS_NEW_SEEN_KEY]: version });
}
