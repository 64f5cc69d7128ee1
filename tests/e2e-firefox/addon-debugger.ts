// An add-on's documents in Firefox, reached the way about:debugging's
// extension toolbox reaches them (see rdp-client.ts): the root actor lists
// the add-ons, the add-on's descriptor gives a watcher, and the watcher
// announces one "frame" target per extension document — the background
// page, and every extension page open in a tab (options, welcome). Each
// target has a console actor that evaluates script in that document, with
// the extension's `browser` API at hand. WebDriver BiDi cannot do this: it
// refuses to navigate to `moz-extension://` URLs and does not see the
// background page at all (it does reach extension pages the extension
// itself opened in a tab).
import { RdpClient, type RdpPacket } from './rdp-client';

export interface ExtensionDocument {
  /** The target actor (for the watcher's notifications). */
  actor: string;
  consoleActor: string;
  url: string;
}

interface TargetForm {
  actor: string;
  consoleActor: string;
  url: string;
}

interface LongStringGrip {
  type: 'longString';
  actor: string;
  length: number;
}

const isLongString = (v: unknown): v is LongStringGrip =>
  typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'longString';

export class AddonDebugger {
  /** Live documents by target actor. */
  private readonly documents = new Map<string, ExtensionDocument>();
  private readonly changed = new Set<() => void>();

  private constructor(private readonly client: RdpClient) {}

  /** Connects to the debugger server at `address` (port or Unix socket) and watches the documents of the add-on `addonId`. */
  static async attach(options: { address: number | string; addonId: string }): Promise<AddonDebugger> {
    const client = await RdpClient.connect(options.address);
    try {
      const { addons } = (await client.request('root', 'listAddons')) as RdpPacket & { addons: { id: string; actor: string }[] };
      const addon = addons.find((a) => a.id === options.addonId);
      if (!addon) throw new Error(`RDP: no add-on ${options.addonId} among ${addons.map((a) => a.id).join(', ')}`);
      const watcher = (await client.request(addon.actor, 'getWatcher')) as RdpPacket & { actor: string };
      const debug = new AddonDebugger(client);
      client.onNotification((packet) => debug.onWatcherNotification(watcher.actor, packet));
      // Announces every document that exists now before it answers, and later ones as they come.
      await client.request(watcher.actor, 'watchTargets', { targetType: 'frame' });
      return debug;
    } catch (error) {
      client.close();
      throw error;
    }
  }

  close(): void {
    this.client.close();
  }

  /** The add-on's document whose URL path ends with `page` (e.g. "_generated_background_page.html", "options.html"), once it exists. */
  document(page: string, timeoutMs = 10_000): Promise<ExtensionDocument> {
    const find = () => [...this.documents.values()].find((d) => new URL(d.url).pathname.endsWith(`/${page}`));
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const found = find();
        if (!found) return;
        clearTimeout(timer);
        this.changed.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.changed.delete(check);
        reject(new Error(`RDP: no extension document ${page} within ${timeoutMs} ms (open: ${[...this.documents.values()].map((d) => d.url).join(', ')})`));
      }, timeoutMs);
      this.changed.add(check);
      check();
    });
  }

  /**
   * Runs `fn(arg)` in the document and resolves with its (awaited) result,
   * passed as JSON. `fn` is sent as source text: it sees only its argument and
   * the document's globals, nothing of the test's scope.
   */
  async evaluate<A, R>(doc: ExtensionDocument, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // The result comes as a notification that can arrive in the same read as the reply to the request.
    const results = new Map<string, RdpPacket>();
    let wanted: ((packet: RdpPacket) => void) | null = null;
    let id: string | null = null;
    const off = this.client.onNotification((packet) => {
      if (packet.from !== doc.consoleActor || packet.type !== 'evaluationResult') return;
      const resultId = String(packet.resultID);
      if (resultId === id && wanted) wanted(packet);
      else results.set(resultId, packet);
    });
    try {
      const text = `Promise.resolve().then(() => (${fn.toString()})(${JSON.stringify(arg ?? null)})).then(
        (value) => JSON.stringify({ value: value === undefined ? null : value }),
        (error) => JSON.stringify({ error: String((error && error.stack) || error) }))`;
      // mapped.await: the console awaits the promise the text evaluates to (what it does for a top-level await).
      const started = await this.client.request(doc.consoleActor, 'evaluateJSAsync', { text, mapped: { await: true } });
      id = String(started.resultID);
      const packet =
        results.get(id) ??
        (await new Promise<RdpPacket>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`RDP: no result of evaluation in ${doc.url} within 15 s`)), 15_000);
          wanted = (p) => {
            clearTimeout(timer);
            resolve(p);
          };
        }));
      if (packet.hasException || packet.topLevelAwaitRejected) {
        throw new Error(`RDP: evaluation in ${doc.url} failed: ${String(packet.exceptionMessage ?? JSON.stringify(packet.result))}`);
      }
      const json = await this.stringOf(packet.result);
      const outcome = JSON.parse(json) as { value?: R; error?: string };
      if (outcome.error !== undefined) throw new Error(`in ${doc.url}: ${outcome.error}`);
      return outcome.value as R;
    } finally {
      off();
    }
  }

  /** A string result: sent whole when short, as a long-string actor to read out when long. */
  private async stringOf(result: unknown): Promise<string> {
    if (typeof result === 'string') return result;
    if (isLongString(result)) {
      const reply = await this.client.request(result.actor, 'substring', { start: 0, end: result.length });
      return String(reply.substring);
    }
    throw new Error(`RDP: expected a string result, got ${JSON.stringify(result)}`);
  }

  private onWatcherNotification(watcher: string, packet: RdpPacket): void {
    if (packet.from !== watcher) return;
    const target = packet.target as TargetForm | undefined;
    if (!target) return;
    if (packet.type === 'target-available-form') {
      this.documents.set(target.actor, { actor: target.actor, consoleActor: target.consoleActor, url: target.url });
    } else if (packet.type === 'target-destroyed-form') {
      this.documents.delete(target.actor);
    } else return;
    for (const check of this.changed) check();
  }
}
