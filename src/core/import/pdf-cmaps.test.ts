/**
 * PDFs whose Chinese font is not embedded (STSong-Light under UniGB-UCS2-H, as some PDF writers
 * make them) read only with pdfjs's CJK CMaps: the CLI passes them, and so does the page (e2e).
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printedCells, readFixture, reportFixture } from '../../testing/fixtures';
import { unembeddedCjkPdf } from '../../testing/hostile-files';
import { importPdf } from './import-pdf';

const cMapUrl =
  join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + sep;
const seed = readFixture('seeds/001_1e620b80bbedd808.txt')
  .split('\n')
  .filter((l) => l.trim() !== '');

describe('a PDF with an unembedded CJK font', () => {
  const pdf = unembeddedCjkPdf(seed);

  it('reads with the CMaps, cell for cell', async () => {
    const result = await importPdf(pdf, { cMapUrl });
    if (!result.ok) throw new Error(result.message);
    expect(result.report.meta.org).toBe('祥云镇');
    // Seed 001 prints no 总计: those are derived (inferred); every printed cell is exact.
    expect(printedCells(result.report.cells, result.provenance)).toEqual(
      reportFixture('seed-001').cells,
    );
  });

  it('has no text without them (so the CMaps are what makes it read)', async () => {
    const result = await importPdf(pdf);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/没有可提取的文字/);
  });
});
