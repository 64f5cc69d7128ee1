import type { Message, Problem } from '../../message';
import type { GlossaryEntry } from '../types';

/**
 * The user's own glossary as stored (key `glossary`, see
 * `src/storage/glossary-store.ts`) and as exported.
 *
 * Precedence when ids or forms collide: your own entries, then packs in list
 * order, then the bundled glossary. An entry of yours with a bundled entry's
 * id replaces it; `hiddenBundled` removes bundled entries altogether.
 */
export interface UserGlossary {
  version: typeof USER_GLOSSARY_VERSION;
  /** Entries written on the options page. */
  entries: GlossaryEntry[];
  /** Imported files, each switchable as a whole. */
  packs: GlossaryPack[];
  /** Ids of bundled entries the user chose not to see. */
  hiddenBundled: string[];
}

export interface GlossaryPack {
  /** Stable id (`pack-…`): lowercase letters, digits, hyphens. */
  id: string;
  /** Shown to the user; from the file's `name`, else the file name. */
  name: string;
  enabled: boolean;
  entries: GlossaryEntry[];
}

/** Where an entry of the effective glossary comes from. */
export type EntryOrigin = { kind: 'bundled' } | { kind: 'user' } | { kind: 'pack'; packId: string; packName: string };

export const USER_GLOSSARY_VERSION = 1;
/** The `format` field of every file Klartext writes and reads. */
export const FILE_FORMAT = 'klartext-glossary';
export const FILE_VERSION = 1;

export const LIMITS = {
  /** A file larger than this is refused before it is read (a 10,000-entry terminology with explanations fits). */
  fileBytes: 8_000_000,
  /** Entries in one file: a medical, legal or company terminology. */
  fileEntries: 10_000,
  /** Entries of the user's own plus every pack's, together (storage's quota may end it sooner; a save says so). */
  totalEntries: 20_000,
  packs: 50,
  packName: 80,
} as const;

export const PACK_ID_PATTERN = /^pack-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One problem with imported or stored data; `where` names the entry (and pack or row). */
export interface UserProblem {
  where: string;
  field: string;
  message: Message;
}

/** The problem as the user reads it: `where › field: message`. */
export function toProblem(p: UserProblem): Problem {
  return { at: p.field ? `${p.where} › ${p.field}` : p.where, message: p.message };
}

export function emptyUserGlossary(): UserGlossary {
  return { version: USER_GLOSSARY_VERSION, entries: [], packs: [], hiddenBundled: [] };
}
