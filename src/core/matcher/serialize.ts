/**
 * The compiled matcher in a form that can be stored (plain strings and
 * numbers) and brought back in a few milliseconds, so a frame does not
 * compile a large glossary itself (10,000 entries: several hundred ms).
 *
 * The dense table (`Automaton.delta`) is not stored: for 20,000 forms it
 * holds millions of cells. What is stored is the trie in breadth-first order
 * (per state: its failure state, the symbol that leads to it, its number of
 * children) and where each key ends; a row of the table is then filled the
 * first time the scan reaches its state (a copy of its failure state's row
 * plus its own edges), so a frame pays only for the states its pages visit.
 */
import type { Automaton, LazyRows } from './automaton';
import type { FormRecord } from './compile-forms';
import { MAX_PREFILTER_WORDS } from './prefilter';

export interface SerializedMatcher {
  stride: number;
  states: number;
  maxDepth: number;
  /** [unit, symbol] pairs. */
  symbols: number[];
  /** Per state in breadth-first order, base64 of little-endian Int32: failure state; Uint16: number of children, incoming symbol. */
  fail: string;
  children: string;
  symbol: string;
  /** Per key (= record): the state where it ends. */
  keyState: string;
  /**
   * Per record: id, key, and the raw form of exact ones ('' otherwise), flags = exact | scope << 1 | langs << 3.
   * Keys only serve the prefilter: empty when there are too many first words for one (`MAX_PREFILTER_WORDS`).
   */
  ids: string[];
  keys: string[];
  raws: string[];
  flags: number[];
}

function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}

/** Native where the engine has it (Chrome 140, Firefox 133): a frame decodes a megabyte in a millisecond, not in a cold loop. */
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

