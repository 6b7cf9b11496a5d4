/** One statutory table read from the source lines of its region into cell values, with notes. */
import { cellsOf } from '../../cells';
import type { CellValue } from '../../report';
import type { TableId, Template } from '../../template-types';
import type { CellSource } from '../import-result';
import { labelKey, trimText } from '../normalize';
import { cellOf, inferenceNotes, shortNote } from './cell-reading';
import { tableLabelKeys } from './row-specs';
import { readBodyRows, readTable4 } from './table-rows';
import { lineTokens, hasNumberCell } from './tokens';

/** A source line and its index in the text. */
export interface SourceLine {
  readonly index: number;
  readonly text: string;
  /** The spaces before the line's text. */
  readonly indent?: number;
  /** Laid out by position (pdftotext -layout, the PDF importer's lines): runs of spaces. */
  readonly laidOut?: boolean;
}

/** The cells of one table, with notes and the lines that were not table lines. */
export interface TableRead {
  /** Values of the cells that were found (blank cells found are null). */
  readonly cells: Readonly<Record<string, CellValue>>;
  readonly notes: readonly string[];
  /** Source lines of the region that were not part of the table. */
  readonly unplaced: readonly number[];
  /** Every cell's provenance. */
  readonly provenance: Readonly<Record<string, CellSource>>;
  /** How many number cells were read. */
  readonly numbers: number;
}

/** A sentence under a table heading, not a table line: it ends a sentence or runs long with commas. */
function isProse(text: string): boolean {
  if (/[\t|｜]/.test(text)) return false;
  const line = trimText(text);
  if (/。/.test(line)) return true;
  return line.length > 45 && /[，,]/.test(line) && !hasNumberCell(line);
}

/** Column headings real reports print besides the template's own ("项目", "本年新收件数"). */
const OTHER_HEADINGS = ['项目', '合计', '本年新收件数', '上年结转件数', '结转下年度', '申请人'];

/**
 * A header row printed again (after a page break) or a stray one: no number in it, and two or more
 * of its words are column headings. It is no data row, even where a word is also a row's label.
 */
function isHeaderRow(text: string, headings: ReadonlySet<string>): boolean {
  const tokens = lineTokens(text, 0);
  if (tokens.some((t) => t.kind === 'number' && t.raw !== '')) return false;
  const words = tokens.flatMap((t) => (t.kind === 'text' ? [labelKey(t.text)] : []));
  return words.filter((w) => w !== '' && headings.has(w)).length >= 2;
}

function headingKeys(template: Template, table: TableId): Set<string> {
  const def = template.tables[table];
  const heads = [...def.header, ...def.body.filter((row) => row.every((c) => c.type === 'label'))];
  const keys = heads.flatMap((row) =>
    row.flatMap((c) => (c.type === 'label' ? [labelKey(c.text)] : [])),
  );
  return new Set([...keys, ...OTHER_HEADINGS.map(labelKey)]);
}

/** Read one table from the lines of its region. */
export function readTable(
  template: Template,
  table: TableId,
  lines: readonly SourceLine[],
): TableRead {
  const headings = headingKeys(template, table);
  const prose = lines.filter((l) => isProse(l.text));
  // A region whose number lines are mostly laid out by position: every line's words keep their
  // columns.
  const numbered = lines.filter((l) => hasNumberCell(l.text));
  const laidOut =
    numbered.length > 0 && numbered.filter((l) => l.laidOut).length * 2 >= numbered.length;
  const tokensOf = (l: SourceLine) =>
    lineTokens(l.text, l.index, laidOut ? (l.indent ?? 0) : undefined);
  const tokens = lines
    .filter((l) => !isProse(l.text) && !isHeaderRow(l.text, headings))
    .flatMap(tokensOf);
  const read =
    table === 't4'
      ? {
          ...readTable4(template, tokens, laidOut ? lines.flatMap(tokensOf) : []),
          placedBy: new Map<string, string>(),
        }
      : readBodyRows(template, table, tokens);
  const infos = cellsOf(template);
  const tableName = template.tables[table].name;
  const notes = [...read.notes];
  // Numbers read, even where their cells could not be settled (those get their own note).
  const printedAny = [...read.readings.values()].some(
    (r) => r.kind === 'token' || r.kind === 'ambiguous',
  );
  if (!printedAny && lines.length > 0) {
    // A grid whose every number cell is empty is a table of zeros left blank, not a picture.
    const grid = lines.some((l) => l.text.includes('\t'));
    notes.push(
      grid
        ? `${tableName} 的数字单元格全部为空白，按空白读入`
        : `${tableName} 没有读到数字（表格可能是图片或格式无法识别），请对照原文填写`,
    );
  }
  const cells: Record<string, CellValue> = {};
  const provenance: Record<string, CellSource> = {};
  for (const [id, reading] of read.readings) {
    const info = infos.get(id);
    if (!info) continue;
    const name = `${tableName} ${info.name}`;
    const cell = cellOf(reading, info.kind, name, read.placedBy.get(id));
    cells[id] = cell.value;
    provenance[id] = cell.source;
    if (cell.note) notes.push(cell.note);
  }
  const nameOf = (id: string) => infos.get(id)?.name ?? id;
  if (printedAny) notes.push(...inferenceNotes(tableName, read.readings, provenance, nameOf));
  shortNote(tableName, read.readings, infos, notes);
  const known = tableLabelKeys(template, table).join('|');
  const unplaced = new Set<number>(prose.map((l) => l.index));
  for (const n of read.leftover) unplaced.add(n.line);
  for (const word of read.strayWords) {
    const key = labelKey(word.text);
    if (key !== '' && !known.includes(key)) unplaced.add(word.line);
  }
  return {
    cells,
    provenance,
    notes,
    unplaced: [...unplaced].sort((a, b) => a - b),
    numbers: [...read.readings.values()].filter((r) => r.kind === 'token').length,
  };
}
