/**
 * A cropped 2019 table page (issue 27): its first rows only (heading to 予以公开, made by
 * scripts/make-ocr-fixtures.sh from the scan-like page) print nothing that tells the 2019 format
 * from the 2021 one. Read by the CLI's OCR (onnxruntime-node), its format is taken from what is
 * known — the caller's, the report year, else the format in force — and always said as a doubt.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importScanned, type OcrPage } from '../core/import/ocr';
import { fixtureReport } from '../testing/fixtures';
import { nodeOcrReader } from './ocr-node';

const ROWS = new URL('../fixtures/ocr/report-2019-rows-3.png', import.meta.url);
let pages: OcrPage[] = [];

beforeAll(async () => {
  const reader = await nodeOcrReader();
  if (!reader) throw new Error('the CLI OCR packages are missing');
  pages = await reader({ kind: 'image', bytes: readFileSync(ROWS) });
}, 600_000);

describe('a scanned page that does not decide its format', () => {
  const total = fixtureReport('ocr/report-2019.json').cells.t3_new_total;

  it('with nothing known: the format in force, and the doubt says there was nothing to go by', () => {
    const read = importScanned(pages, {}, 'image');
    if (!read.ok) throw new Error(read.message);
    console.log(`report-2019-rows-3.png: ${read.formatDoubt ?? '(no doubt)'}`);
    expect(read.format).toBe('2021');
    expect(read.formatDoubt).toContain('没有区分 2019 年版和 2021 年版格式的栏目');
    expect(read.formatDoubt).toContain('未找到报告年度');
    // Said second, after what a scan is; the text reader's own word on it gives way.
    expect(read.notes[1]).toBe(read.formatDoubt);
    expect(read.notes.filter((n) => n.includes('没有区分两种格式'))).toEqual([]);
    expect(read.report.cells.t3_new_total).toBe(total);
  });

  it("with the batch's format (the desk passes it): that format, and the doubt says whence", () => {
    const from = '本批其他 3 份报告的格式';
    const read = importScanned(pages, { knownFormat: { template: '2019', from } }, 'image');
    if (!read.ok) throw new Error(read.message);
    expect(read.format).toBe('2019');
    expect(read.formatDoubt).toContain(`按${from}采用`);
    expect(read.report.cells.t3_new_total).toBe(total);
  });

  it('with the report year: the format of that year, in doubt', () => {
    const read = importScanned(pages, { year: 2020 }, 'image');
    if (!read.ok) throw new Error(read.message);
    expect(read.format).toBe('2019');
    expect(read.formatDoubt).toContain('按报告年度采用');
  });
});
