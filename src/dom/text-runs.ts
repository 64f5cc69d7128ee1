import { INLINE_TAGS, SKIPPED_TAGS, isEditingHost } from './exclusions';

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
   * change) rescan only the root's own runs and skip nested blocks: those
   * were scanned before, or were added and get a deep walk of their own.
   */
  deep: boolean;
  onUnitStart: (unit: Node) => void;
  onRun: (run: TextRun) => void;
  onShadowRoot: (root: ShadowRoot) => void;
}

const CHECK_EVERY = 256;
const SHOW = 0x1 | 0x4; // NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT
/** A walk whose current node was removed between chunks starts over, this often at most. */
const MAX_RESTARTS = 3;

/**
 * A resumable walk over a subtree with a native TreeWalker (one call per node,
 * where a hand-written walk costs several): `step` works until the deadline,
 * so big pages yield between chunks. A run ends where the text's block
 * changes, at a block element, or at a skipped one.
 */
export class RunWalker {
  private readonly walker: TreeWalker;
  private next: Node | null;
  private deep: boolean;
  private restarts = 0;
  /** The run being collected. */
  private block: Node | null = null;
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;
  /** Parent → block, for the common case of many text nodes under one parent. */
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;
  private readonly langs = new Map<Node, string>();
  /** Editing hosts under the root, found by one native query instead of an attribute read per element. */
  private readonly editables: ReadonlySet<Element>;
  textNodes = 0;
  characters = 0;

  constructor(private readonly options: RunWalkerOptions) {
    const { root } = options;
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, SHOW);
    this.deep = options.deep;
    const query = (root as ParentNode).querySelectorAll?.('[contenteditable]');
    this.editables = new Set([...(query ?? [])].filter(isEditingHost));
    this.langs.set(root, options.lang);
    options.onUnitStart(root);
    this.next = this.walker.nextNode();
  }

  get done(): boolean {
    return this.next === null;
  }

  /** Walks until done or `deadline` (a performance.now() value) passes; returns whether done. */
  step(deadline: number): boolean {
    const walker = this.walker;
    let node = this.next;
    if (node && !node.isConnected && this.options.root.isConnected) node = this.restart();
    let budget = CHECK_EVERY;
    while (node) {
      if (--budget === 0) {
        if (performance.now() >= deadline) {
          this.flush();
          this.next = node;
          return false;
        }
        budget = CHECK_EVERY;
      }
      if (node.nodeType === 3) {
        this.addText(node as Text);
        node = walker.nextNode();
        continue;
      }
      const el = node as Element;
      const name = el.localName;
      if (name === 'br') {
        this.addBreak();
      } else if (SKIPPED_TAGS.has(name) || (this.editables.size > 0 && this.editables.has(el))) {
        node = this.skipSubtree();
        continue;
      } else {
        if (el.shadowRoot) this.options.onShadowRoot(el.shadowRoot);
        if (!INLINE_TAGS.has(name)) {
          this.flush();
          if (!this.deep) {
            node = this.skipSubtree();
            continue;
          }
          this.options.onUnitStart(el);
        }
      }
      node = walker.nextNode();
    }
    this.flush();
    this.next = null;
    return true;
  }

  /** The page removed the node the walk was at: go over the whole root again. */
  private restart(): Node | null {
    this.flush();
    if (++this.restarts > MAX_RESTARTS) return null;
    this.deep = true;
    this.walker.currentNode = this.options.root;
    this.options.onUnitStart(this.options.root);
    return this.walker.nextNode();
  }

  private skipSubtree(): Node | null {
    const walker = this.walker;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  }

  private addText(text: Text): void {
    const data = text.data;
    this.textNodes++;
    this.characters += data.length;
    if (data.length === 0) return;
    const block = this.blockOf(text);
    if (block !== this.block) {
      this.flush();
      this.block = block;
    }
    this.nodes.push(text);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
  }

  /** A line break separates words without being a text node. */
  private addBreak(): void {
    if (this.nodes.length === 0) return;
    this.parts.push('\n');
    this.length += 1;
  }

  /** Nearest non-inline ancestor of a text node (or the walk's root). */
  private blockOf(text: Text): Node {
    const parent = text.parentNode as Node;
    if (parent === this.lastParent) return this.lastBlock as Node;
    const root = this.options.root;
    let block: Node = parent;
    while (block !== root && block.nodeType === 1 && INLINE_TAGS.has((block as Element).localName)) {
      block = block.parentNode ?? root;
    }
    this.lastParent = parent;
    this.lastBlock = block;
    return block;
  }

  private flush(): void {
    if (this.nodes.length > 0 && this.block) {
      this.options.onRun({
        unit: this.block,
        nodes: this.nodes,
        starts: this.starts,
        text: this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join(''),
        lang: this.langOf(this.block),
      });
      this.nodes = [];
      this.starts = [];
      this.parts = [];
    } else if (this.parts.length > 0) {
      this.parts = [];
    }
    this.length = 0;
    this.block = null;
  }

  /** Language of a block: its own `lang`, else its nearest ancestor's within the root, memoised. */
  private langOf(node: Node): string {
    const langs = this.langs;
    const path: Node[] = [];
    let current: Node | null = node;
    let lang: string | undefined;
    while (current) {
      lang = langs.get(current);
      if (lang !== undefined) break;
      path.push(current);
      if (current.nodeType === 1) {
        const own = (current as Element).getAttribute('lang');
        if (own !== null) {
          lang = own.trim();
          break;
        }
      }
      current = current.parentNode;
    }
    const value = lang ?? this.options.lang;
    for (const n of path) langs.set(n, value);
    return value;
  }
}
