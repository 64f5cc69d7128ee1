// @vitest-environment happy-dom
import { PlacementWindow } from '../../src/dom/placement-window';
import type { NodeOffsets } from '../../src/dom/run-ranges';
import { fakeVisibility } from './fakes';

function setup() {
  const visibility = fakeVisibility();
  const events: string[] = [];
  const name = (units: readonly Node[]) => units.map((u) => (u as Element).id).join(',');
  const window = new PlacementWindow({
    watch: visibility.watch,
    show: (units) => events.push(`show ${name(units)}`),
    hide: (units) => events.push(`hide ${name(units)}`),
  });
  return { window, visibility, events };
}

/** Blocks p0…p(n-1) in the body. */
function blocks(n: number): HTMLElement[] {
  document.body.innerHTML = Array.from({ length: n }, (_, i) => `<p id="p${i}">LLM</p>`).join('');
  return [...document.querySelectorAll('p')];
}

const batch = (): NodeOffsets => ({ nodes: [], starts: [] });
const ids = (nodes: Iterable<Node>) => [...nodes].map((n) => (n as Element).id);

test('until it starts, every block counts as shown and nothing is watched', () => {
  const { window, visibility } = setup();
  const [a] = blocks(1);
  window.addUnit(a as Node, batch(), 0);
  window.closeGroup();
  expect(window.active).toBe(false);
  expect(window.isShown(a as Node)).toBe(true);
  expect(visibility.started).toBe(false);
});

test('blocks of one batch form groups of about 5,000 characters; only each group’s ends are watched', () => {
  const { window, visibility } = setup();
  const units = blocks(5);
  const at = batch();
  // p0, p1, p2 lie within 5,000 characters of p0; p3 starts a new group with p4.
  [0, 2000, 4999, 5000, 6000].forEach((start, i) => window.addUnit(units[i] as Node, at, start));
  window.closeGroup();
  window.start();
  expect(window.active).toBe(true);
  expect(ids(visibility.watched)).toEqual(['p0', 'p2', 'p3', 'p4']);
  expect(units.map((u) => window.isShown(u))).toEqual([false, false, false, false, false]);
});

test('a group is shown while either end is near the viewport, and hidden when both left', () => {
  const { window, visibility, events } = setup();
  const units = blocks(3);
  const at = batch();
  units.forEach((u, i) => window.addUnit(u, at, i * 100));
  window.closeGroup();
  window.start();
  const [first, , last] = units as [HTMLElement, HTMLElement, HTMLElement];
  visibility.report([[first, true]]);
  expect(events).toEqual(['show p0,p1,p2']);
  // Scrolling on: the last end enters before the first leaves, so the group stays.
  visibility.report([[last, true]]);
  visibility.report([[first, false]]);
  expect(events).toEqual(['show p0,p1,p2']);
  visibility.report([[last, false]]);
  expect(events).toEqual(['show p0,p1,p2', 'hide p0,p1,p2']);
  expect(window.isShown(units[1] as Node)).toBe(false);
});

test('a simulated scroll down the page: groups of different batches come and go in turn', () => {
  const { window, visibility, events } = setup();
  const units = blocks(3);
  for (const u of units) window.addUnit(u, batch(), 0);
  window.closeGroup();
  window.start();
  const [a, b, c] = units as [HTMLElement, HTMLElement, HTMLElement];
  visibility.report([
    [a, true],
    [b, true],
  ]);
  visibility.report([
    [a, false],
    [c, true],
  ]);
  visibility.report([[b, false]]);
  expect(events).toEqual(['show p0,p1', 'hide p0', 'show p2', 'hide p1']);
  expect(units.map((u) => window.isShown(u))).toEqual([false, false, true]);
});

test('a group that lost an end to the page watches its new end; stop forgets everything', () => {
  const { window, visibility } = setup();
  const units = blocks(3);
  const at = batch();
  units.forEach((u, i) => window.addUnit(u, at, i));
  window.closeGroup();
  window.start();
  expect(ids(visibility.watched)).toEqual(['p0', 'p2']);
  units[2]?.remove();
  window.sweep();
  expect(ids(visibility.watched)).toEqual(['p0', 'p1']);
  window.stop();
  expect(visibility.disconnected).toBe(true);
  expect(window.active).toBe(false);
  expect(window.isShown(units[0] as Node)).toBe(true);
});