function fromBase64(text: string): Uint8Array {
  if (nativeFromBase64) return nativeFromBase64.call(Uint8Array, text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const int32s = (a: Int32Array): string => toBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
const uint16s = (a: Uint16Array): string => toBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
// Little-endian on every platform a browser runs on.
const readInt32s = (text: string): Int32Array => new Int32Array(fromBase64(text).buffer);
const readUint16s = (text: string): Uint16Array => new Uint16Array(fromBase64(text).buffer);

/** From a compiled automaton and its records (`compileMatcher`'s). Runs where the glossary is built. */
export function serializeMatcher(a: Automaton, records: readonly FormRecord[]): SerializedMatcher {
  const { stride, delta, depth, states } = a;
  // Trie edges are the table's cells leading one level deeper; breadth-first over them renumbers the states.
  const order = new Int32Array(states);
  const newId = new Int32Array(states).fill(-1);
  const incoming = new Uint16Array(states);
  const children = new Uint16Array(states);
  const failOld = new Int32Array(states);
  newId[0] = 0;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const s = order[head] ?? 0;
    const before = tail;
    const row = s * stride;
    for (let sym = 1; sym < stride; sym++) {
      const c = delta[row + sym] ?? 0;
      if (c === 0 || (depth[c] ?? 0) !== (depth[s] ?? 0) + 1 || newId[c] !== -1) continue;
      newId[c] = tail;
      order[tail] = c;
      incoming[tail] = sym;
      failOld[c] = s === 0 ? 0 : (delta[failOld[s]! * stride + sym] ?? 0);
      tail++;
    }
    children[head] = tail - before;
  }
  if (tail !== states) throw new Error('matcher: the table is not a trie with failure links');
  const fail = new Int32Array(states);
  for (let i = 0; i < states; i++) fail[i] = newId[failOld[order[i] ?? 0] ?? 0] ?? 0;
  const keyState = new Int32Array(records.length);
  for (let s = 0; s < states; s++) for (let k = a.firstKey[s] ?? -1; k >= 0; k = a.nextKey[k] ?? -1) keyState[k] = newId[s] ?? 0;
  const firstWords = new Set(records.map((r) => r.key.split(' ', 1)[0]));
  const symbols: number[] = [];
  a.symbols.forEach((symbol, unit) => {
    if (symbol !== 0) symbols.push(unit, symbol);
  });
  return {
    stride,
    states,
    maxDepth: a.maxDepth,
    symbols,
    fail: int32s(fail),
    children: uint16s(children),
    symbol: uint16s(incoming),
    keyState: int32s(keyState),
    ids: records.map((r) => r.id),
    keys: firstWords.size <= MAX_PREFILTER_WORDS ? records.map((r) => r.key) : [],
    raws: records.map((r) => (r.exact ? r.raw : '')),
    flags: records.map((r) => Number(r.exact) | (r.scope << 1) | (r.langs << 3)),
  };
}

/** Back to an automaton (rows filled on demand) and records. Throws on inconsistent data. */
export function deserializeMatcher(s: SerializedMatcher): { automaton: Automaton & { lazy: LazyRows }; records: FormRecord[] } {
  const { stride, states } = s;
  let fail: Int32Array, children: Uint16Array, incoming: Uint16Array, keyState: Int32Array;
  try {
    fail = readInt32s(s.fail);
    children = readUint16s(s.children);
    incoming = readUint16s(s.symbol);
    keyState = readInt32s(s.keyState);
  } catch {
    throw new Error('matcher: inconsistent prebuilt tables');
  }
  const n = s.ids.length;
  if (fail.length !== states || children.length !== states || incoming.length !== states || keyState.length !== n) {
    throw new Error('matcher: inconsistent prebuilt tables');
  }
  // Breadth-first: a state's children follow all children of the states before it.
  const firstChild = new Int32Array(states + 1);
  firstChild[0] = 1;
  for (let st = 0; st < states; st++) firstChild[st + 1] = (firstChild[st] ?? 0) + (children[st] ?? 0);
  if (firstChild[states] !== states) throw new Error('matcher: inconsistent prebuilt tables');
  let maxUnit = 0;
  for (let i = 0; i < s.symbols.length; i += 2) maxUnit = Math.max(maxUnit, s.symbols[i] ?? 0);
  const symbols = new Uint16Array(maxUnit + 1);
  for (let i = 0; i < s.symbols.length; i += 2) symbols[s.symbols[i] ?? 0] = s.symbols[i + 1] ?? 0;

  const depth = new Int32Array(states);
  const outState = new Int32Array(states).fill(-1);
  const nextOut = new Int32Array(states).fill(-1);
  const firstKey = new Int32Array(states).fill(-1);
  const nextKey = new Int32Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const state = keyState[k] ?? 0;
    if (state <= 0 || state >= states) throw new Error('matcher: inconsistent prebuilt tables');
    nextKey[k] = firstKey[state] ?? -1;
    firstKey[state] = k;
  }
  for (let st = 0; st < states; st++) {
    for (let c = firstChild[st] ?? states; c < (firstChild[st + 1] ?? states); c++) depth[c] = (depth[st] ?? 0) + 1;
    if (st === 0) continue;
    const f = fail[st] ?? 0;
    if (f < 0 || f >= st) throw new Error('matcher: inconsistent prebuilt tables');
    const terminal = (firstKey[st] ?? -1) >= 0;
    const inherited = outState[f] ?? -1;
    outState[st] = terminal ? st : inherited;
    if (terminal) nextOut[st] = inherited;
  }
  const delta = states <= 0xffff ? new Uint16Array(states * stride) : new Int32Array(states * stride);
  const ready = new Uint8Array(states);
  const fill = (state: number): void => {
    if (ready[state] === 1) return;
    const row = state * stride;
    if (state !== 0) {
      const f = fail[state] ?? 0;
      fill(f);
      delta.copyWithin(row, f * stride, f * stride + stride);
    }
    for (let c = firstChild[state] ?? states; c < (firstChild[state + 1] ?? states); c++) delta[row + (incoming[c] ?? 0)] = c;
    ready[state] = 1;
  };
  const records: FormRecord[] = s.ids.map((id, k) => {
    const flags = s.flags[k] ?? 0;
    return { entryIndex: k, id, key: s.keys[k] ?? '', raw: s.raws[k] ?? '', exact: (flags & 1) === 1, scope: (flags >> 1) & 3, langs: (flags >> 3) & 3 };
  });
  const automaton = { stride, symbols, delta, depth, outState, nextOut, firstKey, nextKey, states, maxDepth: s.maxDepth, lazy: { ready, fill } };
  return { automaton, records };
}
