/**
 * The single-file build: dist-single/gongkai-report.html, one HTML file with the app, its styles,
 * the Word writer, the importers and pdfjs inlined, for a PC that gets the page by e-mail or USB
 * stick and opens it from disk (file://). Unlike the normal build (vite.config.ts) it has no
 * service worker (a file on disk needs no cache and cannot register one) and no CSP meta (its
 * script is inline by design; the page still loads nothing from elsewhere).
 */
import { readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

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

/** index.html is written as gongkai-report.html: the name a user sees in the mail or on the stick. */
function renameHtml(): Plugin {
  return {
    name: 'rename-single-html',
    apply: 'build',
    writeBundle() {
      renameSync(source(`./${OUT_DIR}/index.html`), source(`./${OUT_DIR}/${SINGLE_FILE_NAME}`));
    },
  };
}

export default defineConfig({
  base: './',
  // The public folder's favicon is inlined above; nothing else of it belongs in the one file.
  publicDir: false,
  resolve: {
    alias: [
      // No Web Worker on file://: imports run on the page's thread (see start-import-inline.ts).
      { find: /^\.\/start-import$/, replacement: source('./src/ui/import/start-import-inline.ts') },
      // The review desk's workers: a classic worker from a blob: URL, its code inlined (see
      // spawn-worker-inline.ts), without a pdfjs of its own (PDFs are read as above).
      { find: /^\.\/spawn-worker$/, replacement: source('./src/ui/review/spawn-worker-inline.ts') },
      { find: /^\.\/review-pdf$/, replacement: source('./src/ui/review/review-pdf-inline.ts') },
    ],
  },
  plugins: [
    react(),
    inlineFavicon(),
    gbCMaps(),
    viteSingleFile({ removeViteModuleLoader: true }),
    renameHtml(),
  ],
  // file:// allows no module worker from a blob: URL, only a classic one: one script, no chunks.
  worker: { format: 'iife' },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    // One file holds everything, pdfjs too: Rollup's size warning says nothing useful here.
    chunkSizeWarningLimit: 20_000,
  },
});
