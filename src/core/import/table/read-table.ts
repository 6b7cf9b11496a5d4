/** One statutory table read from the source lines of its region into cell values, with notes. */
import { cellsOf, type CellInfo } from '../../cells';
import { AMOUNT_SCALE, formatValue, normalizeDigits, parseCell } from '../../number';
import type { CellValue } from '../../report';
import type { CellKind, TableId, Template } from '../../template-types';
import type { CellSource } from '../import-result';
import { equationCells, equationsOf, type Equation } from '../../rules/equations';
import { BANDS_HOW, readByBands } from './band-read';
import { readRows, type RowsRead } from './match-rows';
import { readBySections, SECTION_HOW } from './section-read';
import { resolveRows, type CellReading, type RowInput } from './resolve-rows';
import { labelKey, trimText } from '../normalize';
import { rowSpecs, tableLabelKeys, type RowSpec } from './row-specs';
import { lineTokens, hasNumberCell, type Token } from './tokens';

/** A source line and its index in the text. */
export interface SourceLine {
  readonly index: number;
  readonly text: string;
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

type NumberToken = Extract<Token, { kind: 'number' }>;

/** A sentence under a table heading, not a table line: it ends a sentence or runs long with commas. */
function isProse(text: string): boolean {
  if (/[\t|｜]/.test(text)) return false;
  const line = trimText(text);
  if (/。/.test(line)) return true;
  return line.length > 45 && /[，,]/.test(line) && !hasNumberCell(line);
}

/** How a finer amount than the format's was read (the cell's provenance). */
const FINER = '原文金额比格式要求的精度更细（万元保留4位小数，即精确到元），四舍五入到元读入';

/**
 * An amount printed finer than the format allows (采购总金额 in 元 with 分, 收费金额 in 万元 with six
 * decimals) is a real value: it is read to the nearest 元, the format's precision, with a note
 * quoting the original — never an error.
 */
function finerAmount(raw: string): number | undefined {
  const text = normalizeDigits(raw).replace(/[\s\u3000,，]/g, '');
  const m = /^(\d+)\.(\d+)(万元|元)?$/.exec(text);
  if (!m) return undefined;
  const yuan = m[3] === '元' ? Number(`${m[1]}.${m[2]}`) : Number(`${m[1]}.${m[2]}`) * AMOUNT_SCALE;
  return Number.isFinite(yuan) ? Math.round(yuan) / AMOUNT_SCALE : undefined;
}

function cellValue(
  token: NumberToken,
  kind: CellKind,
  name: string,
): { value: CellValue; note?: string; how?: string } {
  if (token.blank) return { value: null };
  const parsed = parseCell(token.raw, kind);
  const finer = !parsed.ok && kind === 'amount' ? finerAmount(token.raw) : undefined;
  if (finer !== undefined) {
    const shown = formatValue(finer, kind);
    const note = `${name}：原文“${token.raw}”比格式要求的精度更细，按 ${shown} 万元读入（四舍五入到元），请核对`;
    return { value: finer, note, how: FINER };
  }
  if (!parsed.ok) return { value: token.raw, note: `${name}：${parsed.message}，已按原文保留` };
  if (parsed.note === undefined || parsed.value === null) return { value: parsed.value };
  return {
    value: parsed.value,
    note: `${name}：“${token.raw}”按 ${formatValue(parsed.value, kind)} 读入（${parsed.note}）`,
  };
}

/** The equations among one table's cells. */
function tableEquations(template: Template, table: TableId): Equation[] {
  return equationsOf(template).filter((eq) =>
    equationCells(eq).every((id) => id.startsWith(`${table}_`)),
  );
}

/**
 * The orders PDF text (pdftotext without -layout) prints 表四's cells in, text block by text
 * block: the results of 行政复议 and of 未经复议直接起诉, then their 总计s, then 复议后起诉; or all
 * results, then the three 总计s. The equations choose among them and the table's own order.
 */
const T4_TEXT_ORDERS = [
  [0, 1, 2, 3, 5, 6, 7, 8, 4, 9, 10, 11, 12, 13, 14],
  [0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 4, 9, 14],
];

/** Table 四 has one data row: its fifteen numbers follow the header labels, in order. */
function readTable4(template: Template, tokens: readonly Token[]) {
  // The empty cells of a header row are no data; those of the data row (with its numbers) are.
  const dataLines = new Set(
    tokens.flatMap((t) => (t.kind === 'number' && t.raw !== '' ? [t.line] : [])),
  );
  const numbers = tokens.filter(
    (t): t is NumberToken => t.kind === 'number' && dataLines.has(t.line),
  );
  const ids = [...cellsOf(template).values()].filter((c) => c.table === 't4');
  const notes: string[] = [];
  if (numbers.length > ids.length) {
    notes.push(`表四 有 ${numbers.length} 个数字，按前 ${ids.length} 个读入，多出的未使用`);
  }
  const row: RowInput = {
    cells: ids,
    taken: numbers.slice(0, ids.length),
    complete: numbers.length >= ids.length,
    orders: T4_TEXT_ORDERS,
  };
  const readings = resolveRows([row], tableEquations(template, 't4'));
  return {
    readings,
    notes,
    leftover: numbers.slice(ids.length),
    strayWords: [] as const,
    short: [],
  };
}

/** The 2021 rows under （六）其他处理, and the one a 2019-style single row of it is read into. */
const OTHER_2021 = ['t3_other_overdue_', 't3_other_unpaid_', 't3_other_misc_'];
const HYBRID_ALIAS = '六其他处理';
const HYBRID_HOW = '原文是 2019 年格式的一行“（六）其他处理”，读入 3.其他';

const specOf = (specs: readonly RowSpec[], prefix: string) =>
  specs.findIndex((s) => s.cells[0]?.id.startsWith(prefix));

/**
 * A 2021 表三 printed with a single 2019-style "（六）其他处理" row (seen in real reports): when
 * none of the three 2021 rows is there, that row is read into 3.其他.
 */
function hybridSpecs(specs: readonly RowSpec[], rows: RowsRead, tokens: readonly Token[]) {
  const own = OTHER_2021.map((p) => specOf(specs, p));
  if (own.some((i) => i < 0 || !rows.missing.includes(specs[i] as RowSpec))) return undefined;
  const text = tokens.map((t) => (t.kind === 'text' ? labelKey(t.text) : ' ')).join('');
  if (!text.includes(HYBRID_ALIAS)) return undefined;
  const target = own[2];
  return specs.map((s, i) => (i === target ? { ...s, aliases: [...s.aliases, HYBRID_ALIAS] } : s));
}

/** How many columns each number row's own label spans, in row order (as rowSpecs lists them). */
function labelSpans(template: Template, table: TableId): number[] {
  return template.tables[table].body
    .filter((row) => row.some((c) => c.type === 'number'))
    .map((row) => {
      const labels = row.filter((c) => c.type === 'label');
      return labels[labels.length - 1]?.colSpan ?? 1;
    });
}

/** Tables 二 and 三: rows by their labels, with notes on rows missing, short or left over. */
function readBodyRows(template: Template, table: 't2' | 't3', tokens: readonly Token[]) {
  const name = template.tables[table].name;
  let specs = rowSpecs(template, table);
  let rows = readRows(specs, tokens);
  const hybrid = hybridSpecs(specs, rows, tokens);
  if (hybrid) {
    specs = hybrid;
    rows = readRows(specs, tokens);
  }
  const spans = labelSpans(template, table);
  const inputs: RowInput[] = specs.map((spec, i) => {
    const taken = rows.taken.get(i) ?? [];
    // A grid line's empty cells right after a label that spans columns are those columns.
    // (Unless the row already dropped them: its line had more cells than the row.)
    let pads = 0;
    const span = rows.complete.has(i) ? 1 : (spans[i] ?? 1);
    while (pads < span - 1 && taken[pads]?.raw === '' && taken[pads]?.grid) pads++;
    const own = taken.slice(pads);
    const full = own.length === spec.cells.length && own.every((t) => t.grid);
    return { cells: spec.cells, taken: own, complete: rows.complete.has(i) || full };
  });
  const equations = tableEquations(template, table);
  const readings = resolveRows(inputs, equations);
  const incomplete = [...readings.values()].some((r) => r.kind === 'none');
  const items =
    table === 't2' && (incomplete || rows.leftover.length > 0)
      ? readBySections(template, specs, tokens)
      : undefined;
  if (items) {
    const placedBy = new Map([...items.keys()].map((id) => [id, SECTION_HOW]));
    const note = `${name} 的行标签与数字分开排列（PDF 文本），已按第二十条各项的顺序读入，请核对`;
    return { ...rows, leftover: [], readings: items, notes: [note], placedBy };
  }
  const bands = readByBands(specs, tokens, equations, readings, rows.leftover.length);
  if (bands) {
    const placedBy = new Map([...bands.keys()].map((id) => [id, BANDS_HOW]));
    const note = `${name} 的数字不在各自的行标签旁（PDF 文本按列或分块排列），已按勾稽关系读入，请核对`;
    return { ...rows, leftover: [], readings: bands, notes: [note], placedBy };
  }
  const notes: string[] = [];
  if (rows.taken.size > 0) {
    for (const spec of rows.missing) {
      if (!rows.unlabelled.has(specs.indexOf(spec))) notes.push(`${spec.name}：未找到这一行，留空`);
    }
  }
  if (rows.leftover.length > 0) {
    const numbers = rows.leftover.map((n) => n.raw).join(' ');
    notes.push(`${name} 有 ${rows.leftover.length} 个数字无法对应到行：${numbers}`);
  }
  const placedBy = new Map<string, string>();
  for (const i of rows.unlabelled)
    for (const c of specs[i]?.cells ?? []) placedBy.set(c.id, UNLABELLED);
  if (!hybrid) return { ...rows, readings, notes, placedBy };
  for (const c of specs[specOf(specs, OTHER_2021[2] ?? '')]?.cells ?? [])
    placedBy.set(c.id, HYBRID_HOW);
  // The 1. and 2. rows are not in a table of this kind: blank, with one note instead of two.
  const absent = OTHER_2021.slice(0, 2).map((p) => `${specs[specOf(specs, p)]?.name ?? ''}：`);
  const kept = notes.filter((n) => !absent.some((a) => n.startsWith(a)));
  return {
    ...rows,
    readings,
    notes: [`${name} ${HYBRID_HOW}，1.、2. 两行留空`, ...kept],
    placedBy,
  };
}

const MOVED = '原文的数字不能按位置直接对应，按勾稽关系确定所在的栏';
const UNLABELLED = '原文这一行的数字没有行标签，按表格顺序归入这一行';

/** A cell's value and provenance from how it was read. */
function cellOf(
  reading: CellReading | undefined,
  kind: CellKind,
  name: string,
  placedBy: string | undefined,
): { value: CellValue; source: CellSource; note?: string } {
  if (!reading || reading.kind === 'none') return { value: null, source: { source: 'missing' } };
  if (reading.kind === 'blank') return { value: null, source: { source: 'printed' } };
  if (reading.kind === 'ambiguous') return { value: null, source: { source: 'missing' } };
  if (reading.kind === 'derived') {
    const how = `原文未列出，按 ${reading.formula} 推算为 ${reading.value}`;
    return { value: reading.value, source: { source: 'inferred', how } };
  }
  const { value, note, how: read } = cellValue(reading.token, kind, name);
  const how = reading.moved ? MOVED : (placedBy ?? read);
  const source: CellSource = how ? { source: 'inferred', how } : { source: 'printed' };
  return { value, source, ...(note ? { note } : {}) };
}

/** Notes on the cells inferred and left blank, one per kind and table. */
function inferenceNotes(
  tableName: string,
  readings: ReadonlyMap<string, CellReading>,
  sources: Readonly<Record<string, CellSource>>,
  nameOf: (id: string) => string,
): string[] {
  const notes: string[] = [];
  const ids = [...readings.keys()];
  const unsure = ids.filter((id) => readings.get(id)?.kind === 'ambiguous');
  const inferred = ids.filter((id) => sources[id]?.source === 'inferred');
  const first = inferred[0];
  if (first !== undefined) {
    const how = sources[first];
    notes.push(
      `${tableName} 有 ${inferred.length} 个单元格是推定的（如 ${nameOf(first)}：${how?.source === 'inferred' ? how.how : ''}），请核对`,
    );
  }
  if (unsure[0] !== undefined) {
    notes.push(
      `${tableName} 有 ${unsure.length} 个单元格无法确定（如 ${nameOf(unsure[0])}：数字少于栏数，几种读法同样符合勾稽关系），留空，请对照原文填写`,
    );
  }
  return notes;
}

/** A note on the rows that printed some numbers but not all, the rest left blank. */
function shortNote(
  tableName: string,
  readings: ReadonlyMap<string, CellReading>,
  infos: ReadonlyMap<string, CellInfo>,
  notes: string[],
): void {
  const rows = new Map<string, CellReading[]>();
  for (const [id, reading] of readings) {
    const row = infos.get(id)?.row ?? '';
    rows.set(row, [...(rows.get(row) ?? []), reading]);
  }
  const short = [...rows].filter(
    ([, list]) => list.some((r) => r.kind === 'token') && list.some((r) => r.kind === 'none'),
  );
  const first = short[0];
  if (!first) return;
  const got = first[1].filter((r) => r.kind === 'token').length;
  notes.push(
    `${tableName} 有 ${short.length} 行数字少于栏数（如 ${tableName} ${first[0]} 只有 ${got} 个），按从左到右读入，缺的留空`,
  );
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
  const tokens = lines
    .filter((l) => !isProse(l.text) && !isHeaderRow(l.text, headings))
    .flatMap((l) => lineTokens(l.text, l.index));
  const read =
    table === 't4'
      ? { ...readTable4(template, tokens), placedBy: new Map<string, string>() }
      : readBodyRows(template, table, tokens);
  const infos = cellsOf(template);
  const tableName = template.tables[table].name;
  const notes = [...read.notes];
  const printedAny = [...read.readings.values()].some((r) => r.kind === 'token');
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
