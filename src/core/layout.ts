/**
 * The layout model: a report as blocks (title, headings, paragraphs, tables with spans, signature).
 * Numbering, the blank policy and number formatting are decided here once, so the text, Word, HTML
 * and print renderers cannot disagree.
 */
import { cellsOf } from './cells';
import { formatValue, parseCell } from './number';
import type { Report } from './report';
import { getTemplate } from './templates';
import type { GridCell, LabelCell, TableDef, TableId, Template } from './template-types';

export interface LayoutCell {
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
  readonly kind: 'label' | 'number';
  readonly role?: LabelCell['role'];
  readonly cellId?: string;
}

export interface LayoutTable {
  readonly type: 'table';
  readonly table: TableId;
  readonly columns: number;
  /** Relative column widths adding up to 100 (paper: Word, print, HTML). */
  readonly widths: readonly number[];
  /** The same on screen (see TableDef.screenWidths). */
  readonly screenWidths: readonly number[];
  /** How many of `rows` are header rows (repeated on each page). */
  readonly headerRows: number;
  /** Each row lists the cells that start in it (HTML rowspan/colspan convention). */
  readonly rows: readonly (readonly LayoutCell[])[];
  /** A form to fill in by hand (空白表样): no figures, rows tall enough to write in. */
  readonly blank?: boolean;
}

export type Block =
  | {
      readonly type: 'title';
      readonly text: string;
      /** The title broken after the 机关名称, for renderers where it does not fit on one line. */
      readonly lines: readonly [string, string];
    }
  | { readonly type: 'heading'; readonly level: 1 | 2; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string }
  | LayoutTable
  | { readonly type: 'signature'; readonly lines: readonly string[] };

/** "<机关名称><YYYY>年政府信息公开工作年度报告". */
export function reportTitle(report: Report): string {
  return `${report.meta.org.trim()}${report.meta.year}年政府信息公开工作年度报告`;
}

/** "2025-01-20" → "2025年1月20日" (GB/T 9704: no leading zeros); other text as it is. */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date.trim());
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date.trim();
}

/** A （一）-style line that is a sub-heading of its own, not a paragraph that starts with one. */
const SUB_HEADING = /^[（(][一二三四五六七八九十]+[）)][^，,。；;！？]{1,40}[。]?$/;

/** Paragraphs of a narrative text: one per non-empty line, trimmed. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line !== '');
}

function narrative(text: string): Block[] {
  return paragraphs(text).map((p) =>
    SUB_HEADING.test(p) ? { type: 'heading', level: 2, text: p } : { type: 'paragraph', text: p },
  );
}

/** The whole report as blocks, in the official order. */
/** How a report's blank cells print: as 0 (a clerk's form, the default) or as given. */
export interface LayoutOptions {
  /**
   * The text of a blank cell. The clerk's own form prints blank as 0; a report read from another
   * office's file shows its blank (not printed, or not read) cells as blank, never as a 0 it
   * did not print.
   */
  readonly blankAs?: string;
}

export function layoutReport(report: Report, options: LayoutOptions = {}): Block[] {
  const template = getTemplate(report.template);
  const blocks: Block[] = [
    {
      type: 'title',
      text: reportTitle(report),
      lines: [report.meta.org.trim(), `${report.meta.year}年政府信息公开工作年度报告`],
    },
  ];
  blocks.push(...narrative(report.text.intro ?? ''));
  for (const section of template.sections) {
    blocks.push({ type: 'heading', level: 1, text: section.heading });
    if (section.text) blocks.push(...narrative(report.text[section.text] ?? ''));
    if (section.table) blocks.push(layoutTable(template, section.table, report, options));
  }
  const { signature, date } = report.meta;
  if (signature?.trim() || date?.trim()) {
    const lines = [signature?.trim() || report.meta.org.trim()];
    if (date?.trim()) lines.push(formatDate(date));
    blocks.push({ type: 'signature', lines });
  }
  return blocks;
}

/**
 * A table of the report with its values: blank prints as 0 (or `blankAs`), an invalid value as
 * typed. With `blank`, every number cell is left empty (空白表样).
 */
export function layoutTable(
  template: Template,
  id: TableId,
  report: Pick<Report, 'cells'>,
  options: LayoutOptions & { readonly blank?: boolean } = {},
): LayoutTable {
  const table: TableDef = template.tables[id];
  const cells = cellsOf(template);
  const place = (cell: GridCell): LayoutCell => {
    if (cell.type === 'label') {
      return {
        text: cell.text,
        colSpan: cell.colSpan ?? 1,
        rowSpan: cell.rowSpan ?? 1,
        kind: 'label',
        role: cell.role,
      };
    }
    if (options.blank) {
      return { text: '', colSpan: cell.colSpan ?? 1, rowSpan: 1, kind: 'number', cellId: cell.id };
    }
    const raw = report.cells[cell.id];
    const parsed = parseCell(raw, cells.get(cell.id)?.kind ?? cell.kind);
    const text = parsed.ok
      ? parsed.value === null && options.blankAs !== undefined
        ? options.blankAs
        : formatValue(parsed.value ?? 0, cell.kind)
      : typeof raw === 'string'
        ? raw.trim()
        : String(raw);
    return { text, colSpan: cell.colSpan ?? 1, rowSpan: 1, kind: 'number', cellId: cell.id };
  };
  return {
    type: 'table',
    table: id,
    columns: table.columns,
    widths: table.widths,
    screenWidths: table.screenWidths ?? table.widths,
    headerRows: table.header.length,
    rows: [...table.header, ...table.body].map((row) => row.map(place)),
    ...(options.blank ? { blank: true } : {}),
  };
}

/** A cell with the grid row and column of its top-left corner. */
export interface Placed<T> {
  readonly cell: T;
  readonly row: number;
  readonly column: number;
}

export type PlacedCell = Placed<LayoutCell>;

/**
 * Where every cell of an HTML-style grid sits (each row lists the cells that start in it, spans
 * cover the positions to the right and below): each row's cells with their grid positions.
 */
export function placeGrid<T extends { readonly colSpan?: number; readonly rowSpan?: number }>(
  rows: readonly (readonly T[])[],
  columns: number,
): Placed<T>[][] {
  const taken: boolean[][] = rows.map(() => Array.from({ length: columns }, () => false));
  return rows.map((row, r) => {
    let c = 0;
    return row.map((cell) => {
      while (taken[r]?.[c]) c++;
      const colSpan = cell.colSpan ?? 1;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const line = taken[r + dr];
          if (line) line[c + dc] = true;
        }
      }
      const placed = { cell, row: r, column: c };
      c += colSpan;
      return placed;
    });
  });
}

/** Where every cell of a layout table sits. */
export function placeCells(table: LayoutTable): PlacedCell[][] {
  return placeGrid(table.rows, table.columns);
}

/** The logical grid of a layout table: every position, a merged cell's text in its top-left only. */
export function tableGrid(table: LayoutTable): string[][] {
  const grid: string[][] = table.rows.map(() => Array.from({ length: table.columns }, () => ''));
  for (const { cell, row, column } of placeCells(table).flat()) {
    const line = grid[row];
    if (line) line[column] = cell.text;
  }
  return grid;
}
