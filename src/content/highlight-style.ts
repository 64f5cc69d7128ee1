import { markDeclarations, markLook } from '../core/settings/mark-style';
import type { Settings } from '../core/settings/types';
import { ACTIVE_HIGHLIGHT_NAME, HIGHLIGHT_NAME } from '../dom/highlight-layer';

/** Relative luminance of an `rgb()`/`rgba()` colour, or null when transparent or unreadable. */
function luminance(color: string): number | null {
  const m = color.match(/rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?/);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : Number.parseFloat(m[4]) / (m[4].endsWith('%') ? 100 : 1);
  if (alpha < 0.5) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Whether the page paints a dark background (so marks use the dark-page colour). */
export function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const lum = luminance(view.getComputedStyle(el).backgroundColor);
    if (lum !== null) return lum < 0.25;
  }
  return false;
}

/** The `::highlight()` rules for the chosen style: quiet, and unlike a link. */
export function highlightCss(settings: Settings, dark: boolean): string {
  const color = dark ? settings.colorDark : settings.colorLight;
  return [
    `::highlight(${HIGHLIGHT_NAME}) { ${markDeclarations(markLook(settings.style, color))} }`,
    `::highlight(${ACTIVE_HIGHLIGHT_NAME}) { background-color: color-mix(in srgb, ${color} 30%, transparent); }`,
  ].join('\n');
}

/**
 * The CSS the manifest already injects (src/content/default-highlight.css):
 * with it, no sheet needs adopting, which would restyle the whole page.
 */
export function isDefaultHighlightCss(css: string, defaults: Settings): boolean {
  return css === highlightCss(defaults, false);
}
