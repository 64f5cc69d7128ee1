import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * UI strings live in `locales/<area>.json`, German and English side by side
 * ({ "key": { "de": "…", "en": "…" } }), one file per part of the extension so
 * parts can be edited independently. This turns them into the browser's
 * `_locales/<lang>/messages.json`. Placeholders are written `{name}`; they
 * become `$NAME$` with substitutions `$1`, `$2`… in order of first appearance.
 */
export type LocaleSource = Record<string, Record<string, string>>;
export const LOCALE_LANGS = ['de', 'en'] as const;

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function readLocaleSources(dir: string): LocaleSource {
  const merged: LocaleSource = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const source = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as LocaleSource;
    for (const [key, value] of Object.entries(source)) {
      if (key in merged) throw new Error(`locales/${file}: key "${key}" is defined twice`);
      merged[key] = value;
    }
  }
  return merged;
}

/**
 * Problems: a key missing a language, or languages disagreeing on
 * placeholders — their names, or the order they first appear in: callers
 * pass substitutions by position, so both languages must take them alike.
 */
export function checkLocaleSources(source: LocaleSource): string[] {
  const problems: string[] = [];
  for (const [key, texts] of Object.entries(source)) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) problems.push(`${key}: keys may only use letters, digits and _`);
    const names = LOCALE_LANGS.map((lang) => {
      const text = texts[lang];
      if (typeof text !== 'string' || text.trim() === '') problems.push(`${key}: missing "${lang}"`);
      return placeholderNames(text ?? '');
    });
    if (new Set(names.map((n) => [...n].sort().join(','))).size > 1) problems.push(`${key}: placeholders differ between languages`);
    else if (new Set(names.map((n) => n.join(','))).size > 1) problems.push(`${key}: placeholders appear in a different order between languages`);
  }
  return problems;
}

function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([a-z][a-zA-Z0-9]*)\}/g)].map((m) => m[1] as string))];
}

export function toChromeMessages(source: LocaleSource, lang: string): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, texts] of Object.entries(source)) {
    const text = texts[lang] ?? '';
    const names = placeholderNames(text);
    const message = text.replace(/\{([a-z][a-zA-Z0-9]*)\}/g, (_, name: string) => `$${name.toUpperCase()}$`);
    out[key] = names.length
      ? {
          message,
          placeholders: Object.fromEntries(names.map((n, i) => [n, { content: `$${i + 1}` }])),
        }
      : { message };
  }
  return out;
}

/**
 * `getMessage` as the browser answers it from the built `messages.json`:
 * placeholders filled by position, '' for an unknown key. For the build's own
 * English messages and for tests, where there is no browser.
 */
export function messageLookup(source: LocaleSource, lang: string): (key: string, substitutions: string[]) => string {
  const messages = toChromeMessages(source, lang);
  return (key, substitutions) => {
    const message = messages[key];
    if (!message) return '';
    const position = new Map(Object.entries(message.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), Number(content.slice(1)) - 1]));
    // One pass, values taken literally: a "$" in what the user wrote stays as it is.
    return message.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const i = position.get(name.toLowerCase());
      return i === undefined ? whole : (substitutions[i] ?? '');
    });
  };
}
