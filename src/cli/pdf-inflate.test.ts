/**
 * The CLI checks a PDF's streams with Node's zlib (read-report.ts `inflate`) where the core
 * inflates with fflate: every verdict must be the same — the bombs, the operator bound, damaged
 * data read as far as it goes, and real reports passing.
 */
import { readFileSync } from 'node:fs';
import { zlibSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkPdfStreams } from '../core/import/source/pdf-streams';
import { concat, minimalPdf, textContent, zlibBomb } from '../testing/hostile-files';
import { inflate } from './read-report';

/** The message checkPdfStreams stops with, or 'passes'. */
function verdict(pdf: Uint8Array, withZlib: boolean): string {
  try {
    checkPdfStreams(pdf, withZlib ? inflate : undefined);
    return 'passes';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** A one-page report with a compressed font file of `data` after it. */
const withFontFile = (data: Uint8Array) =>
  concat([
    minimalPdf({ pages: 1, content: textContent('x'), filter: 'FlateDecode' }),
    strToU8('9 0 obj\n<< /Length1 9 /Filter /FlateDecode >>\nstream\n'),
    data,
    strToU8('\nendstream\nendobj\n'),
  ]);

const fontBomb = withFontFile(zlibBomb(600_000));

const opsCompressed = zlibSync(strToU8('BT /F1 12 Tf 72 720 Td (abc) Tj ET\n'.repeat(1_000_000)), {
  level: 1,
});

/** A content stream cut short: zlib refuses it, fflate reads what is there. */
const cut = (data: Uint8Array) => data.subarray(0, Math.floor(data.length * 0.6));

const CASES: readonly [string, Uint8Array, string | RegExp][] = [
  [
    'a content stream that inflates to 1 GB',
    minimalPdf({ pages: 1, content: zlibBomb(4_000_000), filter: 'FlateDecode' }),
    /页面内容解压后超过 16 MB/,
  ],
  ['a font file that inflates past the whole bound', fontBomb, /压缩数据解压后超过 128 MB/],
  [
    'five million compressed operators',
    minimalPdf({ pages: 1, content: opsCompressed, filter: 'FlateDecode' }),
    /超过 200 万个绘图指令/,
  ],
  [
    'the same operators cut short (damaged data counts as far as it goes)',
    minimalPdf({ pages: 1, content: cut(opsCompressed), filter: 'FlateDecode' }),
    /超过 200 万个绘图指令/,
  ],
  [
    // 4.4 MB inflated, in one piece with zlib: its 2.2 million operators counted all at once.
    'two million operators in a content stream under the byte bound',
    minimalPdf({
      pages: 1,
      content: zlibSync(strToU8('q Q\n'.repeat(1_100_000))),
      filter: 'FlateDecode',
    }),
    /超过 200 万个绘图指令/,
  ],
  [
    // 20 MB: more than zlib inflates in one piece here, so fflate counts it chunk by chunk.
    'a font file of 20 MB (under the whole bound)',
    withFontFile(zlibSync(new Uint8Array(20 * 1024 * 1024))),
    'passes',
  ],
  [
    'a small report, its content cut short',
    minimalPdf({ pages: 1, content: cut(zlibSync(textContent('hello'))), filter: 'FlateDecode' }),
    'passes',
  ],
  [
    'a real report (LibreOffice)',
    new Uint8Array(readFileSync('src/fixtures/import/libreoffice-2021.pdf')),
    'passes',
  ],
];

describe("the CLI's zlib in the checks on a PDF's streams", () => {
  it.each(CASES)('%s: the same verdict as fflate', (_, pdf, expected) => {
    const ours = verdict(pdf, true);
    expect(ours).toBe(verdict(pdf, false));
    if (typeof expected === 'string') expect(ours).toBe(expected);
    else expect(ours).toMatch(expected);
  });

  it('refuses past the bound and gives the bytes up to it', () => {
    const data = zlibSync(new Uint8Array(1000));
    expect(inflate(data, 999)).toBeUndefined();
    expect(inflate(data, 1000)?.length).toBe(1000);
    expect(() => inflate(cut(data), 1000)).toThrow();
  });
});
