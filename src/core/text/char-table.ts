import { classifyCodePoint, foldCodePoint } from './chars';

const BMP_SIZE = 0x10000;

/**
 * Memoised class and fold for every BMP code unit that is not a surrogate.
 *
 * The regex-based classifiers cost far too much per character of a 5 MB page,
 * and filling all 65 536 slots up front would cost milliseconds at start, so
 * slots are filled on first sight (a page uses a few hundred distinct chars).
 * One table per compiled matcher: no module-level mutable state.
 */
export class BmpCharTable {
  /** 0 = not yet computed, else a `CLASS_*` value. */
  readonly classes = new Uint8Array(BMP_SIZE);
  /** Folded unit; valid once `classes[unit]` is non-zero. */
  readonly folds = new Uint16Array(BMP_SIZE);

  constructor() {
    // ASCII up front: it dominates German and English text.
    for (let unit = 0; unit < 0x80; unit++) this.fill(unit);
  }

  /** Computes and stores the slot for a non-surrogate BMP unit; returns its class. */
  fill(unit: number): number {
    const cls = classifyCodePoint(unit);
    this.classes[unit] = cls;
    this.folds[unit] = foldCodePoint(unit);
    return cls;
  }
}
