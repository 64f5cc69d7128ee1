import type { GlossaryEntry } from './types';

export interface GlossaryProblem {
  /** The entry's id, or `#<index>` when it has none. */
  entry: string;
  field: string;
  message: string;
}

export interface ValidateOptions {
  requireBothLangs: boolean;
}

export function formatProblem(p: GlossaryProblem): string {
  return `${p.entry} › ${p.field}: ${p.message}`;
}

// Placeholder until validation is written.
export function validateGlossary(
  input: readonly unknown[],
  _options: ValidateOptions,
): { entries: GlossaryEntry[]; problems: GlossaryProblem[] } {
  return { entries: input as GlossaryEntry[], problems: [] };
}
