// Stock Firefox (Debian's firefox-esr) driven over WebDriver BiDi with
// puppeteer-core: Playwright's Firefox needs its own patched build, BiDi does
// not. The built extension is installed as a temporary add-on
// (webExtension.install), as `web-ext run` or about:debugging would.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { repoRoot } from '../../scripts/lib/browser';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const firefoxExtensionDir = path.join(repoRoot, '.output/firefox-mv3');

/**
 * A proxy that refuses everything and remembers what was asked. Firefox sends
 * every request that is not to 127.0.0.1 through it, so nothing leaves the
 * machine and nothing waits on a network that may not be there.
 */
export interface Blackhole {
  port: number;
  /** Request lines seen, e.g. "CONNECT example.com:443 HTTP/1.1". */
  seen: string[];
  close(): Promise<void>;
}

export async function startBlackhole(): Promise<Blackhole> {
  const seen: string[] = [];
  const server: Server = createServer((socket) => {
    socket.once('data', (chunk) => {
      seen.push(chunk.toString('latin1').split('\r\n')[0] ?? '');
      socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('blackhole has no port');
  return { port: address.port, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * Preferences on top of puppeteer's defaults (which already silence updates,
 * telemetry upload, safe browsing and the first-run pages): everything else
 * that would phone home is off, and what is left goes to the blackhole.
 */
export function offlinePrefs(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.socks_remote_dns': true,
    // 127.0.0.1 (the fixture server) is never proxied.
    'network.proxy.allow_hijacking_localhost': false,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'dom.push.connection.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'datareporting.usage.uploadEnabled': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.update.enabled': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.newtabpage.activity-stream.default.sites': '',
    'browser.topsites.contile.enabled': false,
    'browser.discovery.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'geo.provider.network.url': '',
    'identity.fxaccounts.enabled': false,
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-widevinecdm.enabled': false,
    'browser.translations.enable': false,
    'browser.ml.enable': false,
    'browser.aboutwelcome.enabled': false,
  };
}

/** Let a client attach to Firefox's debugger server (see addon-debugger.ts) without a prompt. */
const DEBUGGER_SERVER_PREFS: Record<string, unknown> = {
  'devtools.debugger.remote-enabled': true,
  'devtools.chrome.enabled': true,
  'devtools.debugger.prompt-connection': false,
};

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports (the manifest's gecko id). */
  extensionId: string;
  blackhole: Blackhole;
  /** The Unix socket of Firefox's debugger server, when launched with `debuggerServer`. */
  debuggerSocket: string | null;
  close(): Promise<void>;
}

/**
 * Headless firefox-esr with a fresh profile and the built Firefox extension
 * installed. `debuggerServer` also starts Firefox's remote debugging server
 * (the protocol about:debugging uses) on a Unix socket in a private
 * directory: no TCP port to collide with other runs, and no other user of
 * the machine can connect to it.
 */
export async function launchFirefoxWithExtension(
  options: { extDir?: string; headless?: boolean; debuggerServer?: boolean } = {},
): Promise<FirefoxWithExtension> {
  const extDir = options.extDir ?? firefoxExtensionDir;
  if (!existsSync(FIREFOX)) {
    throw new Error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
  }
  if (!existsSync(path.join(extDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extDir}: run "wxt build -b firefox --mv3" first.`);
  }
  const blackhole = await startBlackhole();
  // mkdtemp makes the directory readable by this user only.
  const socketDir = options.debuggerServer ? await mkdtemp(path.join(tmpdir(), 'klartext-rdp-')) : null;
  const debuggerSocket = socketDir ? path.join(socketDir, 'rdp.sock') : null;
  let browser: Browser | undefined;
  const cleanUp = async () => {
    await browser?.close();
    await blackhole.close();
    if (socketDir) await rm(socketDir, { recursive: true, force: true });
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: options.headless ?? true,
      args: debuggerSocket ? ['--start-debugger-server', debuggerSocket] : [],
      extraPrefsFirefox: { ...offlinePrefs(blackhole.port), ...(debuggerSocket ? DEBUGGER_SERVER_PREFS : {}) },
      defaultViewport: { width: 1200, height: 800 },
    });
    const extensionId = await browser.installExtension(extDir);
    return { browser, extensionId, blackhole, debuggerSocket, close: cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
