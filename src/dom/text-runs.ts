import { isInlineElement, isSkippedElement } from './exclusions';
import { ownLanguage } from './lang';

/**
 * A run of text as the reader sees it flowing: consecutive text nodes of one
 * block, joined across inline elements so that "<b>DeepSeek</b> R1" is one
 * string. Matcher offsets into `text` map back to nodes through `starts`.
 */
export interface TextRun {
  /** The block (non-inline element or shadow root) the run belongs to. */
  unit: Node;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
  lang: string;
}

export interface RunWalkerOptions {
  root: Node;
  /** Language inherited by the root. */
  lang: string;
  /**
   * Deep walks scan every block below the root. Shallow walks (after a text
   * change) rescan only the root's own runs and skip nested blocks that were
   * scanned before.
   */
  deep: boolean;
  isScannedUnit: (el: Element) => boolean;
  onUnitStart: (unit: Node) => void;
  onRun: (run: TextRun) => void;
  onShadowRoot: (root: ShadowRoot) => void;
}

interface UnitContext {
  unit: Node;
  lang: string;
  nodes: Text[];
  starts: number[];
  parts: string[];
  length: number;
}

const CHECK_EVERY = 128;

/** An iterative, resumable walk: `step` does work until the deadline, so big pages can yield between chunks. */
export class RunWalker {
  private node: Node | null;
  private readonly stack: UnitContext[];
  /** Text nodes read so far (for the scan measure). */
  textNodes = 0;
  characters = 0;

  constructor(private readonly options: RunWalkerOptions) {
    this.stack = [this.context(options.root, options.lang)];
    options.onUnitStart(options.root);
    this.node = options.root.firstChild;
  }

  get done(): boolean {
    return this.node === null;
  }

  /** Walks until done or `deadline` (a performance.now() value) passes; returns whether done. */
  step(deadline: number): boolean {
    const { root } = this.options;
    let budget = CHECK_EVERY;
    while (this.node) {
      if (--budget === 0) {
        if (performance.now() >= deadline) return false;
        budget = CHECK_EVERY;
      }
      const node: Node = this.node;
      if (node.nodeType === 3) {
        this.addText(node as Text);
      } else if (node.nodeType === 1 && this.enter(node as Element)) {
        continue;
      }
      this.node = this.advance(node, root);
    }
    this.flush(this.top());
    return true;
  }

  /** Handles an element; returns true when the walk descended into it. */
  private enter(el: Element): boolean {
    if (el.localName === 'br') {
      this.addBreak();
      return false;
    }
    if (isSkippedElement(el)) return false;
    if (el.shadowRoot) this.options.onShadowRoot(el.shadowRoot);
    const first = el.firstChild;
    if (isInlineElement(el)) {
      if (!first) return false;
      this.node = first;
      return true;
    }
    this.flush(this.top());
    if (!first || (!this.options.deep && this.options.isScannedUnit(el))) return false;
    this.stack.push(this.context(el, ownLanguage(el, this.top().lang)));
    this.options.onUnitStart(el);
    this.node = first;
    return true;
  }

  private advance(from: Node, root: Node): Node | null {
    let node: Node | null = from;
    while (node && node !== root) {
      if (node.nextSibling) return node.nextSibling;
      node = node.parentNode;
      if (!node || node === root) break;
      if (this.stack.length > 1 && this.top().unit === node) {
        this.flush(this.top());
        this.stack.pop();
      }
    }
    // Either finished, or the subtree was detached mid-walk (the mutation
    // observer rescans what replaced it).
    return null;
  }

  private addText(text: Text): void {
    const ctx = this.top();
    const data = text.data;
    this.textNodes++;
    this.characters += data.length;
    if (data.length === 0) return;
    ctx.nodes.push(text);
    ctx.starts.push(ctx.length);
    ctx.parts.push(data);
    ctx.length += data.length;
  }

  /** A line break separates words without being a text node. */
  private addBreak(): void {
    const ctx = this.top();
    if (ctx.nodes.length === 0) return;
    ctx.parts.push('\n');
    ctx.length += 1;
  }

  private flush(ctx: UnitContext): void {
    if (ctx.nodes.length > 0) {
      this.options.onRun({
        unit: ctx.unit,
        nodes: ctx.nodes,
        starts: ctx.starts,
        text: ctx.parts.length === 1 ? (ctx.parts[0] as string) : ctx.parts.join(''),
        lang: ctx.lang,
      });
    }
    ctx.nodes = [];
    ctx.starts = [];
    ctx.parts = [];
    ctx.length = 0;
  }

  private top(): UnitContext {
    return this.stack[this.stack.length - 1] as UnitContext;
  }

  private context(unit: Node, lang: string): UnitContext {
    return { unit, lang, nodes: [], starts: [], parts: [], length: 0 };
  }
}
