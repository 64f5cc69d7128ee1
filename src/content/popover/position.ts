/** The room a popover keeps from the viewport's edges (CSS px). */
export const VIEWPORT_MARGIN = 8;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

/**
 * Where to put a popover of `size` next to `anchor` (the line box of the
 * term), inside a viewport: below the term if it fits, else above, else on
 * the side with more room; shifted sideways to stay on screen.
 */
export function placePopover(options: {
  anchor: Box;
  size: { width: number; height: number };
  viewport: { width: number; height: number };
  gap?: number;
  margin?: number;
}): Placement {
  const { anchor, size, viewport } = options;
  const gap = options.gap ?? 6;
  const margin = options.margin ?? VIEWPORT_MARGIN;
  const roomBelow = viewport.height - anchor.bottom - gap - margin;
  const roomAbove = anchor.top - gap - margin;
  const side: Placement['side'] =
    size.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  let top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - size.height;
  top = clamp(top, margin, viewport.height - size.height - margin);
  const left = clamp(anchor.left, margin, viewport.width - size.width - margin);
  return { left, top, side };
}

/** Keeps `value` within [min, max]; when the box is larger than the room, pins it to `min`. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
