// Reads Klartext's popover in Firefox the way contract C2 allows: its shadow
// root is closed to the page, but WebDriver BiDi serializes closed shadow
// trees for the test (`includeShadowTree: 'all'`).
import type { Browser, Page } from 'puppeteer-core';

interface BidiNode {
  type: string;
  value?: {
    nodeType: number;
    nodeValue?: string;
    localName?: string;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
    mode?: 'open' | 'closed';
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { result: BidiNode } }>;
}

function textOf(node: BidiNode | null | undefined): string {
  const v = node?.value;
  if (!v) return '';
  if (v.nodeType === 3) return v.nodeValue ?? '';
  if (v.localName === 'style' || v.localName === 'script') return '';
  return [...(v.children ?? []).map(textOf), textOf(v.shadowRoot)].join('');
}

/** The shadow root of the popover host (its mode, and its text), or null when there is no host. */
export async function popoverShadow(browser: Browser, page: Page): Promise<{ mode: string; text: string } | null> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: '() => document.querySelector(\'[data-klartext="popover"]\')',
    awaitPromise: false,
    target: { context },
    serializationOptions: { maxDomDepth: 30, includeShadowTree: 'all' },
  });
  const shadow = result.result.value?.shadowRoot;
  if (!shadow?.value) return null;
  return { mode: shadow.value.mode ?? '', text: textOf(shadow) };
}
