declare module 'virtual:klartext-match-index' {
  import type { MatchEntry } from '../core/glossary/types';

  const entries: MatchEntry[];
  export default entries;
  /** Stamp of this index (see `PrebuiltGlossary.bundled`). */
  export const stamp: string;
}

declare module 'virtual:klartext-sense-cues' {
  import type { CueSnapshot } from '../core/sense/cue-index';

  const snapshot: CueSnapshot;
  export default snapshot;
}
