/**
 * Reading settings from storage (or an import): the version decides how.
 * Version 1 is checked by its schema (`types.ts`), which names the field of
 * every problem; version 0 (the prototype) is migrated first; a newer
 * version is refused, since this Klartext cannot know what it means.
 */
import * as v from 'valibot';
import { msg, type Problem } from '../message';
import { isRecord, issueList } from '../schema/issues';
import { expectedGot } from './describe-value';
import { migrateFromV0 } from './migrate';
import { SETTINGS_VERSION, SettingsSchema, type Settings } from './types';

export type ParseSettingsResult =
  | { ok: true; settings: Settings; migrated: boolean }
  | { ok: false; problems: Problem[] };

export function parseSettings(raw: unknown): ParseSettingsResult {
  if (!isRecord(raw)) return { ok: false, problems: [{ at: 'settings', message: expectedGot(msg('expect_object'), raw) }] };
  const version = raw.version;
  if (version === undefined || version === 0) {
    const migrated = migrateFromV0(raw);
    if (!migrated.ok) return migrated;
    const result = validateV1(migrated.value);
    return result.ok ? { ...result, migrated: true } : result;
  }
  if (version === SETTINGS_VERSION) return validateV1(raw);
  if (typeof version === 'number' && Number.isInteger(version) && version > SETTINGS_VERSION) {
    return { ok: false, problems: [{ at: 'version', message: msg('problem_settingsNewer', version, SETTINGS_VERSION) }] };
  }
  return { ok: false, problems: [{ at: 'version', message: expectedGot(SETTINGS_VERSION, version) }] };
}

function validateV1(raw: Record<string, unknown>): ParseSettingsResult {
  const result = v.safeParse(SettingsSchema, raw);
  if (result.success) return { ok: true, settings: result.output, migrated: false };
  return { ok: false, problems: issueList(result.issues).map(({ field, message }) => ({ at: field, message })) };
}
