import { INLINE_TAGS, SKIPPED_TAGS, isEditingHost } from './exclusions';
import { blockOf } from './units';

/**
 * Text as the reader sees it flowing, many runs at a time. A run is the
 * consecutive text of one block, joined across inline elements so that
 * "<b>DeepSeek</b> R1" is one string; runs are joined by U+001F (UNIT
 * SEPARATOR: no word character and no separator the matcher would bridge),
 * so one matcher call covers a whole batch instead of paying its fixed cost
 * per run. Offsets into `text` map back to nodes and blocks by binary search.
 */
export interface TextBatch {
  text: string;
  lang: string;
  /** Every text node in the batch, in order, and the offset of its first character. */
  nodes: Text[];
  starts: number[];
  /** The block (non-inline element or shadow root) of each run, and the offset where the run starts. */
  units: Node[];
  unitStarts: number[];
}

export const RUN_SEPARATOR = '\u001F';
/** Batches end after about this many characters (at the end of a run). */
const BATCH_CHARS = 16_384;

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
  /** Called for every block the walk enters (except in a fresh walk, until it restarts). */
  onUnitStart: (unit: Node) => void;
  /** No block below the root holds marks yet (the first scan): skip `onUnitStart`. */
  fresh: boolean;
  onBatch: (batch: TextBatch) => void;
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
  private fresh: boolean;
  /** The block of the run being collected (null between runs). */
  private block: Node | null = null;
  /** The batch being collected. */
  private lang = '';
  private nodes: Text[] = [];
  private starts: number[] = [];
  private units: Node[] = [];
  private unitStarts: number[] = [];
  private parts: string[] = [];
  private length = 0;
  /** Parent → block, for the common case of many text nodes under one parent. */
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;
  private readonly langs = new Map<Node, string>();
  /** Editing hosts under the root, found by one native query instead of an attribute read per element. */
  private readonly editables: ReadonlySet<Element>;
  /** Elements under the root with a `lang` attribute (often none: then every run has the root's language). */
  private readonly langHosts: ReadonlySet<Element>;
  textNodes = 0;
  characters = 0;

  constructor(private readonly options: RunWalkerOptions) {
    const { root } = options;
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, SHOW);
    this.deep = options.deep;
    const query = (root as ParentNode).querySelectorAll?.('[contenteditable]');
    this.editables = new Set([...(query ?? [])].filter(isEditingHost));
    this.langHosts = new Set((root as ParentNode).querySelectorAll?.('[lang]') ?? []);
    this.langs.set(root, options.lang);
    this.fresh = options.fresh;
    if (!this.fresh) options.onUnitStart(root);
    this.next = this.walker.nextNode();
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
          this.flushBatch();
          this.next = node;
          return false;
        }
        budget = CHECK_EVERY;
      }
      if (node.nodeType === 3) {
        // addText, inlined: this line runs once per text node of the page,
        // mostly before the JIT has optimised anything.
        const data = (node as Text).data;
        this.textNodes++;
        if (data.length > 0) {
          const block = this.blockOf(node as Text);
          if (block !== this.block) this.startRun(block);
          this.nodes.push(node as Text);
          this.starts.push(this.length);
          this.parts.push(data);
          this.length += data.length;
          this.characters += data.length;
        }
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
          this.block = null;
          if (!this.deep) {
            node = this.skipSubtree();
            continue;
          }
          if (!this.fresh) this.options.onUnitStart(el);
        }
      }
      node = walker.nextNode();
    }
    this.flushBatch();
    this.next = null;
    return true;
  }

  /** The page removed the node the walk was at: go over the whole root again. */
  private restart(): Node | null {
    this.flushBatch();
    if (++this.restarts > MAX_RESTARTS) return null;
    this.deep = true;
    this.walker.currentNode = this.options.root;
    // Blocks already read in this walk now hold marks: clear them as they come again.
    this.fresh = false;
    this.options.onUnitStart(this.options.root);
    return this.walker.nextNode();
  }

  private skipSubtree(): Node | null {
    this.block = null;
    const walker = this.walker;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  }

  private startRun(block: Node): void {
    const lang = this.langOf(block);
    if (this.units.length > 0 && (lang !== this.lang || this.length >= BATCH_CHARS)) this.flushBatch();
    if (this.units.length > 0) {
      this.parts.push(RUN_SEPARATOR);
      this.length += 1;
    }
    this.lang = lang;
    this.block = block;
    this.units.push(block);
    this.unitStarts.push(this.length);
  }

  /** A line break separates words without being a text node. */
  private addBreak(): void {
    if (this.block === null) return;
    this.parts.push('\n');
    this.length += 1;
  }

  /** The block of a text node (see `blockOf`), remembered for its parent's next text node. */
  private blockOf(text: Text): Node {
    const parent = text.parentNode;
    if (parent === this.lastParent) return this.lastBlock as Node;
    // The walk's roots are blocks (or shadow roots), so the climb ends at the root at the latest.
    const block = blockOf(text) ?? this.options.root;
    this.lastParent = parent;
    this.lastBlock = block;
    return block;
  }

  private flushBatch(): void {
    this.block = null;
    if (this.units.length > 0) {
      this.options.onBatch({
        text: this.parts.join(''),
        lang: this.lang,
        nodes: this.nodes,
        starts: this.starts,
        units: this.units,
        unitStarts: this.unitStarts,
      });
      this.nodes = [];
      this.starts = [];
      this.units = [];
      this.unitStarts = [];
    }
    this.parts = [];
    this.length = 0;
  }

  /** Language of a block: its own `lang`, else its nearest ancestor's within the root, memoised. */
  private langOf(node: Node): string {
    if (this.langHosts.size === 0) return this.options.lang;
    const langs = this.langs;
    const path: Node[] = [];
    let current: Node | null = node;
    let lang: string | undefined;
    while (current) {
      lang = langs.get(current);
      if (lang !== undefined) break;
      path.push(current);
      if (this.langHosts.has(current as Element)) {
        lang = ((current as Element).getAttribute('lang') ?? '').trim();
        break;
      }
      current = current.parentNode;
    }
    const value = lang ?? this.options.lang;
    for (const n of path) langs.set(n, value);
    return value;
  }
}
