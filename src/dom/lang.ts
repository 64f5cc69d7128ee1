/** The language of the text at `node`: the nearest `lang` attribute, across shadow boundaries. */
export function languageOf(node: Node): string {
  let current: Node | null = node;
  while (current) {
    if (current.nodeType === Node.ELEMENT_NODE) {
      const lang = (current as Element).getAttribute('lang');
      if (lang !== null) return lang.trim();
    }
    current =
      current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return '';
}

