import { useEffect, useState } from 'preact/hooks';
import { loadFlags, watchFlags, type LoadedFlags } from '../../storage/flags-store';

/** The reader's flags, kept current when any part of Klartext changes them; null while loading. */
export function useFlags(): LoadedFlags | null {
  const [loaded, setLoaded] = useState<LoadedFlags | null>(null);
  useEffect(() => {
    let live = true;
    void loadFlags().then((value) => {
      if (live) setLoaded((current) => current ?? value);
    });
    const stop = watchFlags((value) => {
      if (live) setLoaded(value);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return loaded;
}
