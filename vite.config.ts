/// <reference types="vitest/config" />
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The page's Content-Security-Policy: everything from the page's own origin, nothing else — no
 * inline or eval'd script, no connection elsewhere. Inline style *attributes* stay allowed: the
 * print preview shows renderHtml's markup, whose tables are laid out with them; they run nothing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** The CSP as a meta tag, in the built page only (the dev server's hot reload injects scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** pdfjs's predefined CJK CMaps, served as /cmaps/*.bcmap, so PDFs with unembedded fonts read. */
function pdfjsCMaps(): Plugin {
  const dir = fileURLToPath(new URL('./node_modules/pdfjs-dist/cmaps/', import.meta.url));
  return {
    name: 'pdfjs-cmaps',
    generateBundle() {
      for (const name of readdirSync(dir)) {
        this.emitFile({
          type: 'asset',
          fileName: `cmaps/${name}`,
          source: readFileSync(join(dir, name)),
        });
      }
    },
    configureServer(server) {
      server.middlewares.use('/cmaps', (request, response, next) => {
        const file = join(dir, basename(request.url ?? ''));
        if (!existsSync(file)) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'application/octet-stream');
        response.end(readFileSync(file));
      });
    },
  };
}

/**
 * The test build one version ahead (GONGKAI_NEXT_BUILD=1, built by e2e/two-builds.spec.ts): the
 * report file's and the store's migrations are replaced by those of e2e/next-build, which add a
 * step each, as the next release of the page would.
 */
function nextBuild(): Plugin {
  const real = new Map([
    [source('./src/core/migrations.ts'), source('./e2e/next-build/report-migrations.ts')],
    [
      source('./src/workspace/storage/versions/stored-migrations.ts'),
      source('./e2e/next-build/stored-migrations.ts'),
    ],
  ]);
  const nextDir = source('./e2e/next-build/');
  return {
    name: 'next-build',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      if (!importer || importer.startsWith(nextDir)) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      return resolved ? (real.get(resolved.id) ?? null) : null;
    },
  };
}

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // Relative asset paths so the built page also works when opened from a saved folder.
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    pdfjsCMaps(),
    ...(process.env.GONGKAI_NEXT_BUILD ? [nextBuild()] : []),
    // A service worker precaches the whole build — the lazy chunks (Word writer, importers,
    // pdfjs and its worker) and the CMaps too — so the page, its exports and imports work offline.
    // A new version waits until the page lets it take over (src/ui/update/service-worker.ts: at
    // a moment no tab is busy, all tabs together), never under an edit.
    VitePWA({
      registerType: 'prompt',
      // Registered by the page's own module (workbox-window): the CSP allows no inline script.
      injectRegister: false,
      manifest: false,
      workbox: {
        // The .pdf is the import worker's warm-up file (src/workspace/import/warm-blank-2021.pdf).
        globPatterns: ['**/*.{js,mjs,css,html,svg,bcmap,pdf}'],
        // The OCR pack (~30 MB, vite.ocr-pack.config.ts) is optional: cached on its first use only.
        globIgnores: ['ocr-pack/**'],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.includes('/ocr-pack/'),
            handler: 'CacheFirst',
            options: { cacheName: 'gongkai-ocr-pack' },
          },
        ],
        // pdfjs's worker is ~2 MB; the default 2 MiB cap would leave it out.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Control the page on its first visit: offline works from the moment the cache is full.
        clientsClaim: true,
        // Wait for the page's SKIP_WAITING message instead of taking over open tabs at once.
        skipWaiting: false,
      },
    }),
  ],
  // The Word export (the docx package, ~1 MB) is its own chunk, loaded only when exporting.
  build: {
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // zod with csp.ts's z.config({ jitless }) in one chunk, evaluated before any chunk that
        // parses with zod: split across chunks, a schema could run (and probe eval) first.
        manualChunks: (id) =>
          /node_modules\/zod\/|src\/workspace\/platform\/csp\.ts$/.test(id) ? 'zod' : undefined,
      },
    },
  },
  // The import worker loads pdfjs on demand, which needs ES module workers.
  worker: {
    format: 'es',
    plugins: () => (process.env.GONGKAI_NEXT_BUILD ? [nextBuild()] : []),
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts'],
    // The fitness test's fake src trees hold a "test" that breaks a fence on purpose.
    exclude: ['**/node_modules/**', 'src/fitness/fixtures/**'],
    environment: 'node',
    // Vitest runs files on cores - 1 threads: one on a 2-core CI machine, where many files
    // wait on soffice, pdftotext or worker threads' clocks. CI gets every core; a developer's
    // machine keeps one free.
    ...(process.env.CI ? { maxWorkers: availableParallelism() } : {}),
    // Imports of PDF and Word files load pdfjs and parse real files; on a loaded 2-core machine
    // one such test can pass the 5 s default without anything being wrong.
    testTimeout: 20_000,
    // The same for a suite's set-up (render-docx renders every fixture once in beforeAll).
    hookTimeout: 30_000,
  },
});
