import { BUNDLED_GLOSSARY } from './bundled';
import { validateGlossary, formatProblem } from './validate';

/** Fails the build with one line per problem, each naming the entry and field. */
export function assertValidBundledGlossary(): void {
  const { problems } = validateGlossary(BUNDLED_GLOSSARY, { requireBothLangs: true });
  if (problems.length > 0) {
    throw new Error(
      `Bundled glossary is invalid:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
  }
}
