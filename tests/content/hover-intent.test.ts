import { HIDE_DELAY_MS, HoverIntent } from '../../src/content/hover-intent';

function setup(delay = 350) {
  vi.useFakeTimers();
  const events: string[] = [];
  const intent = new HoverIntent<string>({
    showDelayMs: () => delay,
    same: (a, b) => a === b,
    onShow: (t) => events.push(`show:${t}`),
    onHide: () => events.push('hide'),
    timers: { set: (fn, ms) => setTimeout(fn, ms) as unknown as number, clear: (h) => clearTimeout(h) },
  });
  return { intent, events };
}

afterEach(() => vi.useRealTimers());

test('opens after the dwell, not before', () => {
  const { intent, events } = setup();
  intent.pointerAt('a');
  vi.advanceTimersByTime(349);
  expect(events).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(events).toEqual(['show:a']);
});

test('moving on the same term does not restart the dwell', () => {
  const { intent, events } = setup();
  intent.pointerAt('a');
  vi.advanceTimersByTime(200);
  intent.pointerAt('a');
  vi.advanceTimersByTime(150);
  expect(events).toEqual(['show:a']);
});

test('a stale hover never opens late', () => {
  const { intent, events } = setup();
  intent.pointerAt('a');
  vi.advanceTimersByTime(200);
  intent.pointerAt(null);
  vi.advanceTimersByTime(5000);
  expect(events).toEqual([]);
});

test('leaving closes after the grace period; coming back in time keeps it open', () => {
  const { intent, events } = setup();
  intent.pointerAt('a');
  vi.advanceTimersByTime(350);
  intent.pointerAt(null);
  vi.advanceTimersByTime(HIDE_DELAY_MS - 1);
  intent.pointerAt('a');
  vi.advanceTimersByTime(1000);
  expect(events).toEqual(['show:a']);
  intent.pointerAt(null);
  vi.advanceTimersByTime(HIDE_DELAY_MS);
  expect(events).toEqual(['show:a', 'hide']);
});

test('the pointer inside the popover keeps it open until it leaves', () => {
  const { intent, events } = setup();
  intent.pointerAt('a');
  vi.advanceTimersByTime(350);
  intent.pointerAt(null);
  intent.pointerInPopover(true);
  vi.advanceTimersByTime(2000);
  expect(events).toEqual(['show:a']);
  intent.pointerInPopover(false);
  vi.advanceTimersByTime(HIDE_DELAY_MS);
  expect(events).toEqual(['show:a', 'hide']);
});

test('hovering another term switches after its own dwell', () => {
  const { intent, events } = setup();
  intent.pointerAt('a');
  vi.advanceTimersByTime(350);
  intent.pointerAt('b');
  vi.advanceTimersByTime(350);
  expect(events).toEqual(['show:a', 'show:b']);
});
