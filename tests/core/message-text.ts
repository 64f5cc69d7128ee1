/**
 * Core code makes messages as keys and arguments; the page shows them through
 * `browser.i18n`. Core tests read them the same way, straight from
 * `locales/*.json` (the UI tests go through the fake browser: `installI18n`).
 */
import path from 'node:path';
import { messageLookup, readLocaleSources, toChromeMessages } from '../../build/locales';
import { toProblem, type UserProblem } from '../../src/core/glossary/user/types';
import { renderMessage, renderProblem, type Message, type MessageLookup, type Problem } from '../../src/core/message';

const source = readLocaleSources(path.join(process.cwd(), 'locales'));

/** Like the browser, but a key that does not exist or a wrong number of arguments fails the test. */
function strictLookup(lang: 'de' | 'en'): MessageLookup {
  const messages = toChromeMessages(source, lang);
  const lookup = messageLookup(source, lang);
  return (key, substitutions) => {
    const message = messages[key];
    if (!message) throw new Error(`no message "${key}" in locales/*.json`);
    const count = Object.keys(message.placeholders ?? {}).length;
    if (count !== substitutions.length) throw new Error(`message "${key}" takes ${count} arguments, got ${substitutions.length}`);
    return lookup(key, substitutions);
  };
}

const lookups: Record<'de' | 'en', MessageLookup> = { de: strictLookup('de'), en: strictLookup('en') };

export const english = lookups.en;

export function messageText(message: Message, lang: 'de' | 'en' = 'en'): string {
  return renderMessage(message, lookups[lang]);
}

/** `at: message`, as the options page lists it. */
export function problemLine(problem: Problem, lang: 'de' | 'en' = 'en'): string {
  return renderProblem(problem, lookups[lang]);
}

export function userProblemLine(problem: UserProblem, lang: 'de' | 'en' = 'en'): string {
  return problemLine(toProblem(problem), lang);
}
