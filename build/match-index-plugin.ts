import type { Plugin } from 'vite';
import { BUNDLED_GLOSSARY } from '../src/core/glossary/bundled';
import { toMatchEntry, type MatchEntry } from '../src/core/glossary/types';
import { compileSenses } from '../src/core/sense';

export const MATCH_INDEX_MODULE = 'virtual:klartext-match-index';
export const SENSE_CUES_MODULE = 'virtual:klartext-sense-cues';
const RESOLVED = `\0${MATCH_INDEX_MODULE}`;
const RESOLVED_CUES = `\0${SENSE_CUES_MODULE}`;

/** A bundled entry as the content script gets it: its sense rules without the cue lists, which come prebuilt. */
function withoutCueLists(entry: MatchEntry): MatchEntry {
  if (!entry.sense) return entry;
  const { cues: _cues, against: _against, ...rest } = entry.sense;
  return { ...entry, sense: rest };
}

/**
 * Provides `virtual:klartext-match-index`: the bundled glossary reduced to
 * what matching needs, so the content script carries forms and titles but
 * not the explanations (about a third of its size otherwise); and
 * `virtual:klartext-sense-cues`: the bundled senses' cue tables, built here
 * once instead of in every frame (see `CueIndex.toSnapshot`).
 */
export function matchIndexPlugin(): Plugin {
  return {
    name: 'klartext-match-index',
    resolveId: (id) => (id === MATCH_INDEX_MODULE ? RESOLVED : id === SENSE_CUES_MODULE ? RESOLVED_CUES : null),
    load: (id) => {
      if (id === RESOLVED) return `export default ${JSON.stringify(BUNDLED_GLOSSARY.map(toMatchEntry).map(withoutCueLists))};`;
      if (id === RESOLVED_CUES) return `export default ${JSON.stringify(compileSenses(BUNDLED_GLOSSARY).cues.toSnapshot())};`;
      return null;
    },
  };
}
