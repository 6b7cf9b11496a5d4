import { describe, expect, it } from 'vitest';
import type { Report } from '../core';
import { reportFixture } from '../testing/fixtures';
import { batchFiles } from './read-batch';
import type { ReadResult } from './read-report';

const named = (org: string): Report => {
  const report = structuredClone(reportFixture('example-2021'));
  report.meta.org = org;
  return report;
};
const printed = (org: string): ReadResult => ({ ok: true, report: named(org) });
const scanned = (org: string): ReadResult => ({
  ok: true,
  report: named(org),
  notes: ['这份报告是扫描件'],
  provenance: { t3_new_total: { source: 'ocr', confidence: 0.9, confirmed: false } },
});

describe('a batch with a scanned report', () => {
  it('proposes the near name of another file for a 机关名称 read by OCR, and keeps the read one', () => {
    const files = batchFiles(
      [
        { file: 'a.docx', result: printed('沭阳县人民政府') },
        { file: 'b.pdf', result: scanned('沐阳县人民政府') },
      ],
      [],
    );
    expect(files[1]?.report?.meta.org).toBe('沐阳县人民政府');
    expect(files[1]?.notes).toEqual([
      '这份报告是扫描件',
      '机关名称由 OCR 识别为“沐阳县人民政府”，与“沭阳县人民政府”只差 1 个字，可能就是它，请对照原件核对。',
    ]);
    expect(files[0]?.notes).toEqual([]);
  });

  it('compares with the expected list too, and says nothing of a name read as printed', () => {
    const files = batchFiles(
      [
        { file: 'a.pdf', result: scanned('青山填人民政府') },
        { file: 'b.docx', result: printed('沐阳县人民政府') },
      ],
      ['青山镇人民政府', '沭阳县人民政府'],
    );
    expect(files[0]?.notes?.at(-1)).toContain('与“青山镇人民政府”只差 1 个字');
    expect(files[1]?.notes).toEqual([]);
  });
});
