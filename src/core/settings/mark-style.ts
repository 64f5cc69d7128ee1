import type { HighlightStyle } from './types';

/**
 * How a marked term looks in each highlight style, as CSS property values.
 * The one source for the content script's `::highlight()` rules and the
 * options page's preview, so the preview looks like a page.
 */
// A type, not an interface: it is then a plain style object (Preact's `style` wants an index signature).
export type MarkLook = {
  textDecoration: string;
  backgroundColor: string;
};

/**
 * Every style sets both properties: the content script's adopted sheet
 * overrides the manifest's default rule, which must not shine through.
 */
export function markLook(style: HighlightStyle, color: string): MarkLook {
  switch (style) {
    case 'underline':
      return { textDecoration: `underline solid ${color} 2px`, backgroundColor: 'transparent' };
    case 'dotted':
      return { textDecoration: `underline dotted ${color} 2px`, backgroundColor: 'transparent' };
    case 'background':
      return { textDecoration: 'none', backgroundColor: `color-mix(in srgb, ${color} 22%, transparent)` };
    case 'none':
      return { textDecoration: 'none', backgroundColor: 'transparent' };
  }
}

/** The look as CSS declarations, for a style sheet rule. */
export function markDeclarations(look: MarkLook): string {
  return `text-decoration: ${look.textDecoration}; background-color: ${look.backgroundColor};`;
}
