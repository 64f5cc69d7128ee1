import type { GlossaryEntry } from '../types';
import { COMPANIES } from './companies';
import { CONCEPTS } from './concepts';
import { ECONOMY } from './economy';
import { EVENTS_POLICY } from './events-policy';
import { HARDWARE } from './hardware';
import { MODELS } from './models';
import { OPENNESS } from './openness';
import { withSenses } from './senses';
import { TECHNIQUES } from './techniques';

/**
 * The glossary shipped with Klartext, built from the TechObserver.de article on
 * DeepSeek R1 (31 January 2025) plus the background a newcomer needs for it.
 * Familiarity and sense rules come from ./senses.ts. `npm run build`
 * validates it (see ../build-check.ts).
 */
export const BUNDLED_GLOSSARY: GlossaryEntry[] = withSenses([
  ...MODELS,
  ...COMPANIES,
  ...TECHNIQUES,
  ...CONCEPTS,
  ...OPENNESS,
  ...HARDWARE,
  ...EVENTS_POLICY,
  ...ECONOMY,
]);
