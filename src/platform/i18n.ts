import { browser } from 'wxt/browser';
import { renderMessage, renderProblem, type Message, type MessageLookup, type Problem } from '../core/message';

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

/**
 * The message key for a count, by the language's plural rules
 * (`Intl.PluralRules`): `key_one`, `key_other` (and `key_few`, … where a
 * language has them; a missing category falls back to `key_other`).
 */
export function pluralKey(key: string, count: number, lang: string, has: (key: string) => boolean): string {
  const category = new Intl.PluralRules(lang).select(count);
  const wanted = `${key}_${category}`;
  return has(wanted) ? wanted : `${key}_other`;
}

/** A UI string that counts something, in the plural form the count needs (substitutions as in `t`). */
export function plural(key: string, count: number, ...substitutions: (string | number)[]): string {
  const getMessage = browser.i18n.getMessage as (name: string) => string;
  return t(pluralKey(key, count, uiLang(), (k) => getMessage(k) !== ''), ...substitutions);
}

const lookup: MessageLookup = (key, substitutions) => t(key, ...substitutions);

/** A message made by core code (a key and its arguments), in the browser's language. */
export function messageText(message: Message): string {
  return renderMessage(message, lookup);
}

/** A problem as a line of text: `entry "llm" › forms.de[0]: …`, the path as it is, the rest translated. */
export function problemText(problem: Problem): string {
  return renderProblem(problem, lookup);
}

/** 'de' or 'en': the language the browser shows Klartext's interface in. */
export function uiLang(): 'de' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('de') ? 'de' : 'en';
}
