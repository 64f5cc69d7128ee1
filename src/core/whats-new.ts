/**
 * "What's new": one line per version that changed what readers see, and the
 * rules for when the popup shows them. Pure: the background and the popup
 * bring the versions (the manifest's, the stored "last seen" one).
 *
 * The popup shows the notes of every version newer than the last seen one,
 * up to the running version, until the reader dismisses them; dismissing
 * stores the running version as seen. A fresh install starts with its own
 * version as seen (the welcome page says everything), an update from a
 * version that stored nothing starts from the version it replaced.
 */
import type { Localized } from './glossary/types';

export interface WhatsNewNote {
  /** The version the change shipped in, as in the manifest ("0.2.0"). */
  version: string;
  text: Localized;
}

/** Newest last. Only changes a reader notices belong here; one short line each. */
export const WHATS_NEW: readonly WhatsNewNote[] = [
  {
    version: '0.1.0',
    text: {
      de: 'Markierten Text können Sie per Rechtsklick „Zu Klartext hinzufügen“; die Tastenkürzel stehen jetzt unten im Popup.',
      en: 'Right-click selected text to “Add to Klartext”; the keyboard shortcuts are now listed at the bottom of the popup.',
    },
  },
];

/**
 * A manifest version: one to four dot-separated integers 0–65535, no leading
 * zeros (Chrome's rule; Firefox's versions used here follow it too).
 */
export function parseVersion(raw: unknown): number[] | null {
  if (typeof raw !== 'string' || !/^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/.test(raw)) return null;
  const parts = raw.split('.').map(Number);
  return parts.every((n) => n <= 65535) ? parts : null;
}

/** Negative if a < b, 0 if equal ("1.0" equals "1.0.0"), positive if a > b. Invalid versions throw. */
export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (!pa || !pb) throw new Error(`not a version: ${pa ? b : a}`);
  for (let i = 0; i < 4; i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The notes of versions after `seen` up to and including `current`, newest first. */
export function notesSince(seen: string, current: string, notes: readonly WhatsNewNote[] = WHATS_NEW): WhatsNewNote[] {
  if (!parseVersion(seen) || !parseVersion(current)) return [];
  return notes
    .filter((n) => parseVersion(n.version) && compareVersions(n.version, seen) > 0 && compareVersions(n.version, current) <= 0)
    .sort((a, b) => compareVersions(b.version, a.version));
}

/**
 * The stored "last seen version", validated: a version string, else null
 * (missing or anything else: no notes are shown, and the next write replaces it).
 */
export function parseSeenVersion(raw: unknown): string | null {
  return parseVersion(raw) ? (raw as string) : null;
}

/** `runtime.onInstalled`'s details, as far as they matter here. */
export interface InstalledDetails {
  reason: string;
  previousVersion?: string;
}

export interface InstallPlan {
  /** Open the welcome page: on a fresh install only, never on update, browser update or start. */
  openWelcome: boolean;
  /** The "last seen version" to store, or null to leave storage alone. */
  seen: string | null;
}

/** What the background does on `runtime.onInstalled`, given the stored (validated) "last seen version". */
export function planInstalled(details: InstalledDetails, stored: string | null, current: string): InstallPlan {
  if (details.reason === 'install') {
    // A real install starts with empty storage (uninstalling clears it). A
    // stored version means Klartext ran here before and the browser calls it
    // an install anyway: Chromium does on every start for an extension loaded
    // with --load-extension, Firefox for a temporary add-on. No welcome then,
    // and what was seen stays.
    return stored === null ? { openWelcome: true, seen: current } : { openWelcome: false, seen: null };
  }
  if (details.reason === 'update' && stored === null) {
    // Updated from a version that stored nothing (or something invalid): its notes were never due.
    return { openWelcome: false, seen: parseSeenVersion(details.previousVersion) };
  }
  return { openWelcome: false, seen: null };
}
