import { describe, expect, it } from 'vitest';
import { newDraftReport, validYearOf } from './new-draft-report';

const fields = {
  org: ' 某某镇人民政府 ',
  year: '2024',
  orgType: '',
  date: '',
  format: 'auto',
} as const;

describe('newDraftReport', () => {
  it('asks for the office name first, then a four-digit year', () => {
    expect(newDraftReport({ ...fields, org: '  ', year: 'x' })).toEqual({
      ok: false,
      message: '请填写机关名称。',
    });
    expect(newDraftReport({ ...fields, year: '24' })).toEqual({
      ok: false,
      message: '报告年度应为四位数字，如 2024。',
    });
    expect(validYearOf('2007')).toBeUndefined();
    expect(validYearOf(' 2024 ')).toBe(2024);
  });

  it('makes the report with the trimmed name, the year, and only the options chosen', () => {
    const made = newDraftReport({ ...fields, format: '2019', date: '2025-01-15' });
    if (!made.ok) throw new Error(made.message);
    expect(made.report.meta.org).toBe('某某镇人民政府');
    expect(made.report.meta.year).toBe(2024);
    expect(made.report.template).toBe('2019');
    expect(made.report.meta.date).toBe('2025-01-15');
    expect(newDraftReport(fields).ok && newDraftReport(fields)).toMatchObject({
      report: { template: '2021' },
    });
  });
});
