import { browser } from 'wxt/browser';

/**
 * A UI string from `_locales` (source: `locales/*.json`) in the browser's
 * language. Placeholders `{name}` are filled in order of first appearance.
 * Falls back to the key, so a missing string is visible rather than blank.
 */
export function t(key: string, ...substitutions: (string | number)[]): string {
  // Keys come from locales/*.json, which WXT's generated key types do not know.
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string;
  const text = getMessage(key, substitutions.map(String));
  return text || key;
}

/** 'de' or 'en': the language the browser shows Klartext's interface in. */
export function uiLang(): 'de' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('de') ? 'de' : 'en';
}
