import { StormGuard } from '../../src/content/storm-guard';

function setup() {
  let now = 0;
  const timers: { at: number; fn: () => void }[] = [];
  const flushed: number[] = [];
  const storms: boolean[] = [];
  const guard = new StormGuard({
    limit: 100,
    flushEveryMs: 1000,
    now: () => now,
    setTimer: (fn, ms) => timers.push({ at: now + ms, fn }),
    onFlush: (r) => flushed.push(r.length),
    onStormChange: (s) => storms.push(s),
  });
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.splice(0).sort((a, b) => a.at - b.at)) {
      if (t.at <= now) t.fn();
      else timers.push(t);
    }
  };
  return { guard, flushed, storms, advance };
}

const nodes = Array.from({ length: 50 }, () => ({}) as Node);
const req = (i: number) => ({ root: nodes[i % 50] as Node, deep: false });

test('passes ordinary change rates straight through', () => {
  const { guard, flushed, storms } = setup();
  for (let i = 0; i < 90; i++) guard.push([req(i)]);
  expect(flushed).toHaveLength(90);
  expect(storms).toEqual([]);
});

test('in a storm, merges changes per block, flushes once a second, and recovers when calm', () => {
  const { guard, flushed, storms, advance } = setup();
  for (let i = 0; i < 1000; i++) guard.push([req(i)]);
  expect(storms).toEqual([true]);
  expect(guard.isStorming).toBe(true);
  const direct = flushed.length;
  expect(direct).toBeLessThanOrEqual(101);
  advance(1000);
  // 50 distinct blocks, each rescanned once.
  expect(flushed.at(-1)).toBe(50);
  expect(guard.isStorming).toBe(true);
  guard.push([req(1)]);
  advance(1000);
  expect(storms).toEqual([true, false]);
  expect(guard.isStorming).toBe(false);
});

test('a deep request wins over a shallow one for the same block', () => {
  const seen: { deep: boolean }[][] = [];
  let now = 0;
  let timer: (() => void) | null = null;
  const guard = new StormGuard({
    limit: 1,
    flushEveryMs: 1000,
    now: () => now,
    setTimer: (fn) => {
      timer = fn;
    },
    onFlush: (r) => seen.push(r),
    onStormChange: () => {},
  });
  const root = {} as Node;
  guard.push([{ root, deep: false }]);
  guard.push([{ root, deep: false }, { root, deep: true }]);
  now = 1000;
  (timer as unknown as () => void)();
  expect(seen.at(-1)).toEqual([{ root, deep: true }]);
});
