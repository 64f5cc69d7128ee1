import common from '../../../locales/common.json';
import content from '../../../locales/content.json';
import flagForm from '../../../locales/flag-form.json';

type Lang = 'de' | 'en';
type Strings = Record<string, { de: string; en: string }>;
const STRINGS: Strings = { ...(common as Strings), ...(content as Strings), ...(flagForm as Strings) };

/**
 * The popover's own words (category, "Read more", "Related", source, close,
 * "I know this", the flag form) in the language of the explanation it shows, not the
 * browser's: a German explanation gets German labels in an English browser.
 * Placeholders `{name}` are filled in order, as in `t()`.
 */
export function label(lang: string, key: string, ...substitutions: (string | number)[]): string {
  const text = STRINGS[key]?.[(lang === 'de' ? 'de' : 'en') satisfies Lang];
  if (!text) return key;
  const order: string[] = [];
  return text.replace(/\{([a-zA-Z]+)\}/g, (m, name: string) => {
    if (!order.includes(name)) order.push(name);
    const value = substitutions[order.indexOf(name)];
    return value === undefined ? m : String(value);
  });
}
