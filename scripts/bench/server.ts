import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { corpusDir } from '../lib/browser';

export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/**
 * Serves /corpus/* (the shared real pages) and /gen/* (pages this benchmark
 * generates) from 127.0.0.1. Every response makes the page cross-origin
 * isolated (COOP + COEP): only then does Chromium give `performance.now()`
 * 5 µs resolution instead of 100 µs, which the per-call hover timings and the
 * bare walk of small pages need. Cross-origin subresources are aborted by the
 * browser context anyway, so isolation changes nothing else on these pages.
 */
export async function startBenchServer(genDir: string): Promise<BenchServer> {
  const roots: Record<string, string> = { corpus: corpusDir, gen: genDir };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, root, ...rest] = decodeURIComponent(url.pathname).split('/');
    const base = root ? roots[root] : undefined;
    const file = base ? path.join(base, ...rest) : '';
    if (!base || !file.startsWith(base) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cache-control': 'no-store',
    });
    res.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('bench server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
