import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  entry: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

function gz(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

/** Files a built JS file imports statically (`from "./x.js"`, `import "./x.js"`), transitively. */
function withImports(dir: string, rel: string, seen: Set<string>): void {
  if (seen.has(rel)) return;
  const file = path.join(dir, rel);
  if (!existsSync(file)) return;
  seen.add(rel);
  if (!rel.endsWith('.js')) return;
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*["'`]([^"'`]+\.js)["'`]/g)) {
    const spec = m[1] as string;
    const target = spec.startsWith('/') ? spec.slice(1) : path.posix.join(path.posix.dirname(rel), spec);
    withImports(dir, path.posix.normalize(target), seen);
  }
}

/** Scripts and styles an HTML entry loads (src/href of script, modulepreload and stylesheet tags). */
function htmlAssets(dir: string, rel: string): string[] {
  const html = readFileSync(path.join(dir, rel), 'utf8');
  const out: string[] = [];
  for (const m of html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    const spec = m[1] as string;
    out.push(spec.startsWith('/') ? spec.slice(1) : path.posix.join(path.posix.dirname(rel), spec));
  }
  return out;
}

function size(dir: string, entry: string, files: Set<string>): EntrySize {
  const list = [...files].sort();
  return {
    entry,
    files: list,
    rawBytes: list.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0),
    gzipBytes: list.reduce((n, f) => n + gz(path.join(dir, f)), 0),
  };
}

/**
 * 8. Size of each entry of the built extension as the browser loads it:
 * the content script (one file, glossary included, plus any CSS the manifest
 * injects), the background worker, and each HTML page with every script and
 * style it pulls in (shared chunks counted in each). gzip: zlib's default
 * level, as a proxy for transfer and parse size.
 */
export function measureBundle(dir: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[]; css?: string[] }[];
    action?: { default_popup?: string };
    options_ui?: { page?: string };
  };
  const out: EntrySize[] = [];
  (manifest.content_scripts ?? []).forEach((cs, i) => {
    const files = new Set<string>();
    for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) withImports(dir, f, files);
    out.push(size(dir, i === 0 ? 'content script' : `content script ${i + 1}`, files));
  });
  if (manifest.background?.service_worker) {
    const files = new Set<string>();
    withImports(dir, manifest.background.service_worker, files);
    out.push(size(dir, 'background', files));
  }
  for (const [entry, page] of [
    ['popup', manifest.action?.default_popup],
    ['options', manifest.options_ui?.page],
  ] as const) {
    if (!page) continue;
    const files = new Set<string>([page]);
    for (const asset of htmlAssets(dir, page)) withImports(dir, asset, files);
    out.push(size(dir, entry, files));
  }
  return out;
}

/** Every file of the build, for the JSON. */
export function listBuild(dir: string): { file: string; rawBytes: number; gzipBytes: number }[] {
  const out: { file: string; rawBytes: number; gzipBytes: number }[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const r = rel ? `${rel}/${name}` : name;
      const full = path.join(dir, r);
      if (statSync(full).isDirectory()) walk(r);
      else out.push({ file: r, rawBytes: statSync(full).size, gzipBytes: gz(full) });
    }
  };
  walk('');
  return out.sort((a, b) => a.file.localeCompare(b.file));
}
