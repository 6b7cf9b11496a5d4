/**
 * Spreadsheet movement over a statutory table: where each number cell sits in the logical grid,
 * and which cell an arrow key, Enter or a pasted block reaches from it.
 */
import { cellValue, placeGrid, type TableDef } from '../../../core';

interface Placed {
  readonly id: string;
  readonly row: number;
  readonly col: number;
  readonly span: number;
}

interface PlacedLabel {
  readonly text: string;
  readonly col: number;
}

export interface GridNav {
  /** Number cells of each body row that has any, in column order. */
  readonly rows: readonly (readonly Placed[])[];
  /** The label cells that start in each of those rows (row headings), in column order. */
  readonly labels: readonly (readonly PlacedLabel[])[];
  readonly byId: ReadonlyMap<string, { readonly row: number; readonly index: number }>;
}

/** The number cells of a table body placed in the logical grid. */
export function gridNav(table: TableDef): GridNav {
  const placed = placeGrid(table.body, table.columns).filter((row) =>
    row.some(({ cell }) => cell.type === 'number'),
  );
  const rows = placed.map((row) =>
    row.flatMap(({ cell, row: r, column }) =>
      cell.type === 'number' ? [{ id: cell.id, row: r, col: column, span: cell.colSpan ?? 1 }] : [],
    ),
  );
  const labels = placed.map((row) =>
    row.flatMap(({ cell, column }) =>
      cell.type === 'label' ? [{ text: labelKey(cell.text), col: column }] : [],
    ),
  );
  const byId = new Map<string, { row: number; index: number }>();
  rows.forEach((row, r) => {
    row.forEach((cell, index) => byId.set(cell.id, { row: r, index }));
  });
  return { rows, labels, byId };
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

/** A label compared as text: no spaces, one kind of brackets. */
function labelKey(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/** A pasted cell that is a row heading (Chinese text, not a figure like "12件"). */
function isLabel(text: string): boolean {
  return (
    /\p{Script=Han}/u.test(text) &&
    cellValue(text, 'signed') === undefined &&
    cellValue(text, 'amount') === undefined
  );
}

const isBlank = (text: string) => /^[\s\u3000]*$/.test(text);

/** Where a pasted block goes and what it held besides the figures. */
export interface PastePlan {
  /** [cell id, value] in row order. */
  readonly targets: readonly (readonly [string, string])[];
  /** Rows whose heading (the label columns copied along) was dropped. */
  readonly labelled: number;
}

/**
 * The cells a pasted block fills from a cell. A row copied whole from Excel/WPS starts with its
 * headings: they are dropped, the row is found by its heading where it matches one of the table
 * (else the next row), and the figures land in the columns they were copied from; rows of headings
 * only (the table header) are skipped. A block of figures only fills from the focused cell.
 */
export function pastePlan(
  nav: GridNav,
  from: string,
  block: readonly (readonly string[])[],
): PastePlan {
  const at = nav.byId.get(from);
  if (!at) return { targets: [], labelled: 0 };
  const targets: [string, string][] = [];
  let labelled = 0;
  let next = at.row;
  /** Logical column of a row's first pasted value, once a row with headings showed it. */
  let start: number | undefined;
  for (const values of block) {
    let last = -1;
    for (let i = 0; i < values.length; i++) {
      const value = values[i] ?? '';
      if (isLabel(value)) last = i;
      else if (!isBlank(value)) break;
    }
    let row = next;
    if (last >= 0) {
      const key = labelKey(values[last] ?? '');
      const matches = nav.labels.flatMap((labels, r) =>
        labels.flatMap((label) => (label.text === key ? [{ r, col: label.col }] : [])),
      );
      const match = matches.find((m) => m.r >= next) ?? matches[0];
      const figures = values.slice(last + 1).some((value) => !isBlank(value));
      if (!match && !figures) continue; // a header row
      const first = nav.rows[match?.r ?? next]?.[0]?.col ?? 0;
      row = match?.r ?? next;
      start = match ? match.col - last : last < first ? 0 : first - 1 - last;
      labelled++;
    }
    const cells = nav.rows[row];
    next = row + 1;
    if (!cells) continue;
    const offset = start;
    values.forEach((value, j) => {
      if (j <= last) return;
      const cell =
        offset === undefined ? cells[at.index + j] : cells.find((c) => c.col === offset + j);
      if (cell) targets.push([cell.id, value]);
    });
  }
  return { targets, labelled };
}
