/**
 * The single-file build: dist-single/gongkai-report.html, one HTML file with the app, its styles,
 * the Word writer, the importers and pdfjs inlined, for a PC that gets the page by e-mail or USB
 * stick and opens it from disk (file://). Unlike the normal build (vite.config.ts) it has no
 * service worker (a file on disk needs no cache and cannot register one). Its CSP is as strict as
 * the hosted page's: its one script and one style sheet are inline by design, so the policy names
 * them by their SHA-256 hashes, computed when the file is written; nothing else runs, and nothing
 * is fetched from anywhere.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

const OUT_DIR = 'dist-single';
export const SINGLE_FILE_NAME = 'gongkai-report.html';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The favicon as a data: URL, so the one file has no neighbour to look for. */
function inlineFavicon(): Plugin {
  const svg = readFileSync(source('./public/favicon.svg'));
  const href = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  return {
    name: 'inline-favicon',
    transformIndexHtml: (html) => html.replace('href="./favicon.svg"', `href="${href}"`),
  };
}

/**
 * virtual:gb-cmaps — pdfjs's CMaps for Simplified Chinese (the GB families), base64 by file name:
 * a page on file:// cannot fetch the .bcmap files, so the one file carries the ones it needs.
 */
function gbCMaps(): Plugin {
  const id = 'virtual:gb-cmaps';
  const dir = source('./node_modules/pdfjs-dist/cmaps/');
  return {
    name: 'gb-cmaps',
    resolveId: (name) => (name === id ? `\0${id}` : undefined),
    load(name) {
      if (name !== `\0${id}`) return undefined;
      const files = readdirSync(dir).filter((file) => /GB.*\.bcmap$/.test(file));
      const entries = files.map((file) => [file, readFileSync(join(dir, file)).toString('base64')]);
      return `export default ${JSON.stringify(Object.fromEntries(entries))};`;
    },
  };
}

/** The OCR pack's screens (dist/ocr-pack/ocr-ui.js, vite.ocr-ui.config.ts), allowed by their hash. */
const OCR_UI = source('./dist/ocr-pack/ocr-ui.js');

/** The SHA-256 (base64) of the pack's screens script, as a CSP source names it. */
export function ocrUiHash(): string {
  if (!existsSync(OCR_UI)) {
    throw new Error(`${OCR_UI} is missing: build the OCR pack first (npm run build:ocr-pack)`);
  }
  return createHash('sha256').update(readFileSync(OCR_UI)).digest('base64');
}

/**
 * virtual:ocr-ui — the hash and version of the pack's screens script this file runs
 * (src/ui/ocr/load-screens.single.ts checks a kept pack against it; the page's second policy names it).
 */
function ocrUi(): Plugin {
  const id = 'virtual:ocr-ui';
  const { version } = JSON.parse(readFileSync(source('./package.json'), 'utf8')) as {
    version: string;
  };
  return {
    name: 'ocr-ui',
    resolveId: (name) => (name === id ? `\0${id}` : undefined),
    load: (name) =>
      name === `\0${id}`
        ? `export const hash = ${JSON.stringify(ocrUiHash())}; export const version = ${JSON.stringify(version)};`
        : undefined,
  };
}

const SRC = source('./src/');

/**
 * Platform variants by suffix (src/workspace/platform): where `x.single.ts` stands beside `x.ts`,
 * the single file takes it — no Web Worker from a file on file://, so imports run on the page's
 * thread (start-import.single.ts), the review desk's workers are classic ones from a blob: URL
 * with their code inlined (spawn-worker.single.ts), without a pdfjs of their own
 * (review-pdf.single.ts); the OCR pack runs in a frame of this same file
 * (src/ui/ocr/ocr-frame.single.ts). One rule for all of src/ instead of an alias per module.
 */
export function singleVariants(): Plugin {
  return {
    name: 'single-variants',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      if (!importer || id.includes('?')) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      const path = resolved?.id;
      if (!path?.startsWith(SRC) || !path.endsWith('.ts') || path.endsWith('.single.ts')) {
        return null;
      }
      const variant = path.replace(/\.ts$/, '.single.ts');
      return existsSync(variant) ? variant : null;
    },
  };
}

/** The text of every inline <script> and <style>, as the browser reads it (and hashes it). */
function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const found = { scripts: [] as string[], styles: [] as string[] };
  const visit = (node: T.Node) => {
    if ('tagName' in node && (node.tagName === 'script' || node.tagName === 'style')) {
      const text = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
      (node.tagName === 'script' ? found.scripts : found.styles).push(text);
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return found;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The single file's Content-Security-Policy, from its inline code: only that script and style
 * sheet run (by hash) — and the OCR pack's screens script, by its hash, injected only once the
 * user has loaded the pack (src/ui/ocr/load-screens.single.ts) — style attributes stay allowed as in the hosted page (the print preview's
 * tables), images only from data: and blob: (the favicon, exports), the review desk's workers only
 * from blob: (their code is inlined), and no connection anywhere. `'wasm-unsafe-eval'` and
 * `frame-src 'self'` are for the optional OCR pack only: it runs in a hidden frame of this same
 * file, whose worker compiles WebAssembly; the page itself adds, first thing, a second policy
 * without `'wasm-unsafe-eval'` (src/ui/ocr/ocr-frame.single.ts), so the page and its own workers
 * refuse WebAssembly. It allows no JavaScript eval, and only the hashed script can start anything.
 */
export function singleFilePolicy(html: string): string {
  const { scripts, styles } = inlineCode(html);
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')} 'sha256-${ocrUiHash()}' 'wasm-unsafe-eval'`,
    `style-src ${styles.map(sha256).join(' ')}`,
    "style-src-attr 'unsafe-inline'",
    'img-src data: blob:',
    "connect-src 'none'",
    'worker-src blob:',
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * index.html is written as gongkai-report.html (the name a user sees in the mail or on the stick),
 * with the CSP meta first in its head, before anything it governs.
 */
function writeSingleFile(): Plugin {
  return {
    name: 'write-single-html',
    apply: 'build',
    writeBundle() {
      const built = source(`./${OUT_DIR}/index.html`);
      const html = readFileSync(built, 'utf8');
      const charset = /<meta charset="UTF-8"\s*\/?>/i.exec(html);
      if (!charset) throw new Error('index.html has no <meta charset> to put the CSP after');
      const at = charset.index + charset[0].length;
      const meta = `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(html)}" />`;
      writeFileSync(
        source(`./${OUT_DIR}/${SINGLE_FILE_NAME}`),
        `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`,
      );
      rmSync(built);
    },
  };
}

export default defineConfig({
  base: './',
  // The public folder's favicon is inlined above; nothing else of it belongs in the one file.
  publicDir: false,
  plugins: [
    singleVariants(),
    react(),
    inlineFavicon(),
    gbCMaps(),
    ocrUi(),
    viteSingleFile({ removeViteModuleLoader: true }),
    writeSingleFile(),
  ],
  // file:// allows no module worker from a blob: URL, only a classic one: one script, no chunks.
  worker: { format: 'iife', plugins: () => [singleVariants()] },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    // One file holds everything, pdfjs too: Rollup's size warning says nothing useful here.
    chunkSizeWarningLimit: 20_000,
  },
});
