/** One statutory table read from the source lines of its region into cell values, with notes. */
import { cellsOf } from '../../cells';
import type { CellValue } from '../../report';
import type { TableId, Template } from '../../template-types';
import type { CellSource } from '../import-result';
import { labelKey, trimText } from '../normalize';
import { cellOf, inferenceNotes, shortNote } from './cell-reading';
import { tableLabelKeys } from './row-specs';
import { readBodyRows, readingFailures, readTable4 } from './table-rows';
import { lineTokens, hasNumberCell, type Token } from './tokens';
import { wrapCandidates, type Wrap } from './wrapped';
import type { NumberToken, TextToken } from './locate-labels';
import type { CellReading } from './resolve-rows';

/** A source line and its index in the text. */
export interface SourceLine {
  readonly index: number;
  readonly text: string;
  /** The spaces before the line's text. */
  readonly indent?: number;
  /** Laid out by position (pdftotext -layout, the PDF importer's lines): runs of spaces. */
  readonly laidOut?: boolean;
  /** The page the line is on, where the text marks pages (pdftotext's form feeds). */
  readonly page?: number;
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

/**
 * A grid row's empty cells under a heading merged over two grid columns (a page's own column
 * widths, kept by an office tool: "信息内容 | 本年新制作数量 | (merged) | …"): they are the merged
 * cell's other column, not a blank figure. The nearest header line above with as many fields says
 * where its headings are merged; the data rows under it lose those empty cells.
 */
function dropMergedBlanks(lines: readonly Token[][]): Token[] {
  let merged: { fields: number; empty: Set<number> } | undefined;
  const fieldsOf = (tokens: readonly Token[]) =>
    Math.max(-1, ...tokens.map((t) => t.field ?? -1)) + 1;
  return lines.flatMap((tokens) => {
    const grid = tokens.some((t) => t.field !== undefined);
    const data = tokens.some((t) => t.kind === 'number' && t.raw !== '');
    if (!grid) return tokens;
    if (!data) {
      const words = new Set(tokens.flatMap((t) => (t.kind === 'text' ? [t.field] : [])));
      const fields = fieldsOf(tokens);
      const empty = new Set<number>();
      for (let f = 1; f < fields; f++) if (!words.has(f) && words.has(f - 1)) empty.add(f);
      // (Only a header with words over at least two columns says how they are merged.)
      merged = words.size >= 2 && empty.size > 0 ? { fields, empty } : undefined;
      return tokens;
    }
    if (!merged || fieldsOf(tokens) !== merged.fields) return tokens;
    const { empty } = merged;
    return tokens.filter(
      (t) => !(t.kind === 'number' && t.raw === '' && t.field !== undefined && empty.has(t.field)),
    );
  });
}

/** What reading a table's tokens gives (readBodyRows, readTable4). */
interface Read {
  readonly readings: ReadonlyMap<string, CellReading>;
  readonly notes: readonly string[];
  readonly placedBy: ReadonlyMap<string, string>;
  readonly leftover: readonly NumberToken[];
  readonly strayWords: readonly TextToken[];
}

/** More wrap candidates than this in one table are not tried together (2^n readings). */
const MAX_WRAPS = 4;

/** Every non-empty subset, the smaller first. */
function subsets<T>(items: readonly T[]): T[][] {
  const out: T[][] = [[]];
  for (const item of items) out.push(...out.map((s) => [...s, item]));
  return out.slice(1).sort((a, b) => a.length - b.length);
}

/**
 * Numbers a narrow column wrapped over two lines (wrapped.ts): each join is taken where the
 * table's equations hold better with it (the cell is then inferred, with a note); one they do not
 * confirm is left apart, with a note to check it.
 */
function joinWrapped(
  template: Template,
  table: TableId,
  wraps: readonly Wrap[],
  tokens: readonly Token[],
  readTokens: (stream: readonly Token[]) => Read,
): { read: Read; notes: string[] } {
  const plain = readTokens(tokens);
  if (wraps.length === 0) return { read: plain, notes: [] };
  const infos = cellsOf(template);
  const tableName = template.tables[table].name;
  // Every set of joins that share no fragment (the candidates are few), the fewest joins first;
  // the set under which the fewest equations fail wins, none if none does better than no join.
  let best = {
    read: plain,
    fail: readingFailures(template, table, plain.readings),
    taken: [] as Wrap[],
  };
  const sets = wraps.length > MAX_WRAPS ? [] : subsets(wraps);
  for (const set of sets) {
    const uses = set.flatMap((w) => w.uses);
    if (new Set(uses).size !== uses.length) continue;
    const tried = readTokens(set.reduce<readonly Token[]>((stream, w) => w.apply(stream), tokens));
    const fail = readingFailures(template, table, tried.readings);
    if (fail < best.fail) best = { read: tried, fail, taken: set };
  }
  const notes: string[] = [];
  const placedBy = new Map<string, string>();
  for (const wrap of wraps) {
    const printed = wrap.parts.map((p) => `“${p}”`).join('');
    const id = best.taken.includes(wrap)
      ? [...best.read.readings].find(([, r]) => r.kind === 'token' && r.token === wrap.joined)?.[0]
      : undefined;
    if (id !== undefined) {
      const how = `原文这个数字因栏宽不够折成两行（${printed}），按勾稽关系合为 ${wrap.joined.raw}`;
      placedBy.set(id, how);
      notes.push(`${tableName} ${infos.get(id)?.name ?? id}：${how}，请核对`);
    } else if (!best.taken.some((w) => w.uses.some((t) => wrap.uses.includes(t)))) {
      notes.push(
        `${tableName} 有数字可能因栏宽不够折成了两行（${printed}，应为 ${wrap.joined.raw}？），勾稽关系不能确认，未合并，请对照原文核对`,
      );
    }
  }
  const read = best.read;
  return { read: { ...read, placedBy: new Map([...read.placedBy, ...placedBy]) }, notes };
}

/**
 * Numbers were left over that no row took: a row read wholly blank may be where they belong (its
 * numbers stood away from its label), so its blanks are not "read as printed" — they are missing,
 * and say so (BLANK_CELL), never a silent 0.
 */
function unprintedRows(
  readings: ReadonlyMap<string, CellReading>,
  infos: ReturnType<typeof cellsOf>,
  cells: Record<string, CellValue>,
  provenance: Record<string, CellSource>,
): void {
  const rows = new Map<number, string[]>();
  for (const id of readings.keys()) {
    const row = infos.get(id)?.bodyRow;
    if (row !== undefined) rows.set(row, [...(rows.get(row) ?? []), id]);
  }
  for (const ids of rows.values()) {
    const blank = ids.every((id) => cells[id] === null && provenance[id]?.source === 'printed');
    if (blank) for (const id of ids) provenance[id] = { source: 'missing' };
  }
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
  const kept = lines.filter((l) => !isProse(l.text));
  const lineTokensOf = kept.map(tokensOf);
  const merged = table === 't2' ? dropMergedBlanks(lineTokensOf) : lineTokensOf.flat();
  const headerLines = new Set(
    kept.flatMap((l) => (isHeaderRow(l.text, headings) ? [l.index] : [])),
  );
  const tokens = merged.filter((t) => !headerLines.has(t.line));
  const header = laidOut ? lines.flatMap(tokensOf) : [];
  const pages = new Map(lines.flatMap((l) => (l.page === undefined ? [] : [[l.index, l.page]])));
  const readTokens = (stream: readonly Token[]): Read =>
    table === 't4'
      ? readTable4(template, stream, header)
      : readBodyRows(template, table, stream, header, pages);
  const infos = cellsOf(template);
  const tableName = template.tables[table].name;
  const { read, notes: wrapNotes } = joinWrapped(
    template,
    table,
    laidOut ? wrapCandidates(tokens) : [],
    tokens,
    readTokens,
  );
  const notes = [...read.notes, ...wrapNotes];
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
  if (read.leftover.length > 0) unprintedRows(read.readings, infos, cells, provenance);
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
