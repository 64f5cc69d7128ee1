/**
 * Migrating settings stored before they carried a version number.
 *
 * Version 0 is the shape the prototype stored (no `version` field, or
 * `version: 0`). Every field was optional:
 *
 *   enabled?: boolean          false meant "paused everywhere"
 *   disabledHosts?: string[]   sites switched off, as the user typed them:
 *                              "heise.de", "https://heise.de/x", "*.heise.de"
 *   highlightStyle?: 'underline' | 'dotted' | 'background' | 'none'
 *   color?: string             one '#rgb' / '#rrggbb' for every page
 *   firstOnly?: boolean
 *
 * A field that is missing takes the v1 default. A field that is present but
 * wrong fails the migration with a problem rather than being dropped: the
 * store then keeps the original untouched for the user to see.
 */
import { msg, type Problem } from '../message';
import { DEFAULT_SETTINGS } from './defaults';
import { parseSiteInput } from './site-input';
import { HIGHLIGHT_STYLES, type HighlightStyle, type SiteRule } from './types';
import { describeValue, expectedGot } from './describe-value';

export type MigrationResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; problems: Problem[] };

/** Returns a v1-shaped candidate; `parseSettings` still validates it. */
export function migrateFromV0(raw: Record<string, unknown>): MigrationResult {
  const problems: Problem[] = [];
  const out: Record<string, unknown> = { ...structuredClone(DEFAULT_SETTINGS) };

  if (raw.enabled !== undefined) {
    if (typeof raw.enabled === 'boolean') out.paused = !raw.enabled;
    else problems.push({ at: 'enabled', message: expectedGot(msg('expect_boolean'), raw.enabled) });
  }
  if (raw.firstOnly !== undefined) {
    if (typeof raw.firstOnly === 'boolean') out.firstOnly = raw.firstOnly;
    else problems.push({ at: 'firstOnly', message: expectedGot(msg('expect_boolean'), raw.firstOnly) });
  }
  if (raw.highlightStyle !== undefined) {
    if (HIGHLIGHT_STYLES.includes(raw.highlightStyle as HighlightStyle)) out.style = raw.highlightStyle;
    else problems.push({ at: 'highlightStyle', message: expectedGot(msg('expect_oneOf', HIGHLIGHT_STYLES.join(', ')), raw.highlightStyle) });
  }
  if (raw.color !== undefined) {
    const color = typeof raw.color === 'string' ? expandColor(raw.color) : null;
    // The prototype had no dark-page colour; the v1 default stays for those.
    if (color) out.colorLight = color;
    else problems.push({ at: 'color', message: expectedGot(msg('expect_colour'), raw.color) });
  }
  if (raw.disabledHosts !== undefined) {
    if (Array.isArray(raw.disabledHosts)) out.siteRules = migrateHosts(raw.disabledHosts, problems);
    else problems.push({ at: 'disabledHosts', message: expectedGot(msg('expect_sites'), raw.disabledHosts) });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: out };
}

function migrateHosts(hosts: readonly unknown[], problems: Problem[]): SiteRule[] {
  const rules: SiteRule[] = [];
  hosts.forEach((entry, i) => {
    const parsed = typeof entry === 'string' ? parseSiteInput(entry) : null;
    if (!parsed?.ok) {
      const why = parsed ? parsed.error : msg('problem_expected', msg('expect_string'));
      problems.push({ at: `disabledHosts[${i}]`, message: msg('problem_notASite', describeValue(entry), why) });
      return;
    }
    const rule = { host: parsed.host, includeSubdomains: parsed.includeSubdomains === true };
    const duplicate = rules.some((r) => r.host === rule.host && r.includeSubdomains === rule.includeSubdomains);
    if (!duplicate) rules.push(rule);
  });
  return rules;
}

function expandColor(value: string): string | null {
  const v = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : null;
}
