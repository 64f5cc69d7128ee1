import { formKey } from './form-key';
import type { EntrySense } from './types';

type Report = (field: string, message: string) => void;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;
const LIMITS = { cue: 80, cues: 300, years: 20 };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readList(value: unknown, spec: { field: string; report: Report; max: number }): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    spec.report(spec.field, 'must be a list of strings');
    return [];
  }
  if (value.length > spec.max) spec.report(spec.field, `has ${value.length} items (at most ${spec.max})`);
  const out: string[] = [];
  value.slice(0, spec.max).forEach((item: unknown, i) => {
    const field = `${spec.field}[${i}]`;
    const text = typeof item === 'string' ? item.trim() : '';
    if (text === '') spec.report(field, 'must be a non-empty string');
    else if (text.length > LIMITS.cue) spec.report(field, `is ${text.length} characters long (at most ${LIMITS.cue})`);
    else if ((text.match(LETTER_OR_DIGIT) ?? []).length < 2) spec.report(field, 'needs at least two letters or digits');
    else if (!out.some((o) => o.toLowerCase() === text.toLowerCase())) out.push(text);
  });
  return out;
}

function readBool(value: unknown, field: string, report: Report): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') report(field, 'must be true or false');
  return value === true;
}

/** `familiar`: absent or a boolean. */
export function readFamiliar(value: unknown, report: Report): boolean {
  return readBool(value, 'familiar', report);
}

/** `private`: absent or a boolean. */
export function readPrivate(value: unknown, report: Report): boolean {
  return readBool(value, 'private', report);
}

/**
 * `sense`: absent, or how to tell the entry's sense from another one. Every
 * problem names its field (`sense.cues[3]: …`); `allForms` are the entry's
 * valid forms, which `sense.forms` must be taken from.
 */
export function readSense(value: unknown, spec: { report: Report; allForms: readonly string[] }): EntrySense | undefined {
  const { report } = spec;
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    report('sense', 'must be an object (forms, cues, against, supportedBy, name, prefix, versioned, years, local)');
    return undefined;
  }
  const keys = new Set(spec.allForms.map(formKey));
  const forms = readList(value.forms, { field: 'sense.forms', report, max: LIMITS.cues });
  forms.forEach((form, i) => {
    if (!keys.has(formKey(form))) report(`sense.forms[${i}]`, `"${form}" is not one of the entry's forms`);
  });
  const cues = readList(value.cues, { field: 'sense.cues', report, max: LIMITS.cues });
  const against = readList(value.against, { field: 'sense.against', report, max: LIMITS.cues });
  const supportedBy = readList(value.supportedBy, { field: 'sense.supportedBy', report, max: LIMITS.cues });
  supportedBy.forEach((id, i) => {
    if (!ID_PATTERN.test(id)) report(`sense.supportedBy[${i}]`, `"${id}" is not an entry id`);
  });
  const years: number[] = [];
  if (value.years !== undefined) {
    if (!Array.isArray(value.years) || value.years.length > LIMITS.years) {
      report('sense.years', `must be a list of at most ${LIMITS.years} years`);
    } else {
      value.years.forEach((y: unknown, i) => {
        if (typeof y === 'number' && Number.isInteger(y) && y >= 1000 && y <= 2999) years.push(y);
        else report(`sense.years[${i}]`, 'must be a year like 2025');
      });
    }
  }
  const name = readBool(value.name, 'sense.name', report);
  const prefix = readBool(value.prefix, 'sense.prefix', report);
  const versioned = readBool(value.versioned, 'sense.versioned', report);
  const local = readBool(value.local, 'sense.local', report);
  const sense: EntrySense = {
    ...(forms.length > 0 ? { forms } : {}),
    ...(cues.length > 0 ? { cues } : {}),
    ...(against.length > 0 ? { against } : {}),
    ...(supportedBy.length > 0 ? { supportedBy } : {}),
    ...(name ? { name } : {}),
    ...(prefix ? { prefix } : {}),
    ...(versioned ? { versioned } : {}),
    ...(years.length > 0 ? { years } : {}),
    ...(local ? { local } : {}),
  };
  return sense;
}
