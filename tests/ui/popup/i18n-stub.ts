import path from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageLookup, readLocaleSources } from '../../../build/locales';

// Vitest runs from the repository root (import.meta.url is not a file: URL under happy-dom).
const LOCALES = path.join(process.cwd(), 'locales');

/**
 * WXT's fake browser has no i18n. This answers `getMessage` from the real
 * `locales/*.json`, through the same conversion the build uses, so a test
 * sees exactly the strings the extension shows.
 */
export function installI18n(lang: 'de' | 'en' = 'en'): void {
  const lookup = messageLookup(readLocaleSources(LOCALES), lang);
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getUILanguage = () => lang;
  i18n.getMessage = (key: string, substitutions?: string | string[]): string =>
    lookup(key, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []));
}
