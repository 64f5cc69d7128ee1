import type { Settings } from './types';

/** The settings with one term marked as known (not drawn) or no longer known (drawn again). */
export function withKnownTerm(settings: Settings, id: string, known: boolean): Settings {
  const has = settings.knownTerms.includes(id);
  if (has === known) return settings;
  return {
    ...settings,
    knownTerms: known ? [...settings.knownTerms, id] : settings.knownTerms.filter((k) => k !== id),
  };
}
