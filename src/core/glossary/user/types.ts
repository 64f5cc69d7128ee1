import * as v from 'valibot';
import { msg, type Message, type Problem } from '../../message';
import { CONTROL, firstOf, ID_PATTERN, MARKUP, tooLong } from '../../schema/checks';
import { record, says } from '../../schema/issues';
import type { GlossaryEntry } from '../types';

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

const list = (problem: Message) => v.array(v.unknown(), says(problem));

/** Shown to the user; from the file's `name`, else the file name. */
const packName = v.pipe(
  v.string(says(msg('problem_mustBeString'))),
  v.trim(),
  firstOf<string>(
    [(name) => name !== '', () => msg('problem_empty')],
    [(name) => name.length <= LIMITS.packName, (name) => tooLong(name.length, LIMITS.packName)],
    [(name) => !MARKUP.test(name), () => msg('problem_markup')],
    [(name) => !CONTROL.test(name), () => msg('problem_controlCharacters')],
  ),
);

const packEntries = v.pipe(
  list(msg('problem_entryList')),
  firstOf<unknown[]>([(entries) => entries.length <= LIMITS.fileEntries, (entries) => msg('problem_tooManyEntriesPack', entries.length, LIMITS.fileEntries)]),
);

/**
 * A pack's own fields; its entries are checked by `checkEntries`, which
 * knows the ids around them. Stored packs have a usable id and say whether
 * they are on; an imported pack whose id is unusable simply gets a new one,
 * and is on unless it says otherwise.
 */
export const StoredPackSchema = record(
  {
    /** Stable id (`pack-…`): lowercase letters, digits, hyphens. */
    id: v.custom<string>((id) => typeof id === 'string' && PACK_ID_PATTERN.test(id), says(msg('problem_packId'))),
    name: packName,
    entries: packEntries,
    enabled: v.boolean(says(msg('problem_boolean'))),
  },
  () => msg('problem_mustBeObject'),
);

export const ImportedPackSchema = record(
  {
    id: v.optional(v.unknown()),
    name: packName,
    entries: packEntries,
    enabled: v.optional(v.boolean(says(msg('problem_boolean'))), true),
  },
  () => msg('problem_mustBeObject'),
);

export type GlossaryPack = Omit<v.InferOutput<typeof StoredPackSchema>, 'entries'> & { entries: GlossaryEntry[] };

/** The stored glossary's envelope (version 1); its entries and packs are checked one by one (`stored.ts`). */
export const StoredGlossarySchema = record(
  {
    version: v.literal(USER_GLOSSARY_VERSION),
    /** Entries written on the options page. */
    entries: list(msg('problem_list')),
    /** Imported files, each switchable as a whole. */
    packs: list(msg('problem_list')),
    /** Ids of bundled entries the user chose not to see (a repeat changes nothing, so it is dropped). */
    hiddenBundled: v.pipe(
      v.array(v.custom<string>((id) => typeof id === 'string' && ID_PATTERN.test(id), says(msg('problem_entryId'))), says(msg('problem_list'))),
      v.transform((ids) => [...new Set(ids)]),
    ),
  },
  () => msg('problem_expected', msg('expect_object')),
);

/**
 * The user's own glossary as stored (key `glossary`, see
 * `src/storage/glossary-store.ts`) and as exported.
 *
 * Precedence when ids or forms collide: your own entries, then packs in list
 * order, then the bundled glossary. An entry of yours with a bundled entry's
 * id replaces it; `hiddenBundled` removes bundled entries altogether.
 */
export type UserGlossary = Omit<v.InferOutput<typeof StoredGlossarySchema>, 'entries' | 'packs'> & { entries: GlossaryEntry[]; packs: GlossaryPack[] };

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
