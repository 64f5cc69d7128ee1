import type { MatchableEntry, TermMatch } from '../glossary/types';
import { BmpCharTable } from '../text/char-table';
import { buildAutomaton } from './automaton';
import type { Automaton } from './automaton';
import { collectForms } from './compile-forms';
import type { FormRecord } from './compile-forms';
import { buildPrefilter } from './prefilter';
import { createScratch, scan } from './scan';
import { deserializeMatcher, serializeMatcher, type SerializedMatcher } from './serialize';
import type { ScanPlan, ScanScratch } from './scan';

export interface MatchOptions {
  /** BCP 47 tag of the text, e.g. 'de', 'de-AT', 'en-US', '' (unknown). */
  lang?: string;
}

export interface CompileOptions {
  /**
   * Find candidate starts with a native regex and step the automaton only
   * there (default true). Off only to compare the two paths in tests and
   * benchmarks: both return the same matches.
   */
  prefilter?: boolean;
}

export interface Matcher {
  /**
   * Non-overlapping leftmost-longest matches, sorted by start, with UTF-16
   * offsets into `text` (end exclusive).
   */
  match(text: string, options?: MatchOptions): TermMatch[];
  /** Number of compiled forms (distinct per entry after normalisation). */
  readonly size: number;
}

class CompiledMatcher implements Matcher {
  readonly size: number;
  private readonly automaton: Automaton;
  private readonly records: readonly FormRecord[];
  private readonly usePrefilter: boolean;
  private plan: ScanPlan | undefined;
  private scratch: ScanScratch | undefined;

  constructor(compiled: { automaton: Automaton; records: readonly FormRecord[] }, options?: CompileOptions) {
    this.automaton = compiled.automaton;
    this.records = compiled.records;
    this.size = compiled.records.length;
    this.usePrefilter = options?.prefilter ?? true;
  }

  serialize(): SerializedMatcher {
    return serializeMatcher(this.automaton, this.records);
  }

  match(text: string, options?: MatchOptions): TermMatch[] {
    // Buffers and the char table (192 KB) come with the first scan, not at
    // compile: the content script compiles at start, before any text is read.
    // So does the prefilter (the engine compiles a regex on its first use anyway).
    this.plan ??= {
      automaton: this.automaton,
      records: this.records,
      table: new BmpCharTable(),
      prefilter: this.usePrefilter ? buildPrefilter(this.records.map((record) => record.key)) : undefined,
    };
    this.scratch ??= createScratch(this.automaton.maxDepth);
    return scan(this.plan, this.scratch, text, options?.lang);
  }
}

/**
 * Compiles the glossary once (the content script does this at start); the
 * matcher then scans any number of texts. Everything it needs lives in the
 * returned object, so several matchers (bundled, user, tests) coexist.
 */
export function compileMatcher(entries: readonly MatchableEntry[], options?: CompileOptions): Matcher {
  return compileSerializable(entries, options);
}

function compileSerializable(entries: readonly MatchableEntry[], options?: CompileOptions): CompiledMatcher {
  const records = collectForms(entries);
  return new CompiledMatcher({ automaton: buildAutomaton(records.map((record) => record.key)), records }, options);
}

/** The compiled matcher for `entries` in storable form (see `serialize.ts`); where the glossary is built. */
export function compileToStorable(entries: readonly MatchableEntry[]): SerializedMatcher {
  return compileSerializable(entries).serialize();
}

/** A matcher from `compileToStorable`'s output, its table filled as scans reach it; throws on inconsistent data. */
export function matcherFromStorable(stored: SerializedMatcher, options?: CompileOptions): Matcher {
  return new CompiledMatcher(deserializeMatcher(stored), options);
}

export type { SerializedMatcher } from './serialize';
