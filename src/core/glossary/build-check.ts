import type { MessageLookup } from '../message';
import { BUNDLED_GLOSSARY } from './bundled';
import { validateGlossary, formatProblem } from './validate';

/**
 * Fails the build with one line per problem, each naming the entry and field;
 * `lookup` gives the messages' English text (there is no browser at build time).
 */
export function assertValidBundledGlossary(lookup: MessageLookup): void {
  const { problems } = validateGlossary(BUNDLED_GLOSSARY, { requireBothLangs: true });
  if (problems.length > 0) {
    throw new Error(
      `Bundled glossary is invalid:\n${problems.map((p) => `  - ${formatProblem(p, lookup)}`).join('\n')}`,
    );
  }
}
