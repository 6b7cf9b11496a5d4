/**
 * Cells by what they mean: the rules, importers, renderers and the page ask a template for "the
 * carried-in row of 表三" or "the 行政复议 total" here, never by a spelled cell id.
 */
import type { T3Column, T3Row, T3RowRole, T4ResultRole, Template } from './template-types';

/** The cell of a table-三 row and column. */
export function t3Cell(template: Template, row: string, column: string): string {
  const id = template.t3.cells[row]?.[column];
  if (id === undefined) throw new Error(`表三没有 ${row} × ${column} 单元格`);
  return id;
}

/** The one row of a role that table 三 has once (received, carried, resultTotal, carryNext). */
export function t3Row(template: Template, role: Exclude<T3RowRole, 'result'>): T3Row {
  const row = template.t3.rows.find((r) => r.role === role);
  if (!row) throw new Error(`表三没有 ${role} 行`);
  return row;
}

/** The result rows of 三、本年度办理结果, in order (without （七）总计). */
export function t3ResultRows(template: Template): readonly T3Row[] {
  return template.t3.rows.filter((r) => r.role === 'result');
}

/** The 总计 column of table 三. */
export function t3TotalColumn(template: Template): T3Column {
  const column = template.t3.columns.find((c) => c.role === 'total');
  if (!column) throw new Error('表三没有总计列');
  return column;
}

/** The six applicant columns of table 三. */
export function t3Applicants(template: Template): readonly T3Column[] {
  return template.t3.columns.filter((c) => c.role === 'applicant');
}

/** The cell of a role row in a column (the 总计 column when none is given). */
export function t3RoleCell(
  template: Template,
  role: Exclude<T3RowRole, 'result'>,
  column: string = t3TotalColumn(template).key,
): string {
  return t3Cell(template, t3Row(template, role).key, column);
}

/** The cells of a role row, one per column, in column order. */
export function t3RoleCells(template: Template, role: Exclude<T3RowRole, 'result'>): string[] {
  return template.t3.columns.map((c) => t3RoleCell(template, role, c.key));
}

/** The 总计 cells of a result group's rows ("不予公开" → its eight rows' 总计). */
export function t3GroupTotals(template: Template, group: string): string[] {
  const total = t3TotalColumn(template).key;
  const rows = template.t3.groups.find((g) => g.id === group)?.rows ?? [];
  return rows.map((row) => t3Cell(template, row, total));
}

/** The cell of a table-四 group and result. */
export function t4Cell(template: Template, group: string, result: T4ResultRole): string {
  const key = template.t4.results.find((r) => r.role === result)?.key;
  const id = key === undefined ? undefined : template.t4.cells[group]?.[key];
  if (id === undefined) throw new Error(`表四没有 ${group} × ${result} 单元格`);
  return id;
}

/** The 总计 cells of the table-四 groups of a role (行政复议: one; 行政诉讼: both 起诉 groups). */
export function t4Totals(template: Template, role: 'review' | 'suit'): string[] {
  return template.t4.groups
    .filter((g) => g.role === role)
    .map((g) => t4Cell(template, g.key, 'total'));
}
