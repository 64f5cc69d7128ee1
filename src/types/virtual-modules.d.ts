declare module 'virtual:klartext-match-index' {
  import type { MatchEntry } from '../core/glossary/types';

  const entries: MatchEntry[];
  export default entries;
}
