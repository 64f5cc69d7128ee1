import { ScrollGate } from '../../src/dom/scroll-gate';
import { fakeClock } from '../fake-clock';

function setup() {
  const { now, setTimer, advance } = fakeClock();
  const delivered: [Node, boolean][][] = [];
  const gate = new ScrollGate({ now, setTimer, viewportHeight: () => 800 });
  /** Scrolls at `pxPerSecond` for `ms`, one scroll event a frame. */
  const scroll = (pxPerSecond: number, ms: number, from = 0) => {
    let y = from;
    for (let t = 0; t < ms; t += 16) {
      advance(16);
      y += (pxPerSecond * 16) / 1000;
      gate.scrolled(y);
    }
    return y;
  };
  const deliver = (changes: readonly [Node, boolean][]) => delivered.push([...changes]);
  return { gate, delivered, advance, scroll, deliver };
}

const a = {} as Node;
const b = {} as Node;

test('with the page still, changes pass at once', () => {
  const { gate, delivered, deliver } = setup();
  gate.pass([[a, true]], deliver);
  expect(delivered).toEqual([[[a, true]]]);
});

test('at a reading pace (under a viewport height a second) changes pass at once', () => {
  const { gate, delivered, deliver, scroll } = setup();
  scroll(400, 1000);
  expect(gate.holding).toBe(false);
  gate.pass([[a, true]], deliver);
  expect(delivered).toEqual([[[a, true]]]);
});

test('in a fast scroll changes are held, merged per node, and applied once it pauses', () => {
  const { gate, delivered, deliver, scroll, advance } = setup();
  let y = scroll(5000, 500);
  expect(gate.holding).toBe(true);
  gate.pass([[a, true]], deliver);
  y = scroll(5000, 300, y);
  gate.pass([[b, true], [a, false]], deliver);
  y = scroll(5000, 2000, y);
  expect(delivered).toEqual([]);
  // The scrolling stops: within the pause time everything held is applied, once, each node's latest state.
  advance(200);
  expect(gate.holding).toBe(false);
  expect(delivered).toEqual([[[a, false], [b, true]]]);
});

test('slowing down to a reading pace releases what was held', () => {
  const { gate, delivered, deliver, scroll } = setup();
  const y = scroll(5000, 500);
  gate.pass([[a, true]], deliver);
  scroll(200, 600, y);
  expect(delivered).toEqual([[[a, true]]]);
});

test('a jump of more than a screen (End, a #link) counts as fast until the pause', () => {
  const { gate, delivered, deliver, advance } = setup();
  advance(1000);
  gate.scrolled(50_000);
  gate.pass([[a, true]], deliver);
  expect(delivered).toEqual([]);
  advance(200);
  expect(delivered).toEqual([[[a, true]]]);
});
