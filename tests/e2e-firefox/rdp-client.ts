// A small client for Firefox's remote debugging protocol, the one
// about:debugging and `web-ext run` speak (Firefox started with
// `--start-debugger-server <port>`): JSON packets over TCP, each framed as
// `<byte length>:<json>`. Every packet names its actor (`to`, `from`); an
// actor answers its requests in order, and a packet with a `type` from an
// actor is a notification, not a reply.
// https://firefox-source-docs.mozilla.org/devtools/backend/protocol.html
import { connect, type Socket } from 'node:net';

export interface RdpPacket {
  from: string;
  type?: string;
  error?: string;
  message?: string;
  [key: string]: unknown;
}

interface Waiter {
  resolve(packet: RdpPacket): void;
  reject(error: Error): void;
}

/** Splits the byte stream into packets. Lengths count bytes, so this works on Buffers, never on decoded text. */
export class RdpFramer {
  private buffer = Buffer.alloc(0);

  push(chunk: Buffer): RdpPacket[] {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    const packets: RdpPacket[] = [];
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) break;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (!Number.isInteger(length) || length < 0) throw new Error(`RDP: bad packet header "${this.buffer.subarray(0, colon).toString('latin1')}"`);
      if (this.buffer.length < colon + 1 + length) break;
      packets.push(JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as RdpPacket);
      this.buffer = this.buffer.subarray(colon + 1 + length);
    }
    return packets;
  }
}

export function frame(packet: object): Buffer {
  const body = Buffer.from(JSON.stringify(packet), 'utf8');
  return Buffer.concat([Buffer.from(`${body.length}:`, 'ascii'), body]);
}

export class RdpClient {
  private readonly framer = new RdpFramer();
  /** Per actor, the requests sent and not yet answered, oldest first. */
  private readonly pending = new Map<string, Waiter[]>();
  private readonly listeners = new Set<(packet: RdpPacket) => void>();
  private closedWith: Error | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      let packets: RdpPacket[];
      try {
        packets = this.framer.push(chunk);
      } catch (error) {
        this.fail(error as Error);
        return;
      }
      for (const packet of packets) this.dispatch(packet);
    });
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('RDP connection closed')));
  }

  /**
   * Connects and waits for the root actor's greeting. `address` is a TCP port
   * on 127.0.0.1 or the path of a Unix socket (`--start-debugger-server
   * /path` makes Firefox listen on one). Firefox opens it a little after it
   * starts, so a refused connection is retried until `timeoutMs`.
   */
  static async connect(address: number | string, timeoutMs = 15_000): Promise<RdpClient> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await RdpClient.connectOnce(address);
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`RDP: no debugger server at ${address}: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  private static connectOnce(address: number | string): Promise<RdpClient> {
    return new Promise((resolve, reject) => {
      const socket = typeof address === 'number' ? connect({ host: '127.0.0.1', port: address }) : connect({ path: address });
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.off('error', reject);
        const client = new RdpClient(socket);
        // The greeting is the root actor's first packet, unasked.
        client.expectReply('root').then(() => resolve(client), reject);
      });
    });
  }

  /** Sends one request and resolves with the actor's reply (rejects on an error reply). */
  request(to: string, type: string, params: Record<string, unknown> = {}): Promise<RdpPacket> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const reply = this.expectReply(to);
    this.socket.write(frame({ ...params, to, type }));
    return reply.then((packet) => {
      if (packet.error) throw new Error(`RDP ${to} ${type}: ${packet.error}${packet.message ? `: ${packet.message}` : ''}`);
      return packet;
    });
  }

  /**
   * Calls `listener` with every notification until the returned function is
   * called. Subscribe before sending the request a notification answers: it
   * can arrive in the same read as the reply.
   */
  onNotification(listener: (packet: RdpPacket) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.socket.destroy();
  }

  private expectReply(actor: string): Promise<RdpPacket> {
    return new Promise((resolve, reject) => {
      const queue = this.pending.get(actor) ?? [];
      queue.push({ resolve, reject });
      this.pending.set(actor, queue);
    });
  }

  private dispatch(packet: RdpPacket): void {
    const queue = this.pending.get(packet.from);
    // The root's greeting has a type but answers the connect; all other typed packets are notifications.
    const isReply = queue && queue.length > 0 && (packet.type === undefined || (packet.from === 'root' && 'applicationType' in packet));
    if (isReply) {
      queue.shift()?.resolve(packet);
      return;
    }
    for (const listener of this.listeners) listener(packet);
  }

  private fail(error: Error): void {
    if (this.closedWith) return;
    this.closedWith = error;
    for (const queue of this.pending.values()) for (const waiter of queue) waiter.reject(error);
    this.pending.clear();
  }
}
