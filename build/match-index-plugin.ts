import { createJiti } from 'jiti';
import type { Plugin } from 'vite';
import type * as Bundled from '../src/core/glossary/bundled';
import type * as GlossaryTypes from '../src/core/glossary/types';
import type { MatchEntry } from '../src/core/glossary/types';
import type * as Sense from '../src/core/sense';
import type * as Prebuilt from '../src/core/glossary/prebuilt/format';

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
    load: async (id) => {
      if (id !== RESOLVED && id !== RESOLVED_CUES) return null;
      const { glossary, toMatchEntry, compileSenses, stampOf } = await sources();
      if (id === RESOLVED) {
        const index = JSON.stringify(glossary.map(toMatchEntry).map(withoutCueLists));
        // What a prebuilt glossary records it was merged over: another build's frames ignore it.
        return `export default ${index};\nexport const stamp = ${JSON.stringify(stampOf(index))};`;
      }
      return `export default ${JSON.stringify(compileSenses(glossary).cues.toSnapshot())};`;
    },
  };
}

/**
 * The glossary's sources, loaded when a module asks for them rather than
 * imported: a config that imports this plugin then loads without the whole
 * `src` tree (whose extensionless imports Vite's config loader warns about).
 */
async function sources() {
  const jiti = createJiti(import.meta.url);
  const [bundled, types, sense, prebuilt] = await Promise.all([
    jiti.import<typeof Bundled>('../src/core/glossary/bundled'),
    jiti.import<typeof GlossaryTypes>('../src/core/glossary/types'),
    jiti.import<typeof Sense>('../src/core/sense'),
    jiti.import<typeof Prebuilt>('../src/core/glossary/prebuilt/format'),
  ]);
  return { glossary: bundled.BUNDLED_GLOSSARY, toMatchEntry: types.toMatchEntry, compileSenses: sense.compileSenses, stampOf: prebuilt.stampOf };
}
