/**
 * The host whose site switch applies to this frame: the tab's top-level
 * site, so an embedded frame follows the page the reader is on.
 */
export function siteHostFor(win: Window): string {
  if (win === win.top) return win.location.host;
  try {
    const top = win.top?.location.host;
    if (top !== undefined) return top;
  } catch {
    // Cross-origin parent: fall back to what the browser tells about ancestors.
  }
  const ancestors = win.location.ancestorOrigins;
  const topOrigin = ancestors?.length ? ancestors[ancestors.length - 1] : undefined;
  if (topOrigin) {
    try {
      return new URL(topOrigin).host;
    } catch {
      // Opaque origin ("null"): use the frame's own host.
    }
  }
  return win.location.host;
}

/** `<meta name="klartext" content="off">`: the page asks not to be marked. */
export function pageOptsOut(doc: Document): boolean {
  const meta = doc.querySelector('meta[name="klartext" i]');
  return meta?.getAttribute('content')?.trim().toLowerCase() === 'off';
}
