import { formKey } from '../glossary/form-key';
import type { EntrySense, MatchEntry } from '../glossary/types';
import { CueIndex, type CueRoles } from './cue-index';
import { compileCues, type CueSet } from './cues';

export interface CompiledSense {
  id: string;
  /** Form keys that are ambiguous; null: every form of the entry. */
  forms: ReadonlySet<string> | null;
  cues: CueSet;
  against: CueSet;
  /** Entries whose presence supports this sense; null: the default supporters. */
  supportedBy: ReadonlySet<string> | null;
  name: boolean;
  prefix: boolean;
  versioned: boolean;
  years: readonly number[];
  /** What each cue of the glossary's `CueIndex` is to this sense. */
  roles: CueRoles;
}

/** The sense rules of a glossary, compiled once per glossary (not per scan). */
export interface SenseIndex {
  readonly byId: ReadonlyMap<string, CompiledSense>;
  /** Familiar entries (explained, not drawn unless asked): no evidence for another term's sense by default. */
  readonly familiar: ReadonlySet<string>;
  /** Every sense's cues and counter-cues in one lookup, so a block's words are read once. */
  readonly cues: CueIndex;
}

type SenseEntry = Pick<MatchEntry, 'id' | 'familiar' | 'sense'>;

function compileSense(id: string, sense: EntrySense): Omit<CompiledSense, 'roles'> {
  return {
    id,
    forms: sense.forms && sense.forms.length > 0 ? new Set(sense.forms.map(formKey)) : null,
    cues: compileCues(sense.cues),
    against: compileCues(sense.against),
    supportedBy: sense.supportedBy && sense.supportedBy.length > 0 ? new Set(sense.supportedBy) : null,
    name: sense.name === true,
    prefix: sense.prefix === true,
    versioned: sense.versioned === true,
    years: sense.years ?? [],
  };
}

export function compileSenses(entries: readonly SenseEntry[]): SenseIndex {
  const familiar = new Set<string>();
  const cues = new CueIndex();
  const senses: Omit<CompiledSense, 'roles'>[] = [];
  for (const entry of entries) {
    if (entry.familiar) familiar.add(entry.id);
    if (!entry.sense) continue;
    const sense = compileSense(entry.id, entry.sense);
    senses.push(sense);
    cues.add(entry.id, sense.cues, false);
    cues.add(entry.id, sense.against, true);
  }
  // Roles last: they cover every cue of the glossary, whichever sense added it.
  const byId = new Map(senses.map((s): [string, CompiledSense] => [s.id, { ...s, roles: cues.roles(s.id) }]));
  return { byId, familiar, cues };
}

/** The sense rules that apply to this occurrence, or null when it is unambiguous. */
export function senseFor(index: SenseIndex, m: { id: string; start: number; end: number }, text: string): CompiledSense | null {
  const sense = index.byId.get(m.id);
  if (!sense) return null;
  if (sense.forms && !sense.forms.has(formKey(text.slice(m.start, m.end)))) return null;
  return sense;
}

/**
 * Whether an occurrence of another entry counts as evidence for this sense
 * (the caller makes sure that occurrence is itself meant in the glossary's
 * sense: an unambiguous form, or one already decided). By default every
 * entry but familiar ones counts.
 */
export function supports(index: SenseIndex, sense: CompiledSense, otherId: string): boolean {
  if (otherId === sense.id) return false;
  return sense.supportedBy ? sense.supportedBy.has(otherId) : !index.familiar.has(otherId);
}
