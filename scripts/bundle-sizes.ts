/**
 * Sizes of the built page (dist/ and dist-single/) as the browser gets them: the initial JS is the
 * entry script with everything it imports statically (lazy `import()` chunks are left out, as the
 * browser only fetches them when used), gzip-compressed the way a static server would send it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = 'dist';
export const SINGLE_FILE = 'dist-single/gongkai-report.html';

/** Static imports of a built ES module: `import … from "./x.js"` and `import "./x.js"`. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern =
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.push(match[1] ?? '');
  return found;
}

/** The page's entry scripts and module preloads, as files under dist/. */
function entryFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  return refs.map((m) => normalize(join(dist, m[1] ?? '')));
}

/** Every JS file the first load fetches: the entries and their static imports, transitively. */
export function initialJsFiles(dist = DIST): string[] {
  const seen = new Set<string>();
  const queue = entryFiles(dist);
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const ref of staticImports(code)) queue.push(normalize(join(dirname(file), ref)));
  }
  return [...seen];
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export interface BundleSizes {
  readonly initial_js_files: readonly string[];
  readonly initial_js_gzip_bytes: number;
  readonly single_file_bytes: number | null;
  readonly single_file_gzip_bytes: number | null;
}

export function bundleSizes(): BundleSizes {
  const files = initialJsFiles();
  const single = existsSync(SINGLE_FILE);
  return {
    initial_js_files: files,
    initial_js_gzip_bytes: files.reduce((sum, file) => sum + gzipBytes(file), 0),
    single_file_bytes: single ? statSync(SINGLE_FILE).size : null,
    single_file_gzip_bytes: single ? gzipBytes(SINGLE_FILE) : null,
  };
}
