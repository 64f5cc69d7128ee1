import { msg, type Message } from '../message';
import { formKey } from './form-key';
import type { EntrySense } from './types';
import { isRecord } from '../schema/issues';

type Report = (field: string, message: Message) => void;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;
const LIMITS = { cue: 80, cues: 300, years: 20 };

function readList(value: unknown, spec: { field: string; report: Report; max: number }): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    spec.report(spec.field, msg('problem_stringList'));
    return [];
  }
  if (value.length > spec.max) spec.report(spec.field, msg('problem_tooManyItems', value.length, spec.max));
  const out: string[] = [];
  value.slice(0, spec.max).forEach((item: unknown, i) => {
    const field = `${spec.field}[${i}]`;
    const text = typeof item === 'string' ? item.trim() : '';
    if (text === '') spec.report(field, msg('problem_nonEmptyString'));
    else if (text.length > LIMITS.cue) spec.report(field, msg('problem_tooLong', text.length, LIMITS.cue));
    else if ((text.match(LETTER_OR_DIGIT) ?? []).length < 2) spec.report(field, msg('problem_twoLettersOrDigits'));
    else if (!out.some((o) => o.toLowerCase() === text.toLowerCase())) out.push(text);
  });
  return out;
}

function readBool(value: unknown, field: string, report: Report): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') report(field, msg('problem_boolean'));
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
    report('sense', msg('problem_senseShape'));
    return undefined;
  }
  const keys = new Set(spec.allForms.map(formKey));
  const forms = readList(value.forms, { field: 'sense.forms', report, max: LIMITS.cues });
  forms.forEach((form, i) => {
    if (!keys.has(formKey(form))) report(`sense.forms[${i}]`, msg('problem_notAForm', form));
  });
  const cues = readList(value.cues, { field: 'sense.cues', report, max: LIMITS.cues });
  const against = readList(value.against, { field: 'sense.against', report, max: LIMITS.cues });
  const supportedBy = readList(value.supportedBy, { field: 'sense.supportedBy', report, max: LIMITS.cues });
  supportedBy.forEach((id, i) => {
    if (!ID_PATTERN.test(id)) report(`sense.supportedBy[${i}]`, msg('problem_notAnId', id));
  });
  const years: number[] = [];
  if (value.years !== undefined) {
    if (!Array.isArray(value.years) || value.years.length > LIMITS.years) {
      report('sense.years', msg('problem_years', LIMITS.years));
    } else {
      value.years.forEach((y: unknown, i) => {
        if (typeof y === 'number' && Number.isInteger(y) && y >= 1000 && y <= 2999) years.push(y);
        else report(`sense.years[${i}]`, msg('problem_year'));
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
