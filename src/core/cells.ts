/** The cell catalogue derived from a template: every number cell with its table and names. */
import type { CellKind, NumberCell, SectionId, TableId, Template } from './template-types';

export interface CellInfo {
  readonly id: string;
  readonly kind: CellKind;
  readonly table: TableId;
  readonly section: SectionId;
  /** Row and column labels, e.g. "一、本年新收政府信息公开申请数量" and "自然人". */
  readonly row: string;
  readonly col: string;
  /** Accessible name: row and column labels joined by a space (the page contract). */
  readonly name: string;
  /** Index of the table body row the cell sits in (groups BLANK_CELL findings by row). */
  readonly bodyRow: number;
}

const cache = new WeakMap<Template, ReadonlyMap<string, CellInfo>>();

/** Every number cell of a template, keyed by id, in table order (二, 三, 四; row by row). */
export function cellsOf(template: Template): ReadonlyMap<string, CellInfo> {
  const known = cache.get(template);
  if (known) return known;
  const cells = new Map<string, CellInfo>();
  for (const section of template.sections) {
    if (!section.table) continue;
    const table = template.tables[section.table];
    table.body.forEach((row, bodyRow) => {
      for (const cell of row) {
        if (cell.type !== 'number') continue;
        cells.set(cell.id, info(cell, table.id, section.id, bodyRow));
      }
    });
  }
  cache.set(template, cells);
  return cells;
}

function info(cell: NumberCell, table: TableId, section: SectionId, bodyRow: number): CellInfo {
  return {
    id: cell.id,
    kind: cell.kind,
    table,
    section,
    row: cell.row,
    col: cell.col,
    name: `${cell.row} ${cell.col}`,
    bodyRow,
  };
}

/** Cell ids of a template in table order. */
export function cellIds(template: Template): string[] {
  return [...cellsOf(template).keys()];
}

/** Cell id rule of the report file contract (cell ids): lower-case letters, digits, underscores; no dots. */
export const CELL_ID_PATTERN = /^t[234]_[a-z0-9_]+$/;
