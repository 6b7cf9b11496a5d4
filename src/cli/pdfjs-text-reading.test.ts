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
import { operatorListSegments, pdfPositionedText } from '../core/import/import-pdf';
import { loadKeepingNatives } from '../core/import/pdfjs-natives';
import { loadTextWorker } from './pdfjs-text-worker';

const require = createRequire(import.meta.url);
const cMapUrl = join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps') + sep;

/** A PDF of the given objects (numbered from 1; 1 the catalog), with its cross-reference table. */
function pdfOf(objects: readonly string[]): Uint8Array {
  let text = '%PDF-1.7\n';
  const offsets = objects.map((body, i) => {
    const at = text.length;
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  text += offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(text);
}

const stream = (dictionary: string, body: string) =>
  `<< ${dictionary} /Length ${body.length} >>\nstream\n${body}\nendstream`;

/** A 2×2 ruled grid, 200 × 100. */
const GRID =
  '1 w 0 0 m 200 0 l S 0 50 m 200 50 l S 0 100 m 200 100 l S ' +
  '0 0 m 0 100 l S 100 0 m 100 100 l S 200 0 re 0.5 100 f';

/** One page with some text, `content`, the named forms, and more objects from 6 on. */
function onePage(content: string, forms: string, more: readonly string[], page = ''): Uint8Array {
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R ' +
      `/Resources << /Font << /F1 5 0 R >> /XObject << ${forms} >> >> ${page} >>`,
    stream('', `BT /F1 10 Tf 50 700 Td (Hello) Tj ET ${content}`),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...more,
  ]);
}

const FORM = '/Type /XObject /Subtype /Form /BBox [0 0 600 600]';

/** Where the two routes could part: forms and their matrices, annotations, a stray restore. */
const MADE: Record<string, Uint8Array> = {
  'a grid in a form with a /Matrix': onePage('q 1 0 0 1 50 300 cm /Fm1 Do Q', '/Fm1 6 0 R', [
    stream(`${FORM} /Matrix [2 0 0 2 10 20]`, GRID),
  ]),
  'a grid in a form in a form, each moved': onePage('/Fm1 Do', '/Fm1 6 0 R', [
    stream(
      `${FORM} /Matrix [1 0 0 1 30 40] /Resources << /XObject << /Fm2 7 0 R >> >>`,
      'q 1 0 0 1 5 5 cm /Fm2 Do Q 0 0 m 300 0 l S',
    ),
    stream(`${FORM} /Matrix [1 0 0 1 100 100]`, GRID),
  ]),
  'a grid beside an annotation that draws one': onePage(
    GRID,
    '',
    [
      '<< /Type /Annot /Subtype /Square /Rect [300 300 500 400] /AP << /N 7 0 R >> >>',
      stream(`${FORM} /Matrix [1 0 0 1 0 0]`, GRID),
    ],
    '/Annots [6 0 R]',
  ),
  'a grid after a restore with nothing saved': onePage(`1 0 0 1 100 100 cm Q Q ${GRID}`, '', []),
};

const FILES = [
  'src/fixtures/import/libreoffice-2021.pdf',
  'src/fixtures/import/narrow-total-2021.pdf',
  'src/fixtures/corpus/c1000.pdf',
];
const bytesOf = (pdf: string) => MADE[pdf]?.slice() ?? new Uint8Array(readFileSync(pdf));

let pdfjs: typeof PdfJs;

beforeAll(async () => {
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await loadKeepingNatives(loadTextWorker);
  pdfjs = await loadKeepingNatives(() => import('pdfjs-dist/legacy/build/pdf.mjs'));
});

/** Each page's text items' types (other than text) and its lines from the operator list. */
async function pages(pdf: string, disableFontFace: boolean) {
  const task = pdfjs.getDocument({
    data: bytesOf(pdf),
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
      out.push({ types, lines: await operatorListSegments(pdfjs, page, n) });
    }
    return out;
  } finally {
    await task.destroy();
  }
}

describe("the CLI's pdfjs reading a page's ruling lines with its text", () => {
  it.each([...FILES, ...Object.keys(MADE)])(
    '%s: the same lines as the operator list, without asking for it',
    async (pdf) => {
      const read = await pdfPositionedText(bytesOf(pdf), { cMapUrl });
      const listed = await pages(pdf, false);
      expect(listed.flatMap((p) => p.lines)).toEqual(read.rules);
      // Ruled: the lines are there to compare.
      expect(read.rules?.length ?? 0).toBeGreaterThan(pdf in MADE ? 4 : 20);
      // One mark a page, the page's own last item: a form's call (nested) marks nothing.
      for (const { types } of listed) {
        expect(types.at(-1)).toBe('gongkaiPathsRead');
        expect(types.filter((type) => type === 'gongkaiPathsRead')).toHaveLength(1);
      }
    },
  );

  it("places a form's lines by its /Matrix and the matrices around it", async () => {
    const read = await pdfPositionedText(bytesOf('a grid in a form with a /Matrix'), {});
    // The grid's corner (0, 0): the form's matrix (×2, +10 +20), then the page's (+50 +300).
    const corner = read.rules?.find((l) => l.y1 === l.y2 && l.x1 === 60);
    expect(corner).toEqual({ page: 1, x1: 60, y1: 320, x2: 460, y2: 320 });
  });

  it('adds nothing to the text of a document opened for drawing', async () => {
    const drawn = await pages(FILES[0] ?? '', true);
    expect(drawn.flatMap((p) => p.types)).toEqual([]);
    expect(drawn.flatMap((p) => p.lines).length).toBeGreaterThan(20);
  });
});

describe("the CLI's pdfjs inflating streams", () => {
  it("inflates with Node's zlib", async () => {
    const asked: string[] = [];
    const builtin = process.getBuiltinModule.bind(process);
    process.getBuiltinModule = (id: string) => {
      asked.push(id);
      return builtin(id);
    };
    try {
      const read = await pdfPositionedText(bytesOf(FILES[0] ?? ''), { cMapUrl });
      expect(read.pieces.length).toBeGreaterThan(100);
    } finally {
      process.getBuiltinModule = builtin;
    }
    // Each page's content and each embedded font is a Flate stream.
    expect(asked.filter((id) => id === 'node:zlib').length).toBeGreaterThan(5);
  });

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
