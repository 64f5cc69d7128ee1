// @vitest-environment happy-dom
import { MutationWatch, type RescanRequest } from '../../src/dom/mutation-watch';

function setup() {
  document.body.innerHTML = '<div id="a"><p id="p1">one <b>two</b></p><p id="p2">three</p></div>';
  const seen: RescanRequest[][] = [];
  const watch = new MutationWatch({ isOwnNode: () => false, onChanges: (requests) => seen.push(requests) });
  watch.observe(document);
  const ids = () => seen.flat().map((r) => `${(r.root as Element).id}:${r.deep ? 'deep' : 'shallow'}`);
  return { watch, seen, ids };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

test('changed text rescans its block; an added block is scanned deep', async () => {
  const { ids } = setup();
  ((document.querySelector('#p1 b') as Element).firstChild as Text).data = 'zwei';
  const added = document.createElement('p');
  added.id = 'p3';
  added.textContent = 'new';
  (document.getElementById('a') as Element).append(added);
  await flush();
  expect(ids().sort()).toEqual(['p1:shallow', 'p3:deep']);
});

test('kept blocks (in a storm) give the same answers for repeated changes, and a moved node is placed right once they are forgotten', async () => {
  const { watch, seen, ids } = setup();
  watch.keepUnits(true);
  const text = (document.getElementById('p2') as Element).firstChild as Text;
  for (let i = 0; i < 3; i++) {
    text.data = `three ${i}`;
    await flush();
  }
  expect(ids()).toEqual(['p2:shallow', 'p2:shallow', 'p2:shallow']);
  seen.length = 0;
  // The node moves to another block; after the storm guard's check forgets, its changes go to the new block.
  (document.getElementById('p1') as Element).append(text);
  await flush();
  seen.length = 0;
  watch.forgetUnits();
  text.data = 'moved';
  await flush();
  expect(ids()).toEqual(['p1:shallow']);
  watch.keepUnits(false);
  watch.disconnect();
});
