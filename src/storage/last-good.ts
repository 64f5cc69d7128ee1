/**
 * The rule every validated store follows (DESIGN: "anything invalid is
 * reported and the last good state kept — never silently dropped"): use the
 * stored value if it is valid, else the last good copy, else the defaults —
 * and say why. Written to match `settings-store.ts`, so the two stores behave
 * alike; settings could use it too.
 */
export type ParseResult<T> = { ok: true; value: T; migrated: boolean } | { ok: false; problems: string[] };

export type ResolvedSource = 'stored' | 'last-good' | 'defaults' | 'migrated';

export interface Resolved<T> {
  value: T;
  /** Empty unless the stored value was invalid; then one line per problem. */
  problems: string[];
  source: ResolvedSource;
}

/** `null` counts as missing: WXT's fake browser reports removals as null. */
export function resolveStored<T>(
  raw: unknown,
  lastGoodRaw: unknown,
  spec: { parse: (raw: unknown) => ParseResult<T>; fallback: () => T; fallbackName?: string },
): Resolved<T> {
  if (raw == null) return { value: spec.fallback(), problems: [], source: 'defaults' };
  const parsed = spec.parse(raw);
  if (parsed.ok) return { value: parsed.value, problems: [], source: parsed.migrated ? 'migrated' : 'stored' };
  const lastGood = lastGoodRaw == null ? null : spec.parse(lastGoodRaw);
  if (lastGood?.ok) return { value: lastGood.value, problems: parsed.problems, source: 'last-good' };
  const using = `using ${spec.fallbackName ?? 'defaults'}`;
  const note = lastGoodRaw == null ? `no last good copy: ${using}` : `the last good copy is invalid too: ${using}`;
  return { value: spec.fallback(), problems: [...parsed.problems, note], source: 'defaults' };
}
