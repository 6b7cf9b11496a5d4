/**
 * 待分配 of 表三: per column, what still has to be distributed over the result rows —
 * 一 + 二 − 四 − the result rows filled so far. Zero when the column balances.
 */
import { sumCounts } from './number';
import type { Report } from './report';
import { t3Applicants, t3Cell, t3ResultRows, t3RoleCell } from './roles';
import { getTemplate } from './templates';
import { readValues } from './values';

export interface Undistributed {
  readonly column: string;
  readonly label: string;
  /** 一 + 二 − 四 − Σ results; negative when the results are more than the applications. */
  readonly value: number;
  /** Whether a cell of the column is not a valid number (the value then leaves it out). */
  readonly invalid: boolean;
}

/** 待分配 of every applicant column of 表三. */
export function undistributed(report: Report): Undistributed[] {
  const template = getTemplate(report.template);
  const values = readValues(template, report);
  const results = t3ResultRows(template);
  return t3Applicants(template).map(({ key, label }) => {
    const ids = [
      t3RoleCell(template, 'received', key),
      t3RoleCell(template, 'carried', key),
      t3RoleCell(template, 'carryNext', key),
      ...results.map((r) => t3Cell(template, r.key, key)),
    ];
    const [received = 0, carried = 0, next = 0, ...rest] = ids.map(values.num);
    return {
      column: key,
      label,
      value: received + carried - next - sumCounts(rest),
      invalid: ids.some((id) => values.invalid.has(id)),
    };
  });
}
