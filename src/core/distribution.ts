/**
 * 待分配 of 表三: per column, what still has to be distributed over the result rows —
 * 一 + 二 − 四 − the result rows filled so far. Zero when the column balances.
 */
import { cellsOf } from './cells';
import { parseCell } from './number';
import type { Report } from './report';
import { t3Applicants, t3Cell, t3ResultRows, t3RoleCell } from './roles';
import { getTemplate } from './templates';
import type { Template } from './template-types';

export interface Undistributed {
  readonly column: string;
  readonly label: string;
  /** 一 + 二 − 四 − Σ results; negative when the results are more than the applications. */
  readonly value: number;
  /** Whether a cell of the column is not a valid number (the value then leaves it out). */
  readonly invalid: boolean;
}

interface ColumnCells {
  readonly column: string;
  readonly label: string;
  /** 一, 二, 四, then the result rows. */
  readonly ids: readonly string[];
}

const cache = new WeakMap<Template, readonly ColumnCells[]>();

function columnCells(template: Template): readonly ColumnCells[] {
  const known = cache.get(template);
  if (known) return known;
  const results = t3ResultRows(template);
  const columns = t3Applicants(template).map(({ key, label }) => ({
    column: key,
    label,
    ids: [
      t3RoleCell(template, 'received', key),
      t3RoleCell(template, 'carried', key),
      t3RoleCell(template, 'carryNext', key),
      ...results.map((r) => t3Cell(template, r.key, key)),
    ],
  }));
  cache.set(template, columns);
  return columns;
}

/** Every cell the 待分配 line reads (the page watches only these). */
export function undistributedCells(template: Template): string[] {
  return columnCells(template).flatMap((c) => c.ids);
}

/** 待分配 of every applicant column of 表三, from the cells (typed text or stored values). */
export function undistributedIn(
  template: Template,
  cells: Readonly<Record<string, unknown>>,
): Undistributed[] {
  const info = cellsOf(template);
  return columnCells(template).map(({ column, label, ids }) => {
    let invalid = false;
    const nums = ids.map((id) => {
      const parsed = parseCell(cells[id], info.get(id)?.kind ?? 'count');
      if (!parsed.ok) {
        invalid = true;
        return 0;
      }
      return parsed.value ?? 0;
    });
    const [received = 0, carried = 0, next = 0, ...rest] = nums;
    const results = rest.reduce((a, b) => a + b, 0);
    return { column, label, value: received + carried - next - results, invalid };
  });
}

/** 待分配 of every applicant column of 表三. */
export function undistributed(report: Report): Undistributed[] {
  return undistributedIn(getTemplate(report.template), report.cells);
}
