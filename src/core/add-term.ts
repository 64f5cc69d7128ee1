/**
 * "Add to Klartext": what the reader selected, handed to the options page's
 * entry editor in its address (`options.html#add?term=…`), so that the editor
 * opens filled in. Everything in it comes from a page, so it is read back
 * with limits and a scheme check, never trusted.
 */
import type { Lang } from './glossary/types';

export interface AddTermRequest {
  /** The selected words: the new entry's term (form and title). */
  term: string;
  /** The language of the text around it: the form's language. */
  lang: Lang;
  /** The sentence the term was met in. */
  example?: string;
  /** The page it was met on. */
  pageTitle?: string;
  url?: string;
}

export const ADD_HASH_PREFIX = '#add?';
const MAX = { term: 100, example: 400, pageTitle: 200, url: 2000 } as const;

function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** Only addresses a reader could follow: http(s), without credentials. */
function safeUrl(raw: string | undefined): string | undefined {
  if (!raw || raw.length > MAX.url) return undefined;
  try {
    const url = new URL(raw);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** The request, cleaned: whitespace collapsed, lengths capped, unsafe addresses dropped; null without a term. */
export function cleanAddRequest(raw: { term?: string; lang?: string; example?: string; pageTitle?: string; url?: string }, fallbackLang: Lang): AddTermRequest | null {
  const term = clip(raw.term ?? '', MAX.term);
  if (!term) return null;
  const lang: Lang = raw.lang === 'de' || raw.lang === 'en' ? raw.lang : fallbackLang;
  const out: AddTermRequest = { term, lang };
  const example = clip(raw.example ?? '', MAX.example);
  // The sentence only helps when it says more than the term itself.
  if (example && example !== term) out.example = example;
  const pageTitle = clip(raw.pageTitle ?? '', MAX.pageTitle);
  if (pageTitle) out.pageTitle = pageTitle;
  const url = safeUrl(raw.url);
  if (url) out.url = url;
  return out;
}

/** The options page's hash for a request. */
export function addTermHash(request: AddTermRequest): string {
  const params = new URLSearchParams({ term: request.term, lang: request.lang });
  if (request.example) params.set('example', request.example);
  if (request.pageTitle) params.set('title', request.pageTitle);
  if (request.url) params.set('url', request.url);
  return `${ADD_HASH_PREFIX}${params.toString()}`;
}

/** The request in an options page's hash, or null when the hash asks for none (or for nothing usable). */
export function parseAddTermHash(hash: string, fallbackLang: Lang): AddTermRequest | null {
  if (!hash.startsWith(ADD_HASH_PREFIX)) return null;
  const params = new URLSearchParams(hash.slice(ADD_HASH_PREFIX.length));
  const get = (key: string) => params.get(key) ?? undefined;
  return cleanAddRequest({ term: get('term'), lang: get('lang'), example: get('example'), pageTitle: get('title'), url: get('url') }, fallbackLang);
}

const SENTENCE_END = /[.!?…](?=\s|$)|\n/g;

/**
 * The sentence of `text` around [start, end) (a selection in a block's
 * text): from after the previous sentence end to the next one, at most
 * `max` characters, cut around the selection when longer.
 */
export function sentenceAround(text: string, start: number, end: number, max: number = MAX.example): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const at = m.index ?? 0;
    if (at < start) from = at + m[0].length;
    else if (at >= end) {
      to = at + (m[0] === '\n' ? 0 : 1);
      break;
    }
  }
  if (to - from > max) {
    const half = Math.floor((max - (end - start)) / 2);
    from = Math.max(from, start - half);
    to = Math.min(to, end + half);
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
