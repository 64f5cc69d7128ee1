import { StormGuard } from '../../src/content/storm-guard';
import { fakeClock } from '../fake-clock';

function setup(options: { limit?: number; flushEveryMs?: number; quietMs?: number } = {}) {
  const { now, setTimer, advance } = fakeClock();
  const flushed: { root: Node; deep: boolean }[][] = [];
  const held: Node[] = [];
  const storms: boolean[] = [];
  const guard = new StormGuard({
    limit: options.limit ?? 100,
    flushEveryMs: options.flushEveryMs ?? 250,
    quietMs: options.quietMs ?? 250,
    now,
    setTimer,
    onFlush: (r) => flushed.push(r),
    onHold: (root) => held.push(root),
    onStormChange: (s) => storms.push(s),
  });
  return { guard, flushed, held, storms, advance };
}

const nodes = Array.from({ length: 50 }, () => ({}) as Node);
const req = (i: number) => ({ root: nodes[i % 50] as Node, deep: false });

test('passes ordinary change rates straight through', () => {
  const { guard, flushed, storms, held } = setup();
  for (let i = 0; i < 90; i++) guard.push([req(i)]);
  expect(flushed).toHaveLength(90);
  expect(storms).toEqual([]);
  expect(held).toEqual([]);
});

test('in a storm, a changing block is held once (its marks go) and rescanned once it has been quiet', () => {
  const { guard, flushed, held, storms, advance } = setup();
  for (let i = 0; i < 1000; i++) guard.push([req(i)]);
  expect(storms).toEqual([true]);
  const direct = flushed.length;
  expect(direct).toBeLessThanOrEqual(101);
  // Every block that changed in the storm is held, each once however often it changed.
  expect(held).toHaveLength(50);
  expect(new Set(held).size).toBe(50);
  expect(guard.holding).toBe(50);
  advance(250);
  // Quiet for 250 ms: all 50 read again, each once.
  expect(flushed.slice(direct).map((r) => r.length)).toEqual([50]);
  expect(guard.holding).toBe(0);
  // That check still saw the storm's rate; the next one sees the calm.
  expect(storms).toEqual([true]);
  advance(250);
  expect(storms).toEqual([true, false]);
  expect(flushed.length).toBe(direct + 1);
});

test('a block that keeps changing is not rescanned while it churns, and is within the quiet time plus one check after', () => {
  const { guard, flushed, storms, advance } = setup();
  for (let i = 0; i < 200; i++) guard.push([req(i)]);
  expect(guard.isStorming).toBe(true);
  const direct = flushed.length;
  // Block 0 changes every 5 ms for two seconds; block 1 changes once more, early.
  guard.push([req(1)]);
  for (let t = 0; t < 2000; t += 5) {
    guard.push([req(0)]);
    advance(5);
  }
  const during = flushed.slice(direct).flat();
  expect(during.some((r) => r.root === nodes[0])).toBe(false);
  expect(during.filter((r) => r.root === nodes[1])).toHaveLength(1);
  expect(guard.isStorming).toBe(true);
  // The churn stops: block 0 is read again within quietMs + flushEveryMs.
  const before = flushed.length;
  advance(500);
  expect(flushed.slice(before).flat().map((r) => r.root)).toEqual([nodes[0]]);
  expect(storms).toEqual([true, false]);
});

test('a deep request wins over a shallow one for the same block', () => {
  const { guard, flushed, advance } = setup({ limit: 1 });
  const root = {} as Node;
  guard.push([{ root, deep: false }]);
  guard.push([{ root, deep: false }, { root, deep: true }]);
  advance(1000);
  expect(flushed.at(-1)).toEqual([{ root, deep: true }]);
});
