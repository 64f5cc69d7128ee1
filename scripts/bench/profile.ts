import type { BrowserContext } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { openPage } from './browsers';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileRow {
  name: string;
  ms: number;
  share: number;
}

export interface ScanProfile {
  url: string;
  /** Wall time of the page-side scan while profiled (the profiler slows it somewhat). */
  scanMs: number;
  busyMs: number;
  matches: number;
  /** Self time per function, largest first. */
  functions: ProfileRow[];
  /** Self time per source module (src/...), plus the engine's own buckets. */
  modules: ProfileRow[];
}

/** Where a bundle position came from: its source file (relative to the repository) and line, by the bundle's source map. */
function sourceMapper(bundlePath: string): (line: number, column: number) => { module: string; line: number } | null {
  const mapPath = `${bundlePath}.map`;
  if (!existsSync(mapPath)) throw new Error(`no source map at ${mapPath}: the page-side bundle is built with sourcemap: true`);
  const map = new TraceMap(readFileSync(mapPath, 'utf8'));
  return (line, column) => {
    // CDP positions are 0-based; the map's lines are 1-based, its columns 0-based.
    const at = originalPositionFor(map, { line: line + 1, column });
    if (!at.source || at.line === null) return null;
    const module = at.source.replace(/^(?:\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
    return { module, line: at.line };
  };
}

/** Largest first; shares are of the time inside the scan's tasks ("(program)", native work outside JS — mostly the page rendering between chunks — has none). */
function top(totals: Map<string, number>, limit: number): ProfileRow[] {
  let inside = 0;
  for (const [name, ms] of totals) if (!name.startsWith('(program)')) inside += ms;
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, ms]) => ({ name, ms, share: name.startsWith('(program)') || inside === 0 ? Number.NaN : ms / inside }));
}

/**
 * Where a full-page scan spends its time: the page-side bundle (the content
 * script's own scan session, unminified) scans `url` in a page without the
 * extension under the V8 sampling profiler (CDP Profiler, 50 µs interval).
 * Self time is summed per function and per source module; time in the DOM
 * (C++) is charged to the JS function that called it.
 */
export async function profileScan(
  context: BrowserContext,
  options: { url: string; bundlePath: string },
): Promise<ScanProfile> {
  const bundle = readFileSync(options.bundlePath, 'utf8');
  const mapped = sourceMapper(options.bundlePath);
  const page = await openPage(context, options.url);
  try {
    await page.addScriptTag({ content: bundle });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    const result = await page.evaluate(async () => {
      type Api = { scan(): Promise<{ busyMs: number; matches: number }> };
      const api = (window as unknown as { __klartextBench: Api }).__klartextBench;
      const start = performance.now();
      const summary = await api.scan();
      return { scanMs: performance.now() - start, busyMs: summary.busyMs, matches: summary.matches };
    });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.detach();

    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const selfUs = new Map<number, number>();
    profile.samples.forEach((id, i) => {
      selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
    });
    const functions = new Map<string, number>();
    const modules = new Map<string, number>();
    for (const [id, us] of selfUs) {
      const node = byId.get(id);
      if (!node) continue;
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const ms = us / 1000;
      let module: string;
      let line = lineNumber + 1;
      if (functionName.startsWith('(')) {
        module = functionName; // (program), (garbage collector), (idle)
      } else if (lineNumber < 0) {
        module = '(DOM and built-ins)'; // native functions, charged here rather than to their JS caller
      } else if (url === '') {
        // addScriptTag({ content }) scripts have no URL: this is the bundle, mapped back to its sources.
        const source = mapped(lineNumber, columnNumber);
        module = source?.module ?? 'bundle';
        line = source?.line ?? line;
      } else {
        module = url.startsWith('http') ? 'page scripts' : url;
      }
      if (module === '(idle)') continue;
      const fn = `${functionName || '(anonymous)'} ${module}:${line}`;
      functions.set(fn, (functions.get(fn) ?? 0) + ms);
      modules.set(module, (modules.get(module) ?? 0) + ms);
    }
    return {
      url: options.url,
      ...result,
      functions: top(functions, 25),
      modules: top(modules, 20),
    };
  } finally {
    await page.close();
  }
}
