/**
 * A report moved to another format, by what the cells mean: cells with the same id keep their
 * value; a result group of 表三 printed as sub-items in one format and as one row in the other is
 * added up into the one row, or goes to the group's fallback row (2019's （六）其他处理 → 2021's
 * （六）3.其他). Unknown cells are kept, as load and save keep them.
 */
import { cellsOf } from './cells';
import { cellValue, parseCell, sumCounts } from './number';
import type { CellValue, Report } from './report';
import { t3Cell } from './roles';
import { getTemplate, type TemplateId } from './templates';
import type { Template } from './template-types';

export interface ConvertResult {
  report: Report;
  /** Cells of the old format with a value that the new format has no place for. */
  dropped: string[];
}

/** For every target cell fed by a differently split result group: the source cells it sums. */
function regrouped(from: Template, to: Template): Map<string, string[]> {
  const sums = new Map<string, string[]>();
  for (const group of to.t3.groups) {
    const source = from.t3.groups.find((g) => g.id === group.id);
    if (!source || sameRows(source.rows, group.rows)) continue;
    const into =
      group.rows.length === 1
        ? group.rows[0]
        : source.rows.length === 1
          ? group.fallback
          : undefined;
    if (into === undefined) continue;
    for (const { key: column } of to.t3.columns) {
      sums.set(
        t3Cell(to, into, column),
        source.rows.map((row) => t3Cell(from, row, column)),
      );
    }
  }
  return sums;
}

function sameRows(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((row, i) => row === b[i]);
}

/** The sum of count cells; an invalid part stays visible as it was typed. */
function sumOf(parts: readonly unknown[]): CellValue {
  const invalid = parts.find((v) => !parseCell(v, 'count').ok);
  if (invalid !== undefined) return invalid as CellValue;
  const values = parts.map((v) => cellValue(v, 'count')).filter((v) => typeof v === 'number');
  return values.length ? sumCounts(values) : null;
}

/** The same report in another format (see the module doc). */
export function convertTemplate(report: Report, target: TemplateId): ConvertResult {
  if (report.template === target) return { report, dropped: [] };
  const from = getTemplate(report.template);
  const to = getTemplate(target);
  const targetCells = cellsOf(to);
  const sourceCells = cellsOf(from);
  const sums = regrouped(from, to);
  const consumed = new Set([...sums.values()].flat());
  const cells: Record<string, CellValue> = {};
  for (const id of targetCells.keys()) {
    const parts = sums.get(id);
    cells[id] = parts ? sumOf(parts.map((p) => report.cells[p])) : (report.cells[id] ?? null);
  }
  const dropped: string[] = [];
  for (const [id, value] of Object.entries(report.cells)) {
    if (targetCells.has(id) || consumed.has(id)) continue;
    if (!sourceCells.has(id)) cells[id] = value;
    else if (value !== null && value !== 0) dropped.push(id);
  }
  return { report: { ...report, template: to.id, cells }, dropped };
}
