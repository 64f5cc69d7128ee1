import { useCallback, useEffect, useState } from 'preact/hooks';
import { msg, type Problem } from '../../core/message';
import type { Settings } from '../../core/settings/types';
import { loadSettings, SettingsValidationError, updateSettings, watchSettings } from '../../storage/settings-store';

export interface OptionsSettings {
  /** null while loading. */
  settings: Settings | null;
  /** Problems with the stored settings (then `settings` is the last good state). */
  problems: Problem[];
  /** Applies an edit and saves it; resolves to the problems that stopped it, if any. */
  update: (fn: (s: Settings) => Settings) => Promise<Problem[]>;
}

/**
 * Settings for the options page. Saving is all it takes to change open tabs:
 * every content script watches the stored settings.
 */
export function useOptionsSettings(): OptionsSettings {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => {
      if (!live) return;
      setSettings(loaded.settings);
      setProblems(loaded.problems);
    });
    const stop = watchSettings((next, nextProblems) => {
      if (!live) return;
      setSettings(next);
      setProblems(nextProblems);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  const update = useCallback(async (fn: (s: Settings) => Settings): Promise<Problem[]> => {
    try {
      const saved = await updateSettings(fn);
      setSettings(saved);
      return [];
    } catch (error) {
      if (error instanceof SettingsValidationError) return error.problems;
      return [{ at: '', message: msg('problem_notSaved', error instanceof Error ? error.message : String(error)) }];
    }
  }, []);
  return { settings, problems, update };
}
