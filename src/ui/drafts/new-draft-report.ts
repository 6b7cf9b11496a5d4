import { createReport, type OrgType, type Report, type TemplateId } from '../../core';

/** What the 新建报告 form holds, as typed. */
export interface NewDraftFields {
  readonly org: string;
  readonly year: string;
  readonly orgType: OrgType | '';
  readonly date: string;
  readonly format: TemplateId | 'auto';
}

/** The typed 报告年度 as a number when it is a four-digit year in range, else undefined. */
export function validYearOf(year: string): number | undefined {
  const yearNumber = Number(year);
  return /^\d{4}$/.test(year.trim()) && yearNumber >= 2008 && yearNumber <= 2100
    ? yearNumber
    : undefined;
}

/** The new report from the form, or the message that says what to fix first. */
export function newDraftReport(
  fields: NewDraftFields,
): { ok: true; report: Report } | { ok: false; message: string } {
  if (!fields.org.trim()) return { ok: false, message: '请填写机关名称。' };
  const year = validYearOf(fields.year);
  if (year === undefined) return { ok: false, message: '报告年度应为四位数字，如 2024。' };
  const { orgType, date, format } = fields;
  return {
    ok: true,
    report: createReport({
      org: fields.org.trim(),
      year,
      ...(orgType ? { orgType } : {}),
      ...(date ? { date } : {}),
      ...(format !== 'auto' ? { template: format } : {}),
    }),
  };
}
