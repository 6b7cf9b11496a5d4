/**
 * Scanned reports read through the CLI's file reader (issue 27): the scan-like fixtures made by
 * scripts/make-ocr-fixtures.sh (LibreOffice → pdftoppm → ImageMagick turn, blur, grain, grey JPEG →
 * image-only PDF), both formats as whole PDFs, and one page image. Every number must come out
 * exact or inside a doubt the pipeline raised (the equations, a blank, low confidence) — never
 * wrong and unflagged — and the whole scans ≥ 95 % exact. The figures are printed. OCR takes
 * seconds a page, so the files are read once, together.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAll, countDoubts, countFindings, type CellValue } from '../core';
import type { CellSource } from '../core/import/import-result';
import { fixtureReport } from '../testing/fixtures';
import { readReport, type ReadResult } from './read-report';

const dir = new URL('../fixtures/ocr/', import.meta.url);
const SCANS = ['report-2021-scan.pdf', 'report-2019-scan.pdf'] as const;
// One page image through the CLI (a JPEG); the page's e2e test reads the PNG.
const PAGES = ['report-2019-page-3.jpg'] as const;

interface Tally {
  exact: number;
  wrong: number;
  missed: number;
  /** Wrong or missed numbers with no doubt on their cell: the failures that matter. */
  unflagged: string[];
  doubtful: number;
  total: number;
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v));

function tally(read: ReadResult, expectedFile: string): Tally {
  if (!read.ok) throw new Error(read.message);
  const expected = fixtureReport(`ocr/${expectedFile}`).cells;
  const t: Tally = { exact: 0, wrong: 0, missed: 0, unflagged: [], doubtful: 0, total: 0 };
  for (const [id, want] of Object.entries(expected)) {
    // One page of 表三 alone does not say its format; cells the format read has not are not compared.
    if (!(id in read.report.cells)) continue;
    const got = text(read.report.cells[id]);
    const source: CellSource | undefined = read.provenance?.[id];
    const doubt = source?.source === 'ocr' ? source.doubt : undefined;
    t.total++;
    if (doubt) t.doubtful++;
    if (got === text(want)) t.exact++;
    else {
      if (got === '') t.missed++;
      else t.wrong++;
      if (!doubt) t.unflagged.push(`${id}: ${text(want)} → ${got || '空白'}`);
    }
  }
  return t;
}

const reads = new Map<string, ReadResult>();

beforeAll(async () => {
  for (const file of [...SCANS, ...PAGES]) {
    const started = performance.now();
    reads.set(file, await readReport(new URL(file, dir).pathname));
    console.log(`${file}: read in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  // Seconds a page on a quiet machine; minutes when eight engineers share its two cores.
}, 1_800_000);

describe('scanned reports read by OCR', () => {
  it.each(SCANS)('%s: at least 95 percent of numbers exact, every miss inside a doubt', (file) => {
    const read = reads.get(file);
    if (!read?.ok) throw new Error(read?.message);
    const t = tally(read, file.replace('-scan.pdf', '.json'));
    console.log(
      `${file}: ${t.exact}/${t.total} exact (${((100 * t.exact) / t.total).toFixed(1)} %), ${t.wrong} wrong, ${t.missed} missed, ${t.unflagged.length} outside a doubt; ${t.doubtful} cells in doubt`,
    );
    expect(t.unflagged).toEqual([]);
    expect(t.exact / t.total).toBeGreaterThanOrEqual(0.95);
    expect(read.notes?.[0]).toContain('扫描件');
    expect(read.report.template).toBe(
      fixtureReport(`ocr/${file.replace('-scan.pdf', '.json')}`).template,
    );
    // The printed reports have no error: whatever a misread breaks is a reading doubt, never the
    // report's own error.
    const findings = checkAll(read.report, undefined, { provenance: read.provenance ?? {} });
    console.log(`${file}: ${countDoubts(findings)} findings are reading doubts`);
    expect(countFindings(findings).errors).toBe(0);
    // Nothing read by OCR counts as read as printed before a person confirms it.
    expect(
      Object.values(read.provenance ?? {}).every((p) => p.source === 'ocr' && !p.confirmed),
    ).toBe(true);
  });

  it.each(PAGES)('%s: one page image, no number wrong outside a doubt', (file) => {
    const read = reads.get(file);
    if (!read?.ok) throw new Error(read?.message);
    const t = tally(read, file.replace(/-page-3\.(png|jpg)$/, '.json'));
    console.log(
      `${file}: read as the ${read.report.template} format; ${t.exact}/${t.total} cells of the whole report exact from this one page, ${t.wrong} wrong, ${t.unflagged.length} outside a doubt`,
    );
    expect(t.unflagged).toEqual([]);
    // The page holds 表三's first rows (7 columns each): at least those.
    expect(t.exact).toBeGreaterThanOrEqual(8 * 7);
  });

  it('reads the 机关名称 from the scanned title', () => {
    const read = reads.get('report-2021-scan.pdf');
    expect(read?.ok && read.report.meta.org).toBe('青山镇人民政府');
  });

  it('a page that prints a label only one format has decides it: no doubt', () => {
    // The whole 2019 scan's 表二 prints labels only the 2019 format has (ocr-format.test.ts: a crop).
    const pages = reads.get('report-2019-scan.pdf');
    expect(pages?.ok && pages.report.template).toBe('2019');
    expect(pages?.ok && pages.notes?.some((n) => n.startsWith('格式存疑'))).toBe(false);
  });
});
