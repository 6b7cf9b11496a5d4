/**
 * What this year's report takes from last year's: 二、上年结转 from last year's
 * 四、结转下年度继续办理, column by column, by role in each year's own format.
 */
import { cellValue } from './number';
import type { CellValue } from './report';
import { t3RoleCell } from './roles';
import { findTemplate } from './templates';
import type { Template } from './template-types';

/** Last year's report as far as carrying over needs it (a report or the stored link). */
export interface LastYearCells {
  readonly template: string;
  readonly cells: Readonly<Record<string, CellValue>>;
}

/** This year's 上年结转 cells, each with the column key it carries. */
export function carriedCells(template: Template): ReadonlyMap<string, string> {
  return new Map(template.t3.columns.map((c) => [t3RoleCell(template, 'carried', c.key), c.key]));
}

/**
 * Last year's 结转下年度 figure for one of this year's 上年结转 cells: undefined when the cell is not
 * an 上年结转 cell or last year has no such column; null when last year left it blank.
 */
export function carriedFromLastYear(
  template: Template,
  lastYear: LastYearCells,
  id: string,
): number | null | undefined {
  const column = carriedCells(template).get(id);
  const last = findTemplate(lastYear.template);
  if (column === undefined || !last || !last.t3.columns.some((c) => c.key === column))
    return undefined;
  return cellValue(lastYear.cells[t3RoleCell(last, 'carryNext', column)], 'count');
}
