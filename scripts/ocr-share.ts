/**
 * OCR's share of the page (issue 27), measured: the hosted build and the single file built as
 * they are and again with the page's OCR entry points stubbed (no OCR screen, gate, bar, row
 * text or runner frame at all), then the difference in bytes — the single file's size and the
 * hosted first-load JS gzipped (scripts/bundle-sizes.ts), plus the pack's screens script.
 * Run after `npm run build` (the single file's config needs dist/ocr-pack/ocr-ui.js):
 *   npx tsx scripts/ocr-share.ts
 * It leaves dist/ and dist-single/ as `npm run build` makes them. The core's scan detection and
 * the desk's scan bookkeeping (src/workspace/review/desk-scans.ts) are not stubbed: they were
 * there before the pack (a scan is told apart and named as one either way).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { DIST, initialJsFiles, SINGLE_FILE } from './bundle-sizes';

const OCR = fileURLToPath(new URL('../src/ui/ocr/', import.meta.url));

/** Each OCR entry module the page imports, as a stub with the same exports and no OCR. */
const STUBS: Readonly<Record<string, string>> = {
  'ocr-frame.ts':
    'export const isOcrRunner = () => false; export const startOcrRunner = () => {}; export const lockPagePolicy = () => {};',
  'ocr-gate.tsx': 'export const OcrGate = () => null;',
  'load-screens.ts': 'export const loadOcrScreens = () => new Promise(() => {});',
  'desk-ocr.tsx': 'export const DeskOcr = () => null;',
  'desk-scan-row.tsx': 'export const DeskScanRow = () => null;',
  'desk-scan-slot.tsx': 'export const DeskScanSlot = () => null;',
};

/** Stub the entry modules (and their single-file variants, x.single.ts). */
function noOcr(): Plugin {
  const stubOf = (id: string) => {
    if (!id.startsWith(OCR)) return undefined;
    const name = id.slice(OCR.length).replace('.single.ts', '.ts');
    return STUBS[name];
  };
  return {
    name: 'no-ocr',
    enforce: 'pre',
    load: (id) => stubOf(id) ?? null,
  };
}

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

interface Sizes {
  readonly hostedInitialGzip: number;
  readonly single: number;
  readonly singleGzip: number;
}

async function measure(stubbed: boolean, hostedOut: string): Promise<Sizes> {
  const plugins = stubbed ? [noOcr()] : [];
  await build({ logLevel: 'warn', plugins, build: { outDir: hostedOut, emptyOutDir: true } });
  const files = initialJsFiles(hostedOut);
  await build({ logLevel: 'warn', configFile: 'vite.single.config.ts', plugins });
  const single = readFileSync(SINGLE_FILE);
  return {
    hostedInitialGzip: files.reduce((sum, file) => sum + gzip(readFileSync(file)), 0),
    single: single.length,
    singleGzip: gzip(single),
  };
}

const work = mkdtempSync(join(tmpdir(), 'ocr-share-'));
// The pack's screens script the single file's config hashes: keep it across the builds.
const pack = join(work, 'ocr-pack');
cpSync(join(DIST, 'ocr-pack'), pack, { recursive: true });
try {
  const without = await measure(true, join(work, 'stubbed'));
  const withOcr = await measure(false, join(work, 'real'));
  const ui = statSync(join(pack, 'ocr-ui.js')).size;
  const rows = (Object.keys(withOcr) as (keyof Sizes)[]).map((key) => ({
    figure: key,
    withoutOcr: without[key],
    withOcr: withOcr[key],
    share: withOcr[key] - without[key],
  }));
  console.table(rows);
  console.log(
    `pack screens (ocr-ui.js): ${ui} B, gzip ${gzip(readFileSync(join(pack, 'ocr-ui.js')))} B`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
