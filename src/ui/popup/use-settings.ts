import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings/types';
import { loadSettings, watchSettings } from '../../storage/settings-store';

/** The current settings, kept up to date when any part of Klartext changes them; null while loading. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => {
      if (live) setSettings((current) => current ?? loaded.settings);
    });
    const stop = watchSettings((next) => {
      if (live) setSettings(next);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}
