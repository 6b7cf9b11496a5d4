/**
 * A layout table as a Word table with the exact official merged structure. Merges are written
 * cell by cell (gridSpan, and a vMerge "continue" cell in every covered row) instead of docx's
 * `rowSpan`, whose handling of row spans next to column spans has a long bug history.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { placeCells, type LayoutCell, type LayoutTable, type PlacedCell } from '../layout';
import { runLook, SIZE, type TableFont } from './fonts';
import { TEXT_WIDTH } from './page';

/** Relative widths as twips adding up to exactly `total` (largest remainders get the spare twips). */
export function columnTwips(widths: readonly number[], total = TEXT_WIDTH): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const exact = widths.map((w) => (w / sum) * total);
  const twips = exact.map(Math.floor);
  const spare = total - twips.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest);
  for (const { i } of order.slice(0, spare)) twips[i] = (twips[i] ?? 0) + 1;
  return twips;
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

function alignment(cell: LayoutCell) {
  // Long row labels read better from the left; merged group labels and headings are centred.
  return cell.kind === 'label' && cell.role === 'row' && cell.rowSpan === 1
    ? AlignmentType.LEFT
    : AlignmentType.CENTER;
}

function cellParagraph(text: string, cell: LayoutCell, font: TableFont): Paragraph {
  const look = runLook(font, SIZE.wuhao, cell.role === 'section');
  return new Paragraph({
    alignment: alignment(cell),
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
    indent: { firstLine: 0 },
    run: look,
    children: text ? [new TextRun({ ...look, text })] : [],
  });
}

/** Rows of a vertical merge kept on one page with its first row, so its label is never split. */
const MERGE_ROWS_KEPT = 4;
/** A row of a blank form (空白表样) is tall enough to write a figure in by hand: 8 mm. */
const BLANK_ROW = { value: 454, rule: HeightRule.ATLEAST };

/** Body rows a table starts with on one page. */
const FIRST_ROWS_KEPT = 3;

/**
 * Left and right margin of every cell (twips, 0.5 mm): with 1 mm, 表三's number columns would need
 * a quarter more width to keep 自然人 on one line, taken from the item labels.
 */
const CELL_MARGIN = 28;
const CELL_MARGINS = CELL_MARGIN * 2;
/** A 五号 (10.5 pt) CJK character is 210 twips wide; digits and Latin letters about half. */
const CHAR_TWIPS = SIZE.wuhao * 10;

/** How many lines `text` takes in a cell `twips` wide (an estimate: CJK full width, ASCII half). */
export function estimatedLines(text: string, twips: number): number {
  const width = Array.from(text).reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2000 ? 0.5 : 1), 0);
  const perLine = Math.max(1, Math.floor((twips - CELL_MARGINS) / CHAR_TWIPS));
  return Math.max(1, Math.ceil(width / perLine));
}

/**
 * Rows to keep with the next one, so no heading is left alone at a page foot and no label torn:
 * the header rows, rows of headings only (table 二's 第二十条 and 信息内容 rows), the first rows
 * of every vertical merge (Word and LibreOffice flow a merged cell's text that crosses a page
 * break onto the next page, tearing "三、本年度办理结果" in two), the first body rows, and the
 * last row's predecessor. Also every row whose label takes more than one line: LibreOffice does not centre the figures
 * of the last row on a page vertically while a merged label runs on to the next page, so only a
 * one-line row (where top and centre are the same) may end a page.
 */
function keptRows(table: LayoutTable, columns: readonly number[]): Set<number> {
  const keep = new Set<number>();
  const placed = placeCells(table);
  const twips = ({ cell, column }: PlacedCell) =>
    columns.slice(column, column + cell.colSpan).reduce((a, b) => a + b, 0);
  placed.forEach((row, r) => {
    const headings = row.every(({ cell }) => cell.role === 'section' || cell.role === 'head');
    if (r < table.headerRows || headings) keep.add(r);
    const tall = row.some(
      (p) =>
        p.cell.kind === 'label' &&
        p.cell.rowSpan === 1 &&
        estimatedLines(p.cell.text, twips(p)) > 1,
    );
    if (tall) keep.add(r);
    for (const { cell } of row) {
      if (r < table.headerRows || cell.rowSpan < 2) continue;
      const kept = Math.min(cell.rowSpan, MERGE_ROWS_KEPT);
      for (let k = r; k < r + kept - 1; k++) keep.add(k);
    }
  });
  if (table.rows.length - table.headerRows >= 2) keep.add(table.rows.length - 2);
  // A table does not start with a row or two alone at a page foot: its first body rows stay
  // with what follows (with the merges above, 表三 starts with at least its 三、 rows).
  const firstKept = Math.min(table.headerRows + FIRST_ROWS_KEPT - 1, table.rows.length);
  for (let r = table.headerRows; r < firstKept; r++) keep.add(r);
  keep.delete(table.rows.length - 1);
  return keep;
}

/** The Word table of a layout table, `font` for its text. */
export function docxTable(table: LayoutTable, font: TableFont): Table {
  const columns = columnTwips(table.widths);
  const width = (placed: PlacedCell) =>
    columns.slice(placed.column, placed.column + placed.cell.colSpan).reduce((a, b) => a + b, 0);
  const covering: (PlacedCell | undefined)[][] = table.rows.map(() =>
    Array.from({ length: table.columns }, () => undefined),
  );
  for (const placed of placeCells(table).flat()) {
    for (let r = placed.row; r < placed.row + placed.cell.rowSpan; r++) {
      const line = covering[r];
      if (line) line[placed.column] = placed;
    }
  }
  const keep = keptRows(table, columns);
  const rows = covering.map((line, r) => {
    const cells: TableCell[] = [];
    for (const placed of line) {
      if (!placed) continue;
      const { cell } = placed;
      const starts = placed.row === r;
      cells.push(
        new TableCell({
          width: { size: width(placed), type: WidthType.DXA },
          ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
          ...(cell.rowSpan > 1
            ? { verticalMerge: starts ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }
            : {}),
          verticalAlign: VerticalAlignTable.CENTER,
          children: [cellParagraph(starts ? cell.text : '', cell, font)],
        }),
      );
    }
    return new TableRow({
      children: cells,
      cantSplit: true,
      ...(table.blank && r >= table.headerRows ? { height: BLANK_ROW } : {}),
      ...(r < table.headerRows ? { tableHeader: true } : {}),
      ...(keep.has(r) ? { keepNext: true } : {}),
    });
  });
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
  });
}
