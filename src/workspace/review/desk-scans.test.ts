import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countFindings, type Provenance, type Report } from '../../core';
import { nearOrgName } from '../../core/import/ocr';
import type { BatchEntry } from './batch-entry';
import { deskOrgNames, scanEntry, unconfirmedCells } from './desk-scans';

const report = JSON.parse(
  readFileSync(new URL('../../fixtures/ocr/report-2019.json', import.meta.url), 'utf8'),
) as Report;

const entry = (id: string, org: string | undefined): BatchEntry => ({
  id,
  file: `${id}.pdf`,
  order: 0,
  notes: [],
  unplaced: [],
  findings: [],
  ...(org === undefined
    ? { scan: 'pdf' as const, error: '扫描件' }
    : { report: { ...report, meta: { ...report.meta, org } } }),
});

describe('scans on the review desk', () => {
  it('proposes the batch’s or the expected list’s name for a near OCR reading (沐阳 → 沭阳)', () => {
    const batch = [entry('scan', undefined), entry('other', '沭阳县人民政府办公室')];
    const known = deskOrgNames(batch, '沭阳县教育局、沭阳县财政局', 'scan');
    expect(known).toEqual(['沭阳县人民政府办公室', '沭阳县教育局', '沭阳县财政局']);
    expect(nearOrgName('沐阳县人民政府办公室', known)?.name).toBe('沭阳县人民政府办公室');
    expect(nearOrgName('沐阳县教育局', known)?.name).toBe('沭阳县教育局');
    // The scan's own (earlier) reading is not a known name.
    expect(deskOrgNames(batch, '', 'other')).toEqual([]);
  });

  it('counts findings on unconfirmed OCR cells as reading doubts until confirmed', () => {
    const cells = { ...report.cells, t3_new_total: Number(report.cells.t3_new_total) + 1 };
    const read = { ...report, cells };
    const ocr = (confirmed: boolean): Provenance => ({
      t3_new_total: { source: 'ocr', confidence: 0.9, confirmed },
    });
    const unsure = scanEntry(entry('scan', undefined), { report: read, provenance: ocr(false) });
    expect(unsure.error).toBeUndefined();
    expect(unconfirmedCells(unsure)).toBe(1);
    expect(unsure.findings.some((f) => f.doubt)).toBe(true);
    expect(countFindings(unsure.findings).errors).toBe(0);
    // Confirmed against the page, the same number is the report's own error.
    const sure = scanEntry(unsure, { report: read, provenance: ocr(true) });
    expect(unconfirmedCells(sure)).toBe(0);
    expect(countFindings(sure.findings).errors).toBeGreaterThan(0);
  });
});
