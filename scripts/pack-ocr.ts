/**
 * The OCR pack as one file for single-file users: dist/ocr-pack/ (built by vite.ocr-pack.config.ts)
 * zipped, uncompressed (the models and WebAssembly barely compress, and the page unpacks it at
 * once), as dist-ocr-pack/gongkai-ocr-pack-<version>.zip. Prints the pack's size.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { PACK_FILES } from '../src/ui/ocr/ocr-protocol';
import { PACK_FILE_PREFIX } from '../src/ui/ocr/pack-name';

const DIR = 'dist/ocr-pack';
const OUT = 'dist-ocr-pack';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const files = Object.fromEntries(
  Object.values(PACK_FILES).map((name) => [name, new Uint8Array(readFileSync(join(DIR, name)))]),
);
const zip = zipSync(files, { level: 0 });
mkdirSync(OUT, { recursive: true });
const file = join(OUT, `${PACK_FILE_PREFIX}-${version}.zip`);
writeFileSync(file, zip);
console.log(`${file}: ${zip.length} bytes (${(zip.length / 1024 / 1024).toFixed(1)} MiB)`);
