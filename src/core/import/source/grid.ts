/**
 * Tables from web pages and Word files as text rows: merged cells are expanded into a grid (the
 * text in the top-left position only, as our own text export does) and each row becomes one
 * TAB-separated line, which the text importer reads like Word's "save as text".
 */

export interface SpanCell {
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
}

/** The logical grid of rows of cells with HTML-style spans. */
export function expandGrid(rows: readonly (readonly SpanCell[])[]): string[][] {
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]?.[c] !== undefined) c++;
      const colSpan = Math.max(1, Math.min(cell.colSpan, 1000));
      const rowSpan = Math.max(1, Math.min(cell.rowSpan, rows.length - r));
      for (let dr = 0; dr < rowSpan; dr++) {
        const line = grid[r + dr];
        if (!line) continue;
        for (let dc = 0; dc < colSpan; dc++) line[c + dc] = dr === 0 && dc === 0 ? cell.text : '';
      }
      c += colSpan;
    }
  });
  return grid.map((row) => Array.from(row, (text) => text ?? ''));
}

/** Cell text on one line: inner line breaks become spaces, tabs cannot split the row. */
export function cellText(text: string): string {
  return text
    .replace(/[\t\r\n\u00a0]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * A grid as TAB-separated lines. Empty cells stay, trailing ones too: a cell's position is its
 * column, and offices leave zero cells blank. A row with nothing in it is an empty line.
 */
export function gridLines(grid: readonly (readonly string[])[]): string[] {
  return grid.map((row) => {
    const cells = row.map(cellText);
    return cells.some((c) => c !== '') ? cells.join('\t') : '';
  });
}

/**
 * A spreadsheet's grid cut to each table's own width. A sheet (Excel's "save as web page", a
 * range copied from Excel or WPS 表格) is one grid for everything on it: 表三's rows run on with
 * the empty cells of 表四's wider columns, and a reader would take those for blank figures. The
 * tables on a sheet are apart by empty rows; in each stretch between them the columns empty in
 * every row at its right edge are dropped (a column with a header or any figure in it stays).
 */
export function trimSheetGrid(grid: readonly (readonly string[])[]): string[][] {
  const out: string[][] = [];
  let start = 0;
  const flush = (end: number) => {
    const rows = grid.slice(start, end);
    const width = Math.max(
      0,
      ...rows.map((row) => row.findLastIndex((t) => cellText(t) !== '') + 1),
    );
    for (const row of rows) out.push(row.slice(0, width));
  };
  grid.forEach((row, r) => {
    if (row.every((t) => cellText(t) === '')) {
      flush(r);
      out.push([]);
      start = r + 1;
    }
  });
  flush(grid.length);
  return out;
}
