/**
 * The rule every validated store follows (DESIGN: "anything invalid is
 * reported and the last good state kept — never silently dropped"): use the
 * stored value if it is valid, else the last good copy, else the defaults —
 * and say why. The settings, the user's glossary and the flags all load
 * through it, so they behave alike.
 */
import { msg, type Message, type Problem } from '../core/message';

export type ParseResult<T> = { ok: true; value: T; migrated: boolean } | { ok: false; problems: Problem[] };

export type ResolvedSource = 'stored' | 'last-good' | 'defaults' | 'migrated';

export interface Resolved<T> {
  value: T;
  /** Empty unless the stored value was invalid; then one line per problem. */
  problems: Problem[];
  source: ResolvedSource;
}

/** `null` counts as missing: WXT's fake browser reports removals as null. */
export function resolveStored<T>(
  raw: unknown,
  lastGoodRaw: unknown,
  /** `fallbackName` says what the fallback is ("the defaults"), as a message. */
  spec: { parse: (raw: unknown) => ParseResult<T>; fallback: () => T; fallbackName?: Message },
): Resolved<T> {
  if (raw == null) return { value: spec.fallback(), problems: [], source: 'defaults' };
  const parsed = spec.parse(raw);
  if (parsed.ok) return { value: parsed.value, problems: [], source: parsed.migrated ? 'migrated' : 'stored' };
  const lastGood = lastGoodRaw == null ? null : spec.parse(lastGoodRaw);
  if (lastGood?.ok) return { value: lastGood.value, problems: parsed.problems, source: 'last-good' };
  return { value: spec.fallback(), problems: [...parsed.problems, fallbackNote(lastGoodRaw, spec.fallbackName)], source: 'defaults' };
}

/** Why the fallback is used: "no last good copy: using defaults". */
export function fallbackNote(lastGoodRaw: unknown, fallbackName: Message = msg('fallback_defaults')): Problem {
  return { at: '', message: msg(lastGoodRaw == null ? 'problem_noLastGood' : 'problem_lastGoodInvalid', fallbackName) };
}
