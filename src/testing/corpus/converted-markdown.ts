/**
 * A report as a PDF-to-markdown or OCR converter gives it (the kind of output marker, MinerU or a
 * cloud OCR produce from a published PDF): headings and paragraphs, and each table as pipe tables
 * cut into pieces where the pages broke — every piece with a header row of its own (the table's
 * header repeated, or a stray one the converter made up), merged cells repeated or left empty, a
 * long label broken over two rows with its numbers on the first or on the next row.
 */
import { layoutReport, layoutTable, placeCells, type LayoutTable } from '../../core/layout';
import type { Report } from '../../core/report';
import { getTemplate } from '../../core/templates';
import type { PageStyle } from './page-style';

type Grid = string[][];

/** The table's grid with merged cells repeated in every position, or only in the first. */
function gridOf(table: LayoutTable, repeat: boolean, blank: (id: string, text: string) => boolean) {
  const grid: Grid = table.rows.map(() => Array.from({ length: table.columns }, () => ''));
  for (const { cell, row, column } of placeCells(table).flat()) {
    const text =
      cell.kind === 'number' && cell.cellId && blank(cell.cellId, cell.text) ? '' : cell.text;
    for (let dr = 0; dr < cell.rowSpan; dr++)
      for (let dc = 0; dc < cell.colSpan; dc++) {
        const line = grid[row + dr];
        if (line && (repeat || (dr === 0 && dc === 0))) line[column + dc] = text;
      }
  }
  return grid;
}

const pipe = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/** The label cell of a body row: its last non-empty cell before the numbers. */
function labelColumn(row: readonly string[], firstNumber: number): number {
  for (let c = firstNumber - 1; c >= 0; c--) if ((row[c] ?? '') !== '') return c;
  return -1;
}

/**
 * A body row broken over two rows the way converters do with a wrapped label: the label's first
 * part with the numbers and its rest on a row of empty cells, or the label on a row of its own and
 * the numbers on the next.
 */
function brokenRow(row: readonly string[], firstNumber: number, random: () => number): string[][] {
  const at = labelColumn(row, firstNumber);
  const label = row[at] ?? '';
  if (at < 0 || label.length < 6) return [[...row]];
  const empty = row.map(() => '');
  if (random() < 0.5) {
    const cut = Math.ceil(label.length / 2);
    const first = [...row];
    first[at] = label.slice(0, cut);
    const rest = [...empty];
    rest[at] = label.slice(cut);
    return [first, rest];
  }
  const labelRow = row.map((c, i) => (i < firstNumber ? c : ''));
  const numbers = row.map((c, i) => (i < firstNumber ? '' : c));
  return [labelRow, numbers];
}

/** One table as pipe-table pieces. */
function tablePieces(
  table: LayoutTable,
  style: PageStyle,
  random: () => number,
  blank: (id: string, text: string) => boolean,
): string[] {
  const repeat = random() < 0.5;
  const grid = gridOf(table, repeat, blank);
  const head = grid.slice(0, table.headerRows);
  const body = grid.slice(table.headerRows);
  const firstNumber = table.table === 't3' ? 3 : table.table === 't2' ? 1 : 0;
  // Where the pages broke: one or two cuts in a long table.
  const cuts = new Set<number>();
  if (body.length > 6) {
    const n = 1 + Math.floor(random() * 2);
    for (let i = 0; i < n; i++) cuts.add(2 + Math.floor(random() * (body.length - 3)));
  }
  const stray =
    table.table === 't3'
      ? [
          '项目',
          '',
          '',
          '自然人',
          '商业企业',
          '科研机构',
          '社会公益组织',
          '法律服务机构',
          '其他',
          '总计',
        ]
      : undefined;
  const pieces: string[][] = [[]];
  const headerOf = (first: boolean): string[][] => {
    if (first || head.length === 0) return head;
    const r = random();
    if (r < 0.4) return head; // the header repeated on the new page
    if (r < 0.7 && stray) return [stray];
    return []; // none: the piece's first body row becomes its header
  };
  const broken = firstNumber > 0 && random() < 0.6;
  body.forEach((row, i) => {
    if (i === 0 || cuts.has(i)) {
      if (i > 0) pieces.push([]);
      for (const h of headerOf(i === 0)) pieces[pieces.length - 1]?.push(pipe(h));
    }
    const rows = broken && random() < 0.25 ? brokenRow(row, firstNumber, random) : [row];
    for (const r of rows) pieces[pieces.length - 1]?.push(pipe(r));
  });
  return pieces.map((lines) => {
    // Markdown tables have one header row: a separator after the piece's first line.
    const [first, ...rest] = lines;
    const width = table.columns;
    return [
      first ?? pipe(Array.from({ length: width }, () => '')),
      pipe(Array.from({ length: width }, () => '---')),
      ...rest,
    ].join('\n');
  });
}

/** The report as a converter's markdown, and the number cells it left blank. */
export function convertedMarkdown(
  report: Report,
  style: PageStyle,
  random: () => number,
): { markdown: string; blanks: ReadonlySet<string> } {
  const blanks = new Set<string>();
  const template = getTemplate(report.template);
  const zeroBlank = style.zero !== 'print';
  const blankTotal = (id: string) =>
    style.blankTotals !== 'none' &&
    id.startsWith('t3_') &&
    id.endsWith('_total') &&
    id !== 't3_result_total_total' &&
    (style.blankTotals === 'all-but-sum' ||
      !['t3_new_total', 't3_carried_total', 't3_carry_next_total'].includes(id));
  const blank = (id: string, text: string) => {
    const is = blankTotal(id) || (zeroBlank && /^[+-]?0(?:\.0+)?$/.test(text));
    if (is) blanks.add(id);
    return is;
  };
  const out: string[] = [];
  let page = 1;
  for (const block of layoutReport(report)) {
    switch (block.type) {
      case 'title':
        out.push(`# ${block.text}`);
        break;
      case 'heading':
        out.push(block.level === 1 ? `## ${block.text}` : `**${block.text}**`);
        break;
      case 'paragraph':
        out.push(block.text);
        break;
      case 'table': {
        const pieces = tablePieces(
          layoutTable(template, block.table, report),
          style,
          random,
          blank,
        );
        pieces.forEach((piece, i) => {
          if (i > 0) out.push(`— ${++page} —`);
          out.push(piece);
        });
        break;
      }
      case 'signature':
        out.push(...block.lines);
        break;
    }
  }
  return { markdown: `${out.join('\n\n')}\n`, blanks };
}
