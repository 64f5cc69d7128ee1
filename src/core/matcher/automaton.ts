/**
 * Aho–Corasick automaton over UTF-16 code units, compiled to a full DFA.
 *
 * Every unit that occurs in some key gets a symbol 1..n (0 = "in no key"), and
 * each state has a dense row of `stride` next states with failure links
 * already folded in. A step is then one table read whatever the glossary
 * size, which keeps the scan linear in the text. The table costs
 * states × stride × 2 bytes: about 150 KB for the bundled glossary (281
 * distinct forms, 1 864 states, 40 symbols).
 */
export interface Automaton {
  /** Number of symbols + 1 (symbol 0 is "not in any key"). */
  stride: number;
  /**
   * UTF-16 unit → symbol, as long as the highest unit in any key; units past
   * the end read as undefined, i.e. symbol 0. A German/English glossary needs
   * a few hundred bytes here instead of 128 KB.
   */
  symbols: Uint16Array;
  /**
   * `delta[state * stride + symbol]` → next state; state 0 is the root.
   * 16-bit while the states fit (any realistic glossary), halving what every
   * frame's content script holds and what the scan pulls through the cache.
   */
  delta: Uint16Array | Int32Array;
  /** Length in units of the string that leads from the root to a state. */
  depth: Int32Array;
  /** State → the deepest state on its suffix chain (itself included) where keys end, or -1. */
  outState: Int32Array;
  /** Terminal state → the next shorter terminal state on its suffix chain, or -1. */
  nextOut: Int32Array;
  /** State → first key (in input order) ending there, or -1; `nextKey[k]` → the next one, or -1. */
  firstKey: Int32Array;
  nextKey: Int32Array;
  /** Number of states. */
  states: number;
  /** Longest key in units. */
  maxDepth: number;
  /** Rows of `delta` filled when first reached (a prebuilt matcher, `serialize.ts`); absent: all filled. */
  lazy?: LazyRows;
}

/** A lazily filled table: `ready[state]` is 0 until `fill(state)` wrote its row. */
export interface LazyRows {
  ready: Uint8Array;
  fill(state: number): void;
}

/** Builds the automaton for non-empty keys; several keys may be equal. */
export function buildAutomaton(keys: readonly string[]): Automaton {
  // One pass builds the trie and numbers the symbols as they first appear.
  // Edges live in a Map keyed by (state, unit) until the state count is
  // known, so the dense table is allocated at its exact size. State c (c ≥ 1)
  // is created by the edge (parent, symbolOf[c]); a parent's children form a
  // linked list (firstChild, nextSibling) for the breadth-first pass.
  const symbolOfUnit = new Map<number, number>();
  let stride = 1;
  const edges = new Map<number, number>();
  const depthList = [0];
  const symbolOf = [0];
  const firstChild = [-1];
  const nextSibling = [-1];
  const keyState = new Int32Array(keys.length);
  let maxDepth = 0;
  keys.forEach((key, k) => {
    if (key.length > maxDepth) maxDepth = key.length;
    let state = 0;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      const cell = state * 0x10000 + unit;
      let child = edges.get(cell);
      if (child === undefined) {
        let symbol = symbolOfUnit.get(unit);
        if (symbol === undefined) {
          // Only a glossary using every UTF-16 unit could get here.
          if (stride > 0xffff) throw new Error('matcher: too many distinct characters in forms');
          symbol = stride++;
          symbolOfUnit.set(unit, symbol);
        }
        child = depthList.length;
        edges.set(cell, child);
        depthList.push(i + 1);
        symbolOf.push(symbol);
        firstChild.push(-1);
        nextSibling.push(firstChild[state] ?? -1);
        firstChild[state] = child;
      }
      state = child;
    }
    keyState[k] = state;
  });
  const states = depthList.length;
  const depth = Int32Array.from(depthList);
  let maxUnit = -1;
  for (const unit of symbolOfUnit.keys()) if (unit > maxUnit) maxUnit = unit;
  const symbols = new Uint16Array(maxUnit + 1);
  for (const [unit, symbol] of symbolOfUnit) symbols[unit] = symbol;

  // Keys per terminal state as linked lists, built backwards so each list
  // runs in input order (= priority).
  const firstKey = new Int32Array(states).fill(-1);
  const nextKey = new Int32Array(keys.length);
  for (let k = keys.length - 1; k >= 0; k--) {
    const state = keyState[k] ?? 0;
    nextKey[k] = firstKey[state] ?? -1;
    firstKey[state] = k;
  }

  // Breadth-first: a state's failure target is shallower, so its row and
  // output links are final by the time the state is visited. Each row starts
  // as a copy of its failure state's row (a native memmove, which keeps
  // compile cheap) and then gets the state's own trie edges on top.
  // Zero-filled: every root cell not set below leads back to the root.
  const delta = states <= 0xffff ? new Uint16Array(states * stride) : new Int32Array(states * stride);
  const fail = new Int32Array(states);
  const outState = new Int32Array(states).fill(-1);
  const nextOut = new Int32Array(states).fill(-1);
  const queue = new Int32Array(states);
  let tail = 0;
  for (let child = firstChild[0] ?? -1; child > 0; child = nextSibling[child] ?? -1) {
    delta[symbolOf[child] ?? 0] = child;
    queue[tail++] = child;
  }
  for (let head = 0; head < tail; head++) {
    const state = queue[head] ?? 0;
    const failState = fail[state] ?? 0;
    const terminal = (firstKey[state] ?? -1) >= 0;
    const inherited = outState[failState] ?? -1;
    outState[state] = terminal ? state : inherited;
    if (terminal) nextOut[state] = inherited;
    const row = state * stride;
    delta.copyWithin(row, failState * stride, failState * stride + stride);
    for (let child = firstChild[state] ?? -1; child > 0; child = nextSibling[child] ?? -1) {
      const cell = row + (symbolOf[child] ?? 0);
      fail[child] = delta[cell] ?? 0;
      delta[cell] = child;
      queue[tail++] = child;
    }
  }
  return { stride, symbols, delta, depth, outState, nextOut, firstKey, nextKey, states, maxDepth };
}
