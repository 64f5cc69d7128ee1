/**
 * Aho–Corasick automaton over UTF-16 code units, compiled to a full DFA.
 *
 * Every unit that occurs in some key gets a symbol 1..n (0 = "in no key"), and
 * each state has a dense row of `stride` next states with failure links
 * already folded in. A step is then one table read whatever the glossary
 * size, which keeps the scan linear in the text. The table costs
 * states × stride × 4 bytes: about 0.5 MB for a 400-form glossary.
 */
export interface Automaton {
  /** Number of symbols + 1 (symbol 0 is "not in any key"). */
  stride: number;
  /** UTF-16 unit → symbol. */
  symbols: Uint16Array;
  /** `delta[state * stride + symbol]` → next state; state 0 is the root. */
  delta: Int32Array;
  /** Length in units of the string that leads from the root to a state. */
  depth: Int32Array;
  /** State → the deepest state on its suffix chain (itself included) where keys end, or -1. */
  outState: Int32Array;
  /** Terminal state → the next shorter terminal state on its suffix chain, or -1. */
  nextOut: Int32Array;
  /** Terminal state → its keys' indices in `keyOrder[keyStart[s]..keyEnd[s]]`, input order kept. */
  keyStart: Int32Array;
  keyEnd: Int32Array;
  keyOrder: Int32Array;
  /** Number of states. */
  states: number;
  /** Longest key in units. */
  maxDepth: number;
}

const MAX_SYMBOLS = 0xffff;

function assignSymbols(keys: readonly string[]): { symbols: Uint16Array; stride: number } {
  const symbols = new Uint16Array(0x10000);
  let next = 1;
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      if (symbols[unit] === 0) {
        if (next > MAX_SYMBOLS) throw new Error('matcher: too many distinct characters in forms');
        symbols[unit] = next++;
      }
    }
  }
  return { symbols, stride: next };
}

/** Builds the automaton for non-empty keys; several keys may be equal. */
export function buildAutomaton(keys: readonly string[]): Automaton {
  const { symbols, stride } = assignSymbols(keys);

  // Trie first, edges in a Map, so the dense table is allocated at its exact
  // size. State c (c ≥ 1) is created by the edge (parentOf[c], symbolOf[c]).
  const edges = new Map<number, number>();
  const depthList = [0];
  const parentOf = [-1];
  const symbolOf = [0];
  const keyState = new Int32Array(keys.length);
  keys.forEach((key, k) => {
    let state = 0;
    for (let i = 0; i < key.length; i++) {
      const symbol = symbols[key.charCodeAt(i)] ?? 0;
      const cell = state * stride + symbol;
      let child = edges.get(cell);
      if (child === undefined) {
        child = depthList.length;
        edges.set(cell, child);
        depthList.push(i + 1);
        parentOf.push(state);
        symbolOf.push(symbol);
      }
      state = child;
    }
    keyState[k] = state;
  });
  const states = depthList.length;
  const depth = Int32Array.from(depthList);

  // Children grouped by parent (counting sort), for the breadth-first pass.
  const childStart = new Int32Array(states + 1);
  for (let c = 1; c < states; c++) {
    const slot = (parentOf[c] ?? 0) + 1;
    childStart[slot] = (childStart[slot] ?? 0) + 1;
  }
  for (let s = 0; s < states; s++) childStart[s + 1] = (childStart[s + 1] ?? 0) + (childStart[s] ?? 0);
  const children = new Int32Array(Math.max(0, states - 1));
  const fillAt = childStart.slice(0, states);
  for (let c = 1; c < states; c++) {
    const p = parentOf[c] ?? 0;
    children[fillAt[p] ?? 0] = c;
    fillAt[p] = (fillAt[p] ?? 0) + 1;
  }

  // Group keys by terminal state (counting sort keeps input order = priority).
  const keyStart = new Int32Array(states);
  const keyEnd = new Int32Array(states);
  for (const state of keyState) keyEnd[state] = (keyEnd[state] ?? 0) + 1;
  let running = 0;
  for (let s = 0; s < states; s++) {
    const count = keyEnd[s] ?? 0;
    keyStart[s] = running;
    keyEnd[s] = running;
    running += count;
  }
  const keyOrder = new Int32Array(keys.length);
  keyState.forEach((state, k) => {
    const slot = keyEnd[state] ?? 0;
    keyOrder[slot] = k;
    keyEnd[state] = slot + 1;
  });

  // Breadth-first: a state's failure target is shallower, so its row and
  // output links are final by the time the state is visited. Each row starts
  // as a copy of its failure state's row (a native memmove, which keeps
  // compile cheap) and then gets the state's own trie edges on top.
  const delta = new Int32Array(states * stride); // zeros: every root cell leads to the root
  const fail = new Int32Array(states);
  const outState = new Int32Array(states).fill(-1);
  const nextOut = new Int32Array(states).fill(-1);
  const queue = new Int32Array(states);
  let tail = 0;
  for (let k = childStart[0] ?? 0; k < (childStart[1] ?? 0); k++) {
    const child = children[k] ?? 0;
    delta[symbolOf[child] ?? 0] = child;
    queue[tail++] = child;
  }
  for (let head = 0; head < tail; head++) {
    const state = queue[head] ?? 0;
    const failState = fail[state] ?? 0;
    const terminal = (keyEnd[state] ?? 0) > (keyStart[state] ?? 0);
    const inherited = outState[failState] ?? -1;
    outState[state] = terminal ? state : inherited;
    if (terminal) nextOut[state] = inherited;
    const row = state * stride;
    delta.copyWithin(row, failState * stride, failState * stride + stride);
    for (let k = childStart[state] ?? 0; k < (childStart[state + 1] ?? 0); k++) {
      const child = children[k] ?? 0;
      const cell = row + (symbolOf[child] ?? 0);
      fail[child] = delta[cell] ?? 0;
      delta[cell] = child;
      queue[tail++] = child;
    }
  }
  let maxDepth = 0;
  for (const d of depth) if (d > maxDepth) maxDepth = d;
  return { stride, symbols, delta, depth, outState, nextOut, keyStart, keyEnd, keyOrder, states, maxDepth };
}
