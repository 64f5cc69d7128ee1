/**
 * A clock and timers a test moves by hand, for code that takes `now` and
 * `setTimer` as options (the storm guard, the scroll gate).
 */
export function fakeClock(): { now: () => number; setTimer: (fn: () => void, ms: number) => void; advance: (ms: number) => void } {
  let now = 0;
  const timers: { at: number; fn: () => void }[] = [];
  return {
    now: () => now,
    setTimer: (fn, ms) => {
      timers.push({ at: now + ms, fn });
    },
    /** Moves the clock on, running timers that come due in order (and the ones they set). */
    advance: (ms) => {
      const end = now + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > end) break;
        timers.shift();
        now = next.at;
        next.fn();
      }
      now = end;
    },
  };
}
