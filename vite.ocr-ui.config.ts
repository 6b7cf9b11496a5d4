/**
 * The OCR pack's screens for the single file (issue 27): dist/ocr-pack/ocr-ui.js, one classic
 * script that puts the OCR screens (src/ui/ocr/ocr-ui.pack.ts) on a global. It carries no React and
 * none of the page's code: React and the few functions of ocr-host-names.ts are the single file's
 * own, lent through a global (src/ui/ocr/ocr-host.ts). Built after vite.ocr-pack.config.ts (which
 * empties the folder) and before vite.single.config.ts, which allows this script by its hash.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { HOST_MODULES, HOST_NAMES } from './src/ui/ocr/ocr-host-names';
import { HOST_GLOBAL } from './src/ui/ocr/ocr-screens';
import { PACK_FILES } from './src/ui/ocr/ocr-protocol';
import { singleVariants } from './vite.single.config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const OCR = './src/ui/ocr/';

/** Module ids the screens take from the host, to the names lent (React's: all it exports). */
const lent = new Map<string, { key: string; names: readonly string[] }>([
  ['react', { key: 'react', names: Object.keys(await import('react')) }],
  ['react/jsx-runtime', { key: 'jsx', names: Object.keys(await import('react/jsx-runtime')) }],
  ...Object.entries(HOST_MODULES).map(
    ([key, path]) =>
      [source(OCR + path), { key, names: HOST_NAMES[key as keyof typeof HOST_NAMES] }] as const,
  ),
]);

/**
 * React and the lent modules are not bundled: each is a module that reads its names off the host
 * global, so a screen that imports anything the host does not lend fails the build (a missing
 * export), never the page.
 */
function lendFromHost(): Plugin {
  const prefix = '\0ocr-host:';
  return {
    name: 'ocr-ui-host',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      if (lent.has(id)) return prefix + id;
      if (!importer || id.startsWith(prefix)) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      return resolved && lent.has(resolved.id) ? prefix + resolved.id : null;
    },
    load(id) {
      const module = id.startsWith(prefix) ? lent.get(id.slice(prefix.length)) : undefined;
      if (!module) return null;
      const from = `globalThis.${HOST_GLOBAL}.${module.key}`;
      const names = module.names.filter(
        (name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name),
      );
      return names.map((name) => `export const ${name} = ${from}.${name};`).join('\n');
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  // The single file's variants (x.single.ts): these screens run only there.
  plugins: [singleVariants(), lendFromHost(), react()],
  build: {
    outDir: 'dist/ocr-pack',
    // The pack's other files are already there (vite.ocr-pack.config.ts).
    emptyOutDir: false,
    copyPublicDir: false,
    cssCodeSplit: false,
    rollupOptions: {
      input: source(`${OCR}ocr-ui.pack.ts`),
      preserveEntrySignatures: false,
      output: {
        format: 'iife',
        codeSplitting: false,
        entryFileNames: PACK_FILES.ui,
        // The components' own `import './ocr.css'` makes a style sheet file nobody loads: the
        // script carries the styles (ocr-ui.pack.ts).
        assetFileNames: 'ocr-ui-unused[extname]',
      },
    },
  },
});
