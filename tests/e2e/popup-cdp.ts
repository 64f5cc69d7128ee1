import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './harness';

export interface PopupTarget {
  evaluate(expression: string): Promise<unknown>;
  isOpen(): Promise<boolean>;
}

/** The open action popup, reached through the browser's DevTools protocol. */
export async function attachToPopup(ext: ExtensionBrowser, page: Page): Promise<PopupTarget> {
  const cdp = await ext.context.newCDPSession(page);
  const findTarget = async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
    return targetInfos.find((t) => t.url.startsWith(`chrome-extension://${ext.extensionId}/popup.html`));
  };
  await expect.poll(async () => (await findTarget()) !== undefined, { timeout: 10_000 }).toBe(true);
  const target = await findTarget();
  if (!target) throw new Error('no popup');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as {
    sessionId: string;
  };
  let nextId = 1;
  const waiting = new Map<number, (value: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result?.result?.value);
  });
  return {
    evaluate: (expression) => {
      const id = nextId++;
      const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } });
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message });
      });
    },
    isOpen: async () => (await findTarget()) !== undefined,
  };
}
