import { placePopover } from '../../src/content/popover/position';

const viewport = { width: 1000, height: 800 };
const size = { width: 300, height: 200 };

test('goes below the term when there is room', () => {
  const anchor = { left: 100, top: 100, right: 160, bottom: 120 };
  expect(placePopover({ anchor, size, viewport })).toEqual({ left: 100, top: 126, side: 'below' });
});

test('flips above when the term is near the bottom', () => {
  const anchor = { left: 100, top: 700, right: 160, bottom: 720 };
  expect(placePopover({ anchor, size, viewport })).toEqual({ left: 100, top: 494, side: 'above' });
});

test('shifts left to stay inside the right edge', () => {
  const anchor = { left: 950, top: 100, right: 990, bottom: 120 };
  expect(placePopover({ anchor, size, viewport }).left).toBe(1000 - 300 - 8);
});

test('when neither side fits, takes the roomier one and stays on screen', () => {
  const tall = { width: 300, height: 700 };
  const anchor = { left: 10, top: 300, right: 60, bottom: 320 };
  const place = placePopover({ anchor, size: tall, viewport });
  expect(place.side).toBe('below');
  expect(place.top).toBeGreaterThanOrEqual(8);
  expect(place.top + tall.height).toBeLessThanOrEqual(800 - 8 + 1e-9);
});

test('a popover larger than the viewport is pinned to the top-left margin', () => {
  const anchor = { left: 500, top: 400, right: 540, bottom: 420 };
  const place = placePopover({ anchor, size: { width: 2000, height: 2000 }, viewport });
  expect(place).toMatchObject({ left: 8, top: 8 });
});
