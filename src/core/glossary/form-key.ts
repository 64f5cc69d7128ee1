// Separators the matcher treats as interchangeable: any whitespace (NBSP
// included), hyphen-minus, U+2010 hyphen, U+2011 non-breaking hyphen.
const SEPARATORS = /[\s\u00A0\u2010\u2011-]+/gu;
const SOFT_HYPHEN = /\u00AD/gu;

/**
 * The identity of a surface form for the glossary's own checks: two forms with
 * the same key are the same term to the matcher ("Open Source" = "open-source").
 * The matcher has its own normaliser in `src/core/text/`; this one only decides
 * which forms count as duplicates, so it is deliberately a little coarser (it
 * always folds case).
 */
export function formKey(form: string): string {
  return form
    .normalize('NFC')
    .replace(SOFT_HYPHEN, '')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim();
}
