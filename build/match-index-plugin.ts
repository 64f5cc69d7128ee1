import type { Plugin } from 'vite';
import { BUNDLED_GLOSSARY } from '../src/core/glossary/bundled';
import { toMatchEntry } from '../src/core/glossary/types';

export const MATCH_INDEX_MODULE = 'virtual:klartext-match-index';
const RESOLVED = `\0${MATCH_INDEX_MODULE}`;

/**
 * Provides `virtual:klartext-match-index`: the bundled glossary reduced to
 * what matching needs, so the content script carries forms and titles but
 * not the explanations (about a third of its size otherwise).
 */
export function matchIndexPlugin(): Plugin {
  return {
    name: 'klartext-match-index',
    resolveId: (id) => (id === MATCH_INDEX_MODULE ? RESOLVED : null),
    load: (id) =>
      id === RESOLVED ? `export default ${JSON.stringify(BUNDLED_GLOSSARY.map(toMatchEntry))};` : null,
  };
}
