// Reads Klartext's popover the way contract C2 allows a test to: its shadow
// root is closed, so a page script cannot reach it; the DevTools protocol
// can (`DOM.getDocument` with `pierce: true`). Buttons inside it are clicked
// by their position with Playwright's mouse, which is trusted input.
import type { CDPSession, Frame, Page } from 'playwright-core';
import { POPOVER_SELECTOR } from '../../src/content/popover/popover-host';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  documentURL?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

export { POPOVER_SELECTOR };

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

const pageOf = (target: Page | Frame): Page => ('page' in target ? target.page() : target);

function attr(node: DomNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

/** Every popover host in the document tree, with the URL of the document it is in. */
function hostsIn(node: DomNode, url: string, out: { host: DomNode; url: string }[]): void {
  const here = node.nodeType === 9 ? (node.documentURL ?? url) : url;
  if (node.nodeType === 1 && attr(node, 'data-klartext') === 'popover') out.push({ host: node, url: here });
  for (const child of node.children ?? []) hostsIn(child, here, out);
  for (const root of node.shadowRoots ?? []) hostsIn(root, here, out);
  if (node.contentDocument) hostsIn(node.contentDocument, here, out);
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
  return [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(textOf).join('');
}

async function popoverRoots(target: Page | Frame): Promise<DomNode[]> {
  const cdp = await session(pageOf(target));
  if (!('page' in target)) {
    // The top document: ask for the host alone, then its own subtree (a page of 200,000 nodes stays unread).
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as unknown as { root: DomNode };
    const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `:root > ${POPOVER_SELECTOR}` })) as unknown as { nodeIds: number[] };
    const hosts = await Promise.all(
      nodeIds.map(async (nodeId) => ((await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as unknown as { node: DomNode }).node),
    );
    return hosts.flatMap((h) => h.shadowRoots ?? []);
  }
  // A frame: the whole tree, deep enough for frames and the host's shadow tree.
  const { root } = (await cdp.send('DOM.getDocument', { depth: 48, pierce: true })) as unknown as { root: DomNode };
  const found: { host: DomNode; url: string }[] = [];
  hostsIn(root, '', found);
  return found.filter((f) => f.url === target.url()).flatMap((f) => f.host.shadowRoots ?? []);
}

/** The text of the shown popover (the first with any text), or null when none is shown (C2). */
export async function popoverText(target: Page | Frame): Promise<string | null> {
  for (const root of await popoverRoots(target)) {
    const text = textOf(root);
    if (text.trim()) return text;
  }
  return null;
}

export async function waitForPopover(target: Page | Frame, includes: string, timeoutMs = 5000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const text = await popoverText(target);
    if (text?.includes(includes)) return text;
    if (Date.now() > until) throw new Error(`no popover with "${includes}" within ${timeoutMs} ms (shown: ${JSON.stringify(text)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function waitForNoPopover(target: Page | Frame, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await popoverText(target)) !== null) {
    if (Date.now() > until) throw new Error(`the popover is still shown after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Every node of a subtree, shadow trees included, in document order. */
function* nodesIn(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) yield* nodesIn(child);
}

/** The first element inside the shown popover whose class list has `className`, and whose text matches `text` when given. */
async function elementInPopover(target: Page | Frame, want: { className: string; text?: RegExp }): Promise<DomNode> {
  for (const root of await popoverRoots(target)) {
    for (const n of nodesIn(root)) {
      if (n.nodeType !== 1 || !(attr(n, 'class') ?? '').split(' ').includes(want.className)) continue;
      if (!want.text || want.text.test(textOf(n))) return n;
    }
  }
  throw new Error(`no ".${want.className}"${want.text ? ` with ${want.text}` : ''} in the shown popover`);
}

/**
 * The centre of an element inside the shown popover (viewport coordinates of
 * the top page): the first whose class list has `className`, and whose text
 * matches `text` when given.
 */
export async function popoverPoint(target: Page | Frame, want: { className: string; text?: RegExp }): Promise<{ x: number; y: number }> {
  const cdp = await session(pageOf(target));
  const node = await elementInPopover(target, want);
  // The card scrolls when its text is long: bring the element into its visible part first.
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId });
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as unknown as { model: { border: number[] } };
  const q = model.border;
  const xs = [q[0], q[2], q[4], q[6]] as number[];
  const ys = [q[1], q[3], q[5], q[7]] as number[];
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}

/** Every element inside the shown popover: its lower-case name and attributes. */
export async function popoverElements(target: Page | Frame): Promise<{ name: string; attributes: Record<string, string> }[]> {
  const out: { name: string; attributes: Record<string, string> }[] = [];
  for (const root of await popoverRoots(target)) {
    if (!textOf(root).trim()) continue;
    for (const n of nodesIn(root)) {
      if (n.nodeType !== 1) continue;
      const a = n.attributes ?? [];
      const attributes: Record<string, string> = {};
      for (let i = 0; i < a.length; i += 2) attributes[a[i] as string] = a[i + 1] as string;
      out.push({ name: n.nodeName.toLowerCase(), attributes });
    }
  }
  return out;
}

/** The text of an element inside the shown popover. */
export async function popoverElementText(target: Page | Frame, want: { className: string }): Promise<string> {
  return textOf(await elementInPopover(target, want));
}

/** Clicks an element inside the shown popover with the (trusted) mouse. */
export async function clickInPopover(target: Page | Frame, want: { className: string; text?: RegExp }): Promise<void> {
  const { x, y } = await popoverPoint(target, want);
  await pageOf(target).mouse.click(x, y);
}

/** The bounding box of the popover host (page-visible: it is in the light DOM), or null when none is open. */
export async function popoverBox(target: Page | Frame): Promise<{ left: number; top: number; width: number; height: number } | null> {
  return target.evaluate((selector) => {
    const host = [...document.documentElement.querySelectorAll(`:scope > ${selector}`)].find((h) => h.matches(':popover-open'));
    if (!host) return null;
    const r = host.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  }, POPOVER_SELECTOR);
}

/** Computed style values of an element inside the shown popover (`className` as in `popoverPoint`). */
export async function popoverStyle(target: Page | Frame, className: string, properties: readonly string[]): Promise<Record<string, string>> {
  const cdp = await session(pageOf(target));
  const node = await elementInPopover(target, { className });
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { nodeIds } = (await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [node.backendNodeId] })) as unknown as { nodeIds: number[] };
  const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: nodeIds[0] as number })) as unknown as {
    computedStyle: { name: string; value: string }[];
  };
  return Object.fromEntries(properties.map((p) => [p, computedStyle.find((c) => c.name === p)?.value ?? '']));
}

/**
 * The markup of the shown popover's shadow root (its children's outer HTML,
 * without the adopted style sheet), for checks that need the elements
 * themselves, such as axe-core, which cannot enter a closed shadow root.
 */
export async function popoverMarkup(target: Page | Frame): Promise<string> {
  const cdp = await session(pageOf(target));
  for (const root of await popoverRoots(target)) {
    if (!textOf(root).trim()) continue;
    const parts = await Promise.all(
      (root.children ?? []).map(async (child) => ((await cdp.send('DOM.getOuterHTML', { backendNodeId: child.backendNodeId })) as unknown as { outerHTML: string }).outerHTML),
    );
    return parts.join('');
  }
  throw new Error('no popover is shown');
}
