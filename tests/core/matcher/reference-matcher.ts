import type { GlossaryEntry, Lang, TermMatch } from '../../../src/core/glossary/types';

/**
 * The matching rules written as plainly as possible, sharing no code with the
 * real matcher: try every form at every position, keep the valid candidates,
 * then take leftmost-longest. Quadratic and slow, obviously so, which is the
 * point: property tests compare the automaton against it.
 */

const WORD = /^[\p{L}\p{M}\p{N}]$/u;
const SEPARATOR = /^[\s\-\u2010\u2011]$/u;
const SHY = '\u00AD';
const LANG_ORDER: Lang[] = ['de', 'en'];

interface Char {
  ch: string; // one code point (or one lone surrogate)
  at: number; // UTF-16 offset in the original text
}

type Token = { sep: true } | { sep: false; ch: string };

const isWord = (c: Char | undefined): boolean => c !== undefined && WORD.test(c.ch);
const isSep = (c: Char | undefined): boolean => c !== undefined && SEPARATOR.test(c.ch);
const fold = (ch: string): string => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch);

/** Code points without soft hyphens, each with its original offset. */
function visibleChars(text: string): Char[] {
  const out: Char[] = [];
  let at = 0;
  for (const ch of text) {
    if (ch !== SHY) out.push({ ch, at });
    at += ch.length;
  }
  return out;
}

function tokenize(form: string): Token[] {
  const tokens: Token[] = [];
  for (const c of visibleChars(form)) {
    if (isSep(c)) {
      if (tokens.length > 0 && !tokens[tokens.length - 1]!.sep) tokens.push({ sep: true });
    } else {
      tokens.push({ sep: false, ch: c.ch });
    }
  }
  while (tokens.length > 0 && tokens[tokens.length - 1]!.sep) tokens.pop();
  return tokens;
}

const sameTokens = (a: Token[], b: Token[]): boolean =>
  a.length === b.length && a.every((t, i) => JSON.stringify(t) === JSON.stringify(b[i]));

/** Index just past the match of `tokens` at `from`, or -1. */
function matchAt(chars: Char[], from: number, tokens: Token[], exact: boolean): number {
  let j = from;
  for (const token of tokens) {
    if (token.sep) {
      if (!isSep(chars[j])) return -1;
      while (isSep(chars[j])) j++;
    } else {
      const c = chars[j];
      if (c === undefined || isSep(c)) return -1;
      if (exact ? c.ch !== token.ch : fold(c.ch) !== fold(token.ch)) return -1;
      j++;
    }
  }
  return j;
}

function primaryLang(tag: string | undefined): string {
  return (tag ?? '').split(/[-_]/)[0]!.toLowerCase();
}

interface Candidate {
  start: number;
  end: number;
  exact: boolean;
  entryIndex: number;
  langs: Set<Lang>;
}

export function referenceMatch(entries: readonly GlossaryEntry[], text: string, lang?: string): TermMatch[] {
  const chars = visibleChars(text);
  const textLang = primaryLang(lang);
  const candidates: Candidate[] = [];
  for (let v = 0; v < chars.length; v++) {
    if (isSep(chars[v]) || isWord(chars[v - 1])) continue;
    entries.forEach((entry, entryIndex) => {
      if (entry.scope && entry.scope !== textLang) return;
      const matchCase = (entry.matchCase ?? []).map(tokenize);
      for (const formLang of LANG_ORDER) {
        for (const form of entry.forms[formLang]) {
          if (/[\uD800-\uDFFF]/u.test(form)) continue; // the matcher skips malformed forms
          const tokens = tokenize(form);
          if (tokens.length === 0) continue;
          const hasLower = tokens.some((t) => !t.sep && /\p{Ll}/u.test(t.ch));
          const exact = !hasLower || matchCase.some((m) => sameTokens(m, tokens));
          const j = matchAt(chars, v, tokens, exact);
          if (j < 0 || isWord(chars[j])) continue;
          const last = chars[j - 1]!;
          candidates.push({
            start: chars[v]!.at,
            end: last.at + last.ch.length,
            exact,
            entryIndex,
            langs: new Set([formLang]),
          });
        }
      }
    });
  }
  // Leftmost, then longest, then exact-case before case-insensitive, then glossary order.
  candidates.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      Number(b.exact) - Number(a.exact) ||
      a.entryIndex - b.entryIndex,
  );
  const out: TermMatch[] = [];
  let lastEnd = 0;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.start < lastEnd) continue;
    // All forms of the winning entry and case mode that match this span name its languages.
    const langs = new Set<Lang>();
    for (const d of candidates) {
      if (d.start === c.start && d.end === c.end && d.exact === c.exact && d.entryIndex === c.entryIndex) {
        for (const l of d.langs) langs.add(l);
      }
    }
    const reported = langs.has(textLang as Lang) ? (textLang as Lang) : LANG_ORDER.find((l) => langs.has(l))!;
    out.push({ id: entries[c.entryIndex]!.id, start: c.start, end: c.end, lang: reported });
    lastEnd = c.end;
  }
  return out;
}
