import type { GlossaryEntry } from '../types';

// Placeholder until the glossary is written.
export const BUNDLED_GLOSSARY: GlossaryEntry[] = [];
