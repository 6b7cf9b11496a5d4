/**
 * Spreadsheet movement over a statutory table: where each number cell sits in the logical grid,
 * and which cell an arrow key, Enter or a pasted block reaches from it.
 */
import { placeGrid, type TableDef } from '../../core';

interface Placed {
  readonly id: string;
  readonly row: number;
  readonly col: number;
  readonly span: number;
}

export interface GridNav {
  /** Number cells of each body row that has any, in column order. */
  readonly rows: readonly (readonly Placed[])[];
  readonly byId: ReadonlyMap<string, { readonly row: number; readonly index: number }>;
}

/** The number cells of a table body placed in the logical grid. */
export function gridNav(table: TableDef): GridNav {
  const rows = placeGrid(table.body, table.columns)
    .map((row) =>
      row.flatMap(({ cell, row: r, column }) =>
        cell.type === 'number'
          ? [{ id: cell.id, row: r, col: column, span: cell.colSpan ?? 1 }]
          : [],
      ),
    )
    .filter((row) => row.length > 0);
  const byId = new Map<string, { row: number; index: number }>();
  rows.forEach((row, r) => {
    row.forEach((cell, index) => byId.set(cell.id, { row: r, index }));
  });
  return { rows, byId };
}

export type Move = 'up' | 'down' | 'left' | 'right';

/**
 * The cell a move reaches, skipping cells `skip` rejects (computed totals); undefined at the edge.
 * Up and down keep the column: the next row's cell that covers it, or the nearest one.
 */
export function moveFrom(
  nav: GridNav,
  id: string,
  move: Move,
  skip: (id: string) => boolean,
): string | undefined {
  const at = nav.byId.get(id);
  if (!at) return undefined;
  const row = nav.rows[at.row] ?? [];
  const here = row[at.index];
  if (!here) return undefined;
  if (move === 'left' || move === 'right') {
    const step = move === 'left' ? -1 : 1;
    for (let i = at.index + step; i >= 0 && i < row.length; i += step) {
      const cell = row[i];
      if (cell && !skip(cell.id)) return cell.id;
    }
    return undefined;
  }
  const step = move === 'up' ? -1 : 1;
  for (let r = at.row + step; r >= 0 && r < nav.rows.length; r += step) {
    const candidates = nav.rows[r] ?? [];
    const covering =
      candidates.find((c) => c.col <= here.col && here.col < c.col + c.span) ??
      nearest(candidates, here.col);
    if (covering && !skip(covering.id)) return covering.id;
  }
  return undefined;
}

function nearest(cells: readonly Placed[], col: number): Placed | undefined {
  let best: Placed | undefined;
  for (const cell of cells) {
    if (!best || Math.abs(cell.col - col) < Math.abs(best.col - col)) best = cell;
  }
  return best;
}

/** Split clipboard text copied from Excel/WPS into rows of cells (TAB and newline separated). */
export function parseBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t'));
}

/** The cells a pasted block fills from a cell: [cell id, value] in row order. */
export function blockTargets(
  nav: GridNav,
  from: string,
  block: readonly (readonly string[])[],
): [string, string][] {
  const at = nav.byId.get(from);
  if (!at) return [];
  const out: [string, string][] = [];
  block.forEach((values, dr) => {
    const row = nav.rows[at.row + dr];
    if (!row) return;
    values.forEach((value, dc) => {
      const cell = row[at.index + dc];
      if (cell) out.push([cell.id, value]);
    });
  });
  return out;
}
