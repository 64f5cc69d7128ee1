/**
 * `sync:state` (local only, never synced): whether sync is on, when each
 * item last changed, what was last copied, what stays local and the last
 * problems — for the options page to show. Declared once as a schema,
 * `SyncState` inferred from it. Read defensively: only Klartext writes it,
 * so a malformed part is not reported but read as nothing (a malformed
 * whole as sync off), and the next step writes it whole again.
 */
import * as v from 'valibot';
import type { Message, Problem } from '../message';

const MessageSchema: v.GenericSchema<Message> = v.object({
  key: v.string(),
  args: v.array(v.union([v.string(), v.number(), v.lazy(() => MessageSchema)])),
});
const ProblemSchema: v.GenericSchema<Problem> = v.object({ at: v.string(), message: MessageSchema });

/** A list of the items `item` accepts; anything else in it, or no list at all, is left out. */
const validItems = <T>(item: v.GenericSchema<T>) =>
  v.fallback(v.pipe(v.array(v.unknown()), v.transform((list) => list.filter((x): x is T => v.is(item, x)))), []);

/** A record of the values `value` accepts, likewise. */
const validValues = <T>(value: v.GenericSchema<T>) =>
  v.fallback(
    v.pipe(
      v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x)),
      v.record(v.string(), v.unknown()),
      v.transform((record) => Object.fromEntries(Object.entries(record).filter((pair): pair is [string, T] => v.is(value, pair[1])))),
    ),
    {},
  );

/** What stays local, by reason (names for the reader). */
const LocalOnlySchema = v.object({
  packs: validItems(v.string()),
  /** Private entries that stay local: their ids and titles (the reader may sync one anyway). */
  private: validItems(v.object({ id: v.string(), title: v.string() })),
  /** Titles of entries that do not fit the quotas. */
  tooLarge: validItems(v.string()),
});
export type LocalOnly = v.InferOutput<typeof LocalOnlySchema>;

export const SyncStateSchema = v.object({
  enabled: v.boolean(),
  /** Per sync key: when its current version was made (here or in another browser). */
  stamps: validValues(v.number()),
  /** Per sync key: the data last copied either way, as JSON (what changed is what differs). */
  copied: validValues(v.string()),
  localOnly: v.fallback(LocalOnlySchema, () => ({ packs: [], private: [], tooLarge: [] })),
  /** Items from sync that were invalid (the local state was kept). */
  problems: validItems(ProblemSchema),
  /** The last storage error (quota, rate limit, sync off in the browser), or null. */
  error: v.fallback(v.nullable(v.string()), null),
  /** The reader answered the question "sync my settings?" (either way). */
  asked: v.fallback(v.boolean(), false),
  /** Ids of private entries the reader chose to sync anyway. */
  privateToSync: validItems(v.string()),
});
export type SyncState = v.InferOutput<typeof SyncStateSchema>;

const EMPTY: SyncState = { enabled: false, stamps: {}, copied: {}, localOnly: { packs: [], private: [], tooLarge: [] }, problems: [], error: null, asked: false, privateToSync: [] };

/** The stored state; anything malformed in `enabled` (or no object at all) counts as sync off. */
export function parseSyncState(raw: unknown): SyncState {
  const result = v.safeParse(SyncStateSchema, raw);
  return result.success && !Array.isArray(raw) ? result.output : EMPTY;
}
