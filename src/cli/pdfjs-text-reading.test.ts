/**
 * The CLI's pdfjs (pdfjs-text-worker.ts) hands the importer each page's painted paths among its
 * text items, so the importer does not ask for the page's operator list: the ruling lines read
 * that way must be exactly those the operator list gives, and a document opened for drawing (the
 * OCR path's rendering) must get no such items. It inflates with Node's zlib, and what zlib
 * refuses still reads as before.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { pathOps, pdfPositionedText } from '../core/import/import-pdf';
import { loadKeepingNatives } from '../core/import/pdfjs-natives';
import { pathSegments } from '../core/import/source/pdf-rules';
import { loadTextWorker } from './pdfjs-text-worker';

const require = createRequire(import.meta.url);
const cMapUrl = join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps') + sep;

const PDFS = [
  'src/fixtures/import/libreoffice-2021.pdf',
  'src/fixtures/import/narrow-total-2021.pdf',
  'src/fixtures/corpus/c1000.pdf',
];

let pdfjs: typeof PdfJs;

beforeAll(async () => {
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await loadKeepingNatives(loadTextWorker);
  pdfjs = await loadKeepingNatives(() => import('pdfjs-dist/legacy/build/pdf.mjs'));
});

/** Each page's text items' types (other than text) and its lines from the operator list. */
async function pages(file: string, disableFontFace: boolean) {
  const task = pdfjs.getDocument({
    data: new Uint8Array(readFileSync(file)),
    isEvalSupported: false,
    disableFontFace,
    useSystemFonts: false,
    verbosity: 0,
    cMapUrl,
    cMapPacked: true,
  });
  try {
    const document = await task.promise;
    const out = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const types = content.items.flatMap((item) =>
        'type' in item && item.type.startsWith('gongkai') ? [item.type] : [],
      );
      const list = await page.getOperatorList();
      out.push({ types, lines: pathSegments(n, list.fnArray, list.argsArray, pathOps(pdfjs.OPS)) });
    }
    return out;
  } finally {
    await task.destroy();
  }
}

describe("the CLI's pdfjs reading a page's ruling lines with its text", () => {
  it.each(PDFS)('%s: the same lines as the operator list, without asking for it', async (file) => {
    const read = await pdfPositionedText(new Uint8Array(readFileSync(file)), { cMapUrl });
    const listed = await pages(file, false);
    expect(listed.flatMap((p) => p.lines)).toEqual(read.rules);
    // A ruled report: the lines are there to compare.
    expect(read.rules?.length ?? 0).toBeGreaterThan(20);
    for (const { types } of listed) {
      expect(types.at(-1)).toBe('gongkaiPathsRead');
    }
  });

  it('adds nothing to the text of a document opened for drawing', async () => {
    const drawn = await pages(PDFS[0] ?? '', true);
    expect(drawn.flatMap((p) => p.types)).toEqual([]);
    expect(drawn.flatMap((p) => p.lines).length).toBeGreaterThan(20);
  });
});

describe("the CLI's pdfjs inflating streams", () => {
  it("reads a stream zlib refuses (a wrong checksum) with pdfjs's own inflater, as before", async () => {
    const file = 'src/fixtures/import/libreoffice-2021.pdf';
    const bytes = new Uint8Array(readFileSync(file));
    const text = Buffer.from(bytes).toString('latin1');
    // The first page's content: the first stream, its zlib checksum the 4 bytes before endstream.
    const start = text.indexOf('stream\n') + 'stream\n'.length;
    const end = text.indexOf('endstream', start);
    const damaged = bytes.slice();
    const at = end - 1 - (text[end - 2] === '\r' ? 1 : 0) - 4;
    for (let i = at; i < at + 4; i++) damaged[i] = (damaged[i] ?? 0) ^ 0xff;
    const { inflateSync } = await import('node:zlib');
    expect(() => inflateSync(damaged.subarray(start, at + 4))).toThrow(/check/);
    const intact = await pdfPositionedText(bytes, { cMapUrl });
    const read = await pdfPositionedText(damaged, { cMapUrl });
    expect(read.pieces.filter((p) => p.page === 1).length).toBeGreaterThan(20);
    expect(read).toEqual(intact);
  });
});
