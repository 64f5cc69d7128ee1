import { useCallback, useEffect, useState } from 'preact/hooks';
import type { UserGlossary, UserProblem } from '../../core/glossary/user/types';
import { loadUserGlossary, updateUserGlossary, watchUserGlossary, type LoadedUserGlossary, type UpdateOutcome } from '../../storage/glossary-store';

export interface UserGlossaryState {
  /** null while loading. */
  loaded: LoadedUserGlossary | null;
  update: (fn: (g: UserGlossary) => UserGlossary | { problems: readonly UserProblem[] }) => Promise<UpdateOutcome>;
}

export function useUserGlossary(): UserGlossaryState {
  const [loaded, setLoaded] = useState<LoadedUserGlossary | null>(null);
  useEffect(() => {
    let live = true;
    void loadUserGlossary().then((value) => {
      if (live) setLoaded(value);
    });
    const stop = watchUserGlossary((value) => {
      if (live) setLoaded(value);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  const update = useCallback(async (fn: Parameters<UserGlossaryState['update']>[0]) => {
    const outcome = await updateUserGlossary(fn);
    // A write makes the stored value valid again; no write leaves things as they were.
    if (outcome.ok && outcome.saved) setLoaded({ value: outcome.glossary, problems: [], source: 'stored' });
    return outcome;
  }, []);
  return { loaded, update };
}
