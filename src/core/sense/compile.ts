import { formKey } from '../glossary/form-key';
import type { EntrySense, MatchEntry } from '../glossary/types';
import { CueIndex, type CueRoles, type CueSnapshot } from './cue-index';
import { compileCues } from './cues';

/** What a sense rule says without its cues: cheap to build, enough to know which forms are ambiguous. */
export interface SenseRule {
  id: string;
  /** Form keys that are ambiguous; null: every form of the entry. */
  forms: ReadonlySet<string> | null;
  /** Entries whose presence supports this sense; null: the default supporters. */
  supportedBy: ReadonlySet<string> | null;
  name: boolean;
  prefix: boolean;
  versioned: boolean;
  years: readonly number[];
  /** No page evidence: see `EntrySense.local`. */
  local: boolean;
}

export interface CompiledSense extends SenseRule {
  /** What each cue of the glossary's `CueIndex` is to this sense. */
  roles: CueRoles;
}

type SenseEntry = Pick<MatchEntry, 'id' | 'familiar' | 'sense'>;

/**
 * The sense rules of a glossary, compiled once per glossary (not per scan).
 * The cue tables, the costly part (about 1,300 cues for the bundled
 * glossary), are built when the first ambiguous term is met: a frame whose
 * page holds none never builds them.
 */
export class SenseIndex {
  readonly byId: ReadonlyMap<string, SenseRule>;
  /** Familiar entries (explained, not drawn unless asked): no evidence for another term's sense by default. */
  readonly familiar: ReadonlySet<string>;
  private readonly sources = new Map<string, EntrySense>();
  private built: { cues: CueIndex; compiled: Map<string, CompiledSense> } | null = null;
  /** How long building the cue tables took (0 until they are built), for the scan's measure. */
  buildMs = 0;

  /**
   * `prebuilt`: the bundled glossary's cue tables, made at build time (the
   * content script's match index carries bundled senses without their cue
   * lists). A sense with no cue lists of its own takes its cues from there.
   */
  constructor(
    entries: readonly SenseEntry[],
    private readonly prebuilt: CueSnapshot | null = null,
  ) {
    const byId = new Map<string, SenseRule>();
    const familiar = new Set<string>();
    for (const entry of entries) {
      if (entry.familiar) familiar.add(entry.id);
      if (!entry.sense) continue;
      byId.set(entry.id, ruleOf(entry.id, entry.sense));
      this.sources.set(entry.id, entry.sense);
    }
    this.byId = byId;
    this.familiar = familiar;
  }

  /** Whether the cue tables have been built (for tests and the benchmark). */
  get cuesBuilt(): boolean {
    return this.built !== null;
  }

  /** Every sense's cues and counter-cues in one lookup, so a block's words are read once. */
  get cues(): CueIndex {
    return this.build().cues;
  }

  /** The full rules of an ambiguous entry (its cues included), made when first asked. */
  compiled(id: string): CompiledSense | null {
    const rule = this.byId.get(id);
    if (!rule) return null;
    const { cues, compiled } = this.build();
    let sense = compiled.get(id);
    if (!sense) compiled.set(id, (sense = { ...rule, roles: cues.roles(id) }));
    return sense;
  }

  private build(): { cues: CueIndex; compiled: Map<string, CompiledSense> } {
    if (this.built) return this.built;
    const started = performance.now();
    const cues = this.prebuilt ? CueIndex.fromSnapshot(this.prebuilt) : new CueIndex();
    const prebuiltSenses = this.prebuilt ? cues.senses() : new Set<string>();
    for (const [id, sense] of this.sources) {
      const ownLists = sense.cues !== undefined || sense.against !== undefined;
      if (!ownLists && prebuiltSenses.has(id)) continue;
      // An entry of the reader's own, or one that replaces a bundled entry with cues of its own.
      if (prebuiltSenses.has(id)) cues.dropSense(id);
      cues.add(id, compileCues(sense.cues), false);
      cues.add(id, compileCues(sense.against), true);
    }
    // Each sense's roles are made when it is first met (`compiled`), once every sense has added its cues.
    this.built = { cues, compiled: new Map() };
    this.buildMs = performance.now() - started;
    return this.built;
  }
}

function ruleOf(id: string, sense: EntrySense): SenseRule {
  return {
    id,
    forms: sense.forms && sense.forms.length > 0 ? new Set(sense.forms.map(formKey)) : null,
    supportedBy: sense.supportedBy && sense.supportedBy.length > 0 ? new Set(sense.supportedBy) : null,
    name: sense.name === true,
    prefix: sense.prefix === true,
    versioned: sense.versioned === true,
    years: sense.years ?? [],
    local: sense.local === true,
  };
}

export function compileSenses(entries: readonly SenseEntry[], prebuilt: CueSnapshot | null = null): SenseIndex {
  return new SenseIndex(entries, prebuilt);
}

/** The sense rules that apply to this occurrence, or null when it is unambiguous. */
export function senseFor(index: SenseIndex, m: { id: string; start: number; end: number }, text: string): CompiledSense | null {
  const rule = index.byId.get(m.id);
  if (!rule) return null;
  if (rule.forms && !rule.forms.has(formKey(text.slice(m.start, m.end)))) return null;
  return index.compiled(m.id);
}

/**
 * Whether an occurrence of another entry counts as evidence for this sense
 * (the caller makes sure that occurrence is itself meant in the glossary's
 * sense: an unambiguous form, or one already decided). By default every
 * entry but familiar ones counts.
 */
export function supports(index: SenseIndex, sense: SenseRule, otherId: string): boolean {
  if (otherId === sense.id) return false;
  return sense.supportedBy ? sense.supportedBy.has(otherId) : !index.familiar.has(otherId);
}
