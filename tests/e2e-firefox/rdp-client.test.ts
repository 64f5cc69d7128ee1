// The remote debugging protocol client against a tiny server that speaks
// the protocol's framing the way Firefox does: packet lengths in bytes, a
// greeting from the root actor, and a notification that can share one TCP
// write with the reply it follows.
import { createServer, type Server, type Socket } from 'node:net';
import { AddonDebugger } from './addon-debugger';
import { frame, RdpClient, RdpFramer } from './rdp-client';

describe('RdpFramer', () => {
  test('splits packets by byte length, across chunks and several in one chunk, with multi-byte text', () => {
    const a = { from: 'root', text: 'Sputnik-Moment – 語' };
    const b = { from: 'x', n: 1 };
    const bytes = Buffer.concat([frame(a), frame(b)]);
    const framer = new RdpFramer();
    // Cut inside the multi-byte character: a character count would misread the length.
    const cut = bytes.indexOf(Buffer.from('語')) + 1;
    expect(framer.push(bytes.subarray(0, cut))).toEqual([]);
    expect(framer.push(bytes.subarray(cut))).toEqual([a, b]);
  });

  test('rejects a header that is not a length', () => {
    expect(() => new RdpFramer().push(Buffer.from('abc:{}'))).toThrow(/bad packet header/);
  });
});

/** Answers like Firefox's root actor, an add-on's descriptor and watcher, and one document's console. */
function fakeFirefox(): Promise<{ server: Server; port: number }> {
  const server = createServer((socket: Socket) => {
    socket.write(frame({ from: 'root', applicationType: 'browser', traits: {} }));
    const framer = new RdpFramer();
    socket.on('data', (chunk: Buffer) => {
      for (const p of framer.push(chunk) as unknown as { to: string; type: string; text?: string }[]) {
        if (p.to === 'root' && p.type === 'listAddons') socket.write(frame({ from: 'root', addons: [{ id: 'a@test', actor: 'addon1' }] }));
        else if (p.type === 'getWatcher') socket.write(frame({ from: 'addon1', actor: 'watcher1' }));
        else if (p.type === 'watchTargets') {
          socket.write(frame({ from: 'watcher1', type: 'target-available-form', target: { actor: 't1', consoleActor: 'console1', url: 'moz-extension://x/_generated_background_page.html' } }));
          socket.write(frame({ from: 'watcher1' }));
        } else if (p.type === 'evaluateJSAsync') {
          // The reply and the result in one write: the client must not miss the result.
          const value = p.text?.includes('throw') ? { error: 'Error: boom' } : { value: { echoed: p.text?.includes('"hi"') ?? false } };
          socket.write(Buffer.concat([frame({ from: 'console1', resultID: 'r1' }), frame({ from: 'console1', type: 'evaluationResult', resultID: 'r1', hasException: false, result: JSON.stringify(value) })]));
        } else socket.write(frame({ from: p.to, error: 'unrecognizedPacketType', message: p.type }));
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })),
  );
}

describe('RdpClient and AddonDebugger', () => {
  let fake: { server: Server; port: number };
  beforeAll(async () => {
    fake = await fakeFirefox();
  });
  afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())));

  test('finds the add-on, its background document, and evaluates there (the result arriving with the reply)', async () => {
    const addon = await AddonDebugger.attach({ address: fake.port, addonId: 'a@test' });
    try {
      const background = await addon.document('_generated_background_page.html');
      expect(background.consoleActor).toBe('console1');
      expect(await addon.evaluate(background, (word: string) => word, 'hi')).toEqual({ echoed: true });
      await expect(addon.evaluate(background, () => { throw new Error('boom'); })).rejects.toThrow(/boom/);
      await expect(addon.document('options.html', 300)).rejects.toThrow(/no extension document options.html/);
    } finally {
      addon.close();
    }
  });

  test('an error reply rejects the request', async () => {
    const client = await RdpClient.connect(fake.port);
    try {
      await expect(client.request('addon1', 'getTarget')).rejects.toThrow(/unrecognizedPacketType: getTarget/);
    } finally {
      client.close();
    }
  });
});
