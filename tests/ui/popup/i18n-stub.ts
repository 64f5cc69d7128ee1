import path from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLocaleSources, toChromeMessages } from '../../../build/locales';

// Vitest runs from the repository root (import.meta.url is not a file: URL under happy-dom).
const LOCALES = path.join(process.cwd(), 'locales');

/**
 * WXT's fake browser has no i18n. This answers `getMessage` from the real
 * `locales/*.json`, through the same conversion the build uses, so a test
 * sees exactly the strings the extension shows.
 */
export function installI18n(lang: 'de' | 'en' = 'en'): void {
  const messages = toChromeMessages(readLocaleSources(LOCALES), lang);
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getUILanguage = () => lang;
  i18n.getMessage = (key: string, substitutions?: string | string[]): string => {
    const message = messages[key];
    if (!message) return '';
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    let text = message.message;
    for (const [name, { content }] of Object.entries(message.placeholders ?? {})) {
      const index = Number(content.slice(1)) - 1;
      text = text.replaceAll(`$${name.toUpperCase()}$`, subs[index] ?? '');
    }
    return text;
  };
}
