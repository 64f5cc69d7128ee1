import { corpusDir, startServer, type StaticServer } from '../lib/browser';

export type BenchServer = StaticServer;

/**
 * Serves /corpus/* (the shared real pages) and /gen/* (pages this benchmark
 * generates) from 127.0.0.1. Every response makes the page cross-origin
 * isolated (COOP + COEP): only then does Chromium give `performance.now()`
 * 5 µs resolution instead of 100 µs, which the per-call hover timings and the
 * bare walk of small pages need. Cross-origin subresources are aborted by the
 * browser context anyway, so isolation changes nothing else on these pages.
 */
export function startBenchServer(genDir: string): Promise<BenchServer> {
  return startServer({
    roots: { corpus: corpusDir, gen: genDir },
    headers: {
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cache-control': 'no-store',
    },
  });
}
