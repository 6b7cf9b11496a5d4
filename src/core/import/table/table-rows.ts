/**
 * The rows of a table read into cell readings: 表二 and 表三 by their labels (match-rows.ts), then
 * — where PDF text leaves that reading short — by 表二's items or by bands the equations confirm;
 * 表四's one row of fifteen numbers. Short rows are settled by the equations (resolve-rows.ts).
 */
import { cellsOf } from '../../cells';
import { equationCells, equationsOf, type Equation } from '../../equations';
import { t3Cell } from '../../roles';
import { TEMPLATES } from '../../templates';
import type { TableId, Template } from '../../template-types';
import { labelKey } from '../normalize';
import { BANDS_HOW, readByBands } from './band-read';
import {
  headerLines,
  headerModel,
  itemModels,
  modelOf,
  positionPlacements,
  type ColumnModel,
} from './columns';
import type { NumberToken } from './locate-labels';
import { readRows, type RowsRead } from './match-rows';
import { placements } from './placements';
import { failures, resolveRows, tokenValue, type CellReading, type RowInput } from './resolve-rows';
import { rowSpecs, type RowSpec } from './row-specs';
import { readBySections, SECTION_HOW } from './section-read';
import type { Token } from './tokens';

const UNLABELLED = '原文这一行的数字没有行标签，按表格顺序归入这一行';

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
export function readTable4(
  template: Template,
  tokens: readonly Token[],
  /** Every word of a laid-out region, header rows included (their words give the columns). */
  header: readonly Token[] = [],
) {
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
  const equations = tableEquations(template, 't4');
  const read = (taken: readonly NumberToken[]) => {
    // Laid-out text: the header's words stand over the columns of the row's numbers.
    const model = headerModel(header, ids.length, taken[0]?.line ?? 0);
    const positioned = model ? positionPlacements(ids.length, taken, [model]) : undefined;
    const row: RowInput = {
      cells: ids,
      taken,
      complete: taken.length >= ids.length,
      orders: T4_TEXT_ORDERS,
      ...(positioned ? { positioned } : {}),
    };
    return resolveRows([row], equations);
  };
  const taken = numbers.slice(0, ids.length);
  const plain = read(taken);
  // A row printed short (blank cells not printed) is placed by positions or equations: a reading.
  const short = guessedRows([{ cells: ids, taken, complete: false }], plain);
  const runs = runsOf(numbers, tokens);
  const loose = numbers.length > ids.length || (runs.length > 1 && numbers.every(unplacedToken));
  const other = loose ? otherRun(numbers, runs, ids, equations, read, plain) : undefined;
  if (other) notes.splice(0, notes.length, other.note);
  const readings = other?.readings ?? plain;
  if (taken.length < ids.length && !numbers.every((t) => t.grid))
    unsettleGroups(readings, equations);
  return {
    readings,
    notes,
    leftover: other?.leftover ?? numbers.slice(ids.length),
    strayWords: [] as const,
    short: [],
    placedBy: other?.placedBy ?? short,
  };
}

/**
 * 表四 from text without a grid, short of numbers (blank cells not printed; at best the header's
 * words give the columns): a reading whose group has a 总计 not printed though its parts are not 0
 * placed those parts by the equations alone — the printed total may as well be among them, and
 * the group's numbers shifted. Such a group, and one the equations left partly open, is left
 * blank, noted.
 */
function unsettleGroups(readings: Map<string, CellReading>, equations: readonly Equation[]): void {
  for (const eq of equations) {
    const cells = equationCells(eq);
    const total = readings.get(eq.target);
    const guessed = total?.kind === 'derived' && total.value !== 0;
    // (A group the equations left partly open: the numbers they did place there are no surer.)
    const open = cells.some((id) => readings.get(id)?.kind === 'ambiguous');
    if (guessed || open) for (const id of cells) readings.set(id, { kind: 'ambiguous' });
  }
}

/** More runs than this are not put in every order (5! readings). */
const MAX_RUNS = 4;

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

function unplacedToken(t: NumberToken): boolean {
  return t.x === undefined && !t.grid;
}

/** The runs of numbers one after another in a stream (a line of words between them breaks it). */
function runsOf(numbers: readonly NumberToken[], tokens: readonly Token[]): NumberToken[][] {
  const runs: NumberToken[][] = [];
  let current: NumberToken[] = [];
  for (const t of tokens) {
    if (t.kind === 'text') {
      if (current.length > 0) runs.push(current);
      current = [];
    } else if (numbers.includes(t)) current.push(t);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

const OTHER_RUN_HOW =
  '原文（PDF 文本）表四的数字分块排列或夹有别处的数字，按勾稽关系确定取用哪些数字、所在的栏';

/**
 * 表四 with more numbers than cells (PDF text in reading order puts a neighbouring table's last
 * numbers beside it): where the first fifteen do not balance, every run of consecutive numbers
 * that fits the row is tried; one under which every equation holds is taken, as a reading (its
 * cells inferred). None that holds: the first fifteen stand, and their errors are the report's.
 */
function otherRun(
  numbers: readonly NumberToken[],
  runs: readonly NumberToken[][],
  ids: readonly { id: string }[],
  equations: readonly Equation[],
  read: (taken: readonly NumberToken[]) => Map<string, CellReading>,
  plain: Map<string, CellReading>,
) {
  const valueOf = (readings: Map<string, CellReading>) => (id: string) => {
    const r = readings.get(id);
    if (r?.kind === 'token') return tokenValue(r.token, 'count');
    return r?.kind === 'derived' ? r.value : null;
  };
  const n = ids.length;
  // A short row that balances as printed may balance as well with its blocks in another order:
  // then the blocks' order is not singled out either (below).
  const balanced = failures(equations, valueOf(plain)) === 0;
  if (balanced && numbers.length >= n) return undefined;
  const tried = new Set<string>();
  const found: { taken: NumberToken[]; readings: Map<string, CellReading> }[] = [];
  // The runs in any order (text blocks come in any order), each as windows of the row's length
  // and shorter runs between breaks (blank cells not printed); the most numbers first.
  const windows: NumberToken[][] = [];
  for (const order of permutations(runs.length <= MAX_RUNS ? runs : [numbers])) {
    const flat = order.flat();
    for (let at = 0; at + n <= flat.length; at++) windows.push(flat.slice(at, at + n));
    for (let a = 0; a < order.length; a++)
      for (let b = a; b < order.length; b++) {
        const joined = order.slice(a, b + 1).flat();
        if (joined.length < n) windows.push(joined);
      }
  }
  windows.sort((a, b) => b.length - a.length);
  for (const taken of windows) {
    if (found.length > 0 && taken.length < (found[0]?.taken.length ?? 0)) break;
    const key = taken.map((t) => numbers.indexOf(t)).join(',');
    if (tried.has(key)) continue;
    tried.add(key);
    const readings = read(taken);
    // Cells the equations leave open (several placements hold) stay blank: their equations wait.
    const open = (id: string) => readings.get(id)?.kind === 'ambiguous';
    const settled = equations.filter((eq) => !equationCells(eq).some(open));
    if (failures(settled, valueOf(readings)) === 0) found.push({ taken, readings });
  }
  const first = found[0];
  if (!first) return undefined;
  // Readings that hold equally but differ leave those cells open (blank, to check), never guessed.
  const readings = new Map(first.readings);
  let open = 0;
  for (const c of ids) {
    const v = valueOf(first.readings)(c.id) ?? 0;
    if (found.some((f) => (valueOf(f.readings)(c.id) ?? 0) !== v)) {
      readings.set(c.id, { kind: 'ambiguous' });
      open++;
    }
  }
  // Every order of the blocks that balances reads the same: the printed order stands.
  if (balanced && open === 0) return undefined;
  const placedBy = new Map(ids.map((c) => [c.id, OTHER_RUN_HOW] as const));
  const used = new Set(found.flatMap((f) => f.taken));
  const leftover = numbers.filter((t) => !used.has(t));
  return {
    readings,
    placedBy,
    leftover,
    note: balanced
      ? `表四 的 ${numbers.length} 个数字分块排列（PDF 文本），块的顺序不同也都符合勾稽关系：读法不同的 ${open} 个单元格留空，请对照原文填写`
      : `表四 的 ${numbers.length} 个数字按原文顺序读不符合勾稽关系（PDF 文本把别处的数字排在了这里，或分块排列）：按勾稽关系取用其中 ${first.taken.length} 个，请核对`,
  };
}

/** How many of a table's equations fail under a reading (cells not read count as blank). */
export function readingFailures(
  template: Template,
  table: TableId,
  readings: ReadonlyMap<string, CellReading>,
): number {
  const infos = cellsOf(template);
  return failures(tableEquations(template, table), (id) => {
    const r = readings.get(id);
    const kind = infos.get(id)?.kind;
    if (!r || !kind) return null;
    if (r.kind === 'token') return tokenValue(r.token, kind);
    return r.kind === 'derived' ? r.value : null;
  });
}

/** The cells of the table's equations that fail under a reading. */
export function failingCells(
  template: Template,
  table: TableId,
  readings: ReadonlyMap<string, CellReading>,
): Set<string> {
  const infos = cellsOf(template);
  const value = (id: string) => {
    const r = readings.get(id);
    const kind = infos.get(id)?.kind;
    if (!r || !kind) return null;
    if (r.kind === 'token') return tokenValue(r.token, kind);
    return r.kind === 'derived' ? r.value : null;
  };
  const failing = tableEquations(template, table).filter((eq) => failures([eq], value) > 0);
  return new Set(failing.flatMap(equationCells));
}

/** A result group printed as the one row another format has for it, read into its fallback row. */
interface Hybrid {
  readonly specs: RowSpec[];
  /** The group's rows (spec indices) other than the fallback: left blank. */
  readonly absent: readonly number[];
  readonly into: number;
  readonly how: string;
  /** The leading numbers of the rows left blank: "1.、2.". */
  readonly blank: string;
}

/** A row's own label under its group's: "3.其他" of "（六）其他处理 3.其他". */
function ownLabel(template: Template, row: string): string {
  const found = template.t3.rows.find((r) => r.key === row);
  const group = template.t3.groups.find((g) => g.id === found?.group);
  return (found?.label ?? row).slice(group?.label ? group.label.length : 0).trim();
}

/**
 * A 表三 with sub-items printed as the single row another format has for the group (seen in real
 * reports: a 2021 table with a 2019-style "（六）其他处理" row): when none of the group's rows is
 * there but the group's label is, that row is read into the group's fallback row.
 */
function hybridSpecs(
  template: Template,
  specs: readonly RowSpec[],
  rows: RowsRead,
  tokens: readonly Token[],
): Hybrid | undefined {
  const first = template.t3.columns[0]?.key ?? '';
  const specOf = (row: string) =>
    specs.findIndex((s) => s.cells[0]?.id === t3Cell(template, row, first));
  const text = tokens.map((t) => (t.kind === 'text' ? labelKey(t.text) : ' ')).join('');
  for (const group of template.t3.groups) {
    const { label, fallback } = group;
    if (!label || !fallback || group.rows.length < 2) continue;
    const own = group.rows.map(specOf);
    if (own.some((i) => i < 0 || !rows.missing.includes(specs[i] as RowSpec))) continue;
    const alias = labelKey(label);
    if (!text.includes(alias)) continue;
    const into = specOf(fallback);
    const other = TEMPLATES.find((t) =>
      t.t3.groups.some((g) => g.id === group.id && g.rows.length === 1),
    );
    const absentRows = group.rows.filter((r) => r !== fallback);
    return {
      specs: specs.map((s, i) => (i === into ? { ...s, aliases: [...s.aliases, alias] } : s)),
      absent: absentRows.map(specOf),
      into,
      how: `原文是${other ? other.name : '另一种格式'}的一行“${label}”，读入 ${ownLabel(template, fallback)}`,
      blank: absentRows.map((r) => /^\d+[.、．]/.exec(ownLabel(template, r))?.[0] ?? r).join('、'),
    };
  }
  return undefined;
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

/**
 * Laid-out text: each short row's numbers placed by their columns, measured on the nearest row
 * that printed every cell; a row whose label was found with no number beside it was left blank.
 */
function byColumns(
  inputs: readonly RowInput[],
  rows: RowsRead,
  headers: readonly ColumnModel[] | undefined,
  pages: ReadonlyMap<number, number>,
): RowInput[] {
  const models = inputs.flatMap((row) => {
    const m = modelOf(row.taken, row.cells.length);
    return m ? [m] : [];
  });
  // (pdftotext -layout may space each page's columns anew: then a row is measured on its own page.)
  const apart = pagesApart(models, pages);
  const samePage = (line: number) => (m: ColumnModel) =>
    !apart || pages.get(m.line) === pages.get(line);
  const laidOut = inputs.some((row) => row.taken.some((t) => t.x !== undefined));
  if (models.length === 0 && !(headers && laidOut)) return [...inputs];
  const missing = new Set(rows.missing.map((spec) => spec.cells[0]?.id));
  return inputs.map((row) => {
    if (row.taken.length === 0) {
      // Only in a table laid out by columns: a label with nothing beside it is a row of blanks.
      const laidOut = !missing.has(row.cells[0]?.id);
      return laidOut ? { ...row, positioned: [{ at: new Map(), rank: 0 }] } : row;
    }
    const line = row.taken[0]?.line ?? 0;
    // 表二: a row is measured on its own item's header and rows (the items' columns differ).
    const all = headers ? itemModels(headers, models, line, row.cells.length) : models;
    const own = all.filter(samePage(line));
    // 表二 has no equations to check a short row's columns, and its header's words place them
    // only as well as pdftotext spaced the header against the row (labels of other lengths before
    // them move a line's numbers by a column): without a row printed whole under the same header
    // to measure on, every placement stays open — blank, noted, not read by the header alone.
    const measured = own.some((m) => models.includes(m));
    const short = row.taken.length < row.cells.length && row.taken.every((t) => t.x !== undefined);
    if (headers && short && !measured)
      return { ...row, positioned: placements(row.cells.length, row.taken, false) };
    const positioned = positionPlacements(row.cells.length, row.taken, own);
    const widened = positionPlacements(row.cells.length, row.taken, own, 1);
    if (positioned) return { ...row, positioned, ...(widened ? { widened } : {}) };
    // A short laid-out row of 表二 (no equations) that no columns place: every placement stays
    // open, so its cells are left blank with a note rather than read left to right.
    return headers && short
      ? { ...row, positioned: placements(row.cells.length, row.taken, false) }
      : row;
  });
}

/** A column this far (in characters) from where the other page's shift puts it is not drifting. */
const PAGE_DRIFT = 4;

/** Whether two pages' columns differ by more than a shift of the whole table and a drift. */
function spacedAnew(a: ColumnModel, b: ColumnModel): boolean {
  if (a.xs.length !== b.xs.length) return false;
  const d = a.xs.map((x, i) => x - (b.xs[i] ?? x));
  const shift = [...d].sort((p, q) => p - q)[Math.floor(d.length / 2)] ?? 0;
  return d.some((v) => Math.abs(v - shift) > PAGE_DRIFT);
}

/**
 * Whether the table's pages space its columns differently (pdftotext -layout lays out each page
 * anew), not merely shifted: rows printed whole on two pages put a column far from the other's.
 */
function pagesApart(models: readonly ColumnModel[], pages: ReadonlyMap<number, number>): boolean {
  return models.some((a) =>
    models.some((b) => pages.get(a.line) !== pages.get(b.line) && spacedAnew(a, b)),
  );
}

/**
 * Laid-out rows printed short on a page where no row printed every cell, in a table whose pages
 * space their columns differently (another page's columns do not place them): which cells their
 * numbers stand in is unknown. Their cells are left blank (noted), never placed by the equations
 * alone. Returns how many rows.
 */
function unmeasured(
  inputs: readonly RowInput[],
  readings: Map<string, CellReading>,
  pages: ReadonlyMap<number, number>,
): number {
  if (pages.size === 0) return 0;
  const models = inputs.flatMap((row) => modelOf(row.taken, row.cells.length) ?? []);
  if (models.length === 0 || !pagesApart(models, pages)) return 0;
  const measured = new Set(models.map((m) => pages.get(m.line)));
  let n = 0;
  for (const row of inputs) {
    const first = row.taken[0];
    if (!first || row.taken.length >= row.cells.length) continue;
    if (row.taken.some((t) => t.x === undefined || t.grid)) continue;
    if (measured.has(pages.get(first.line))) continue;
    n++;
    for (const cell of row.cells) readings.set(cell.id, { kind: 'ambiguous' });
  }
  return n;
}

/** The value each cell was read or derived as so far (null: none), for the equations. */
function readValues(
  inputs: readonly RowInput[],
  readings: ReadonlyMap<string, CellReading>,
): (id: string) => number | null {
  const kinds = new Map(inputs.flatMap((row) => row.cells.map((c) => [c.id, c.kind] as const)));
  return (id) => {
    const r = readings.get(id);
    const kind = kinds.get(id);
    if (!r || !kind) return null;
    if (r.kind === 'token') return tokenValue(r.token, kind);
    return r.kind === 'derived' ? r.value : null;
  };
}

/**
 * A reading that left numbers over and under which the equations fail has placed numbers by
 * guesswork (PDF text without positions, blank cells dropped): the rows that printed fewer numbers
 * than cells, or whose own sum fails, are left blank, never given another row's or column's
 * numbers. Rows printed whole on one line whose sums hold keep theirs. Returns how many rows were blanked.
 */
function distrust(
  inputs: readonly RowInput[],
  readings: Map<string, CellReading>,
  equations: readonly Equation[],
  leftover: number,
): number {
  if (leftover === 0) {
    if (equations.length > 0) return 0;
    // 表二 (no equations): a short row whose numbers stand one a line, with no columns (PDF text
    // without -layout), cannot say which cells it printed.
    let n = 0;
    for (const row of inputs) {
      const lines = new Set(row.taken.map((t) => t.line)).size;
      const unplaced = row.taken.every((t) => t.x === undefined && !t.grid);
      if (row.taken.length === 0 || row.taken.length >= row.cells.length) continue;
      if (lines < 2 || !unplaced) continue;
      n++;
      for (const cell of row.cells) readings.set(cell.id, { kind: 'ambiguous' });
    }
    return n;
  }
  const value = readValues(inputs, readings);
  // 表二 has no equations: numbers left over are the only sign, and they are enough.
  if (equations.length > 0 && failures(equations, value) === 0) return 0;
  let n = 0;
  for (const row of inputs) {
    if (row.taken.length === 0) continue;
    // A row printed whole keeps its numbers unless its own sum fails: then they are not its own.
    const mine = new Set(row.cells.map((c) => c.id));
    const own = equations.filter((eq) => equationCells(eq).every((id) => mine.has(id)));
    // (printed on one line: numbers one a line, as pdftotext prints them block by block, may
    // make a row of zeros that sums right out of another row's numbers).
    const oneLine = new Set(row.taken.map((t) => t.line)).size === 1;
    if (row.taken.length >= row.cells.length && oneLine && failures(own, value) === 0) continue;
    // A grid row (a web page's, a Word file's, a ruled PDF table's) puts each number in its cell:
    // its reading is the printed one, and a sum it breaks is the report's own error.
    if (row.taken.length > 0 && row.taken.every((t) => t.grid)) continue;
    // Without equations, a laid-out row is placed by its columns: numbers over are no sign.
    if (equations.length === 0 && row.taken.some((t) => t.x !== undefined)) continue;
    n++;
    for (const cell of row.cells) readings.set(cell.id, { kind: 'ambiguous' });
  }
  return n;
}

/** How the cells of a row PDF text printed short were placed (their provenance). */
const POSITION_HOW =
  '原文这一行的数字少于栏数（空白的栏未印出），按数字的位置和勾稽关系确定所在的栏';
const BLANK_POSITION_HOW = '原文这一行的数字少于栏数（空白的栏未印出），按数字的位置推定这一栏空白';
const BLANK_ORDER_HOW = '原文这一行的数字少于栏数，没有栏的位置，按勾稽关系推定这一栏空白';
const ORDER_HOW = '原文这一行的数字少于栏数，没有栏的位置，按勾稽关系确定所在的栏';

/**
 * Rows of text without a grid (PDF text) that printed fewer numbers than cells: where their
 * numbers go is a reading, not what the text shows at each cell — their cells are marked as
 * placed (inferred), so a finding that rests on them is a reading doubt, not the report's error.
 */
function guessedRows(
  inputs: readonly RowInput[],
  readings: ReadonlyMap<string, CellReading>,
): Map<string, string> {
  const placedBy = new Map<string, string>();
  for (const row of inputs) {
    const short = row.taken.length > 0 && row.taken.length < row.cells.length;
    if (!short || row.taken.every((t) => t.grid)) continue;
    const laid = row.taken.some((t) => t.x !== undefined);
    const how = laid ? POSITION_HOW : ORDER_HOW;
    for (const c of row.cells) {
      const kind = readings.get(c.id)?.kind;
      if (kind === 'token') placedBy.set(c.id, how);
      // The columns left without a number are as much a reading as those given one.
      else if (kind === 'blank') placedBy.set(c.id, laid ? BLANK_POSITION_HOW : BLANK_ORDER_HOW);
    }
  }
  return placedBy;
}

/**
 * The other orders of a whole row under which its own sums hold, where they fail as printed left
 * to right; none where they hold or no order makes them hold (the printed reading stands).
 */
function balancingOrders(
  spec: RowSpec,
  taken: readonly NumberToken[],
  equations: readonly Equation[],
): number[][] | undefined {
  const at = new Map(spec.cells.map((c, i) => [c.id, i] as const));
  const own = equations.filter((eq) => equationCells(eq).every((id) => at.has(id)));
  if (own.length === 0) return undefined;
  const fails = (order: readonly number[]) =>
    failures(own, (id) => {
      const cell = at.get(id) ?? -1;
      const token = taken[order.indexOf(cell)];
      const kind = spec.cells[cell]?.kind;
      return token && kind ? tokenValue(token, kind) : null;
    }) > 0;
  if (!fails(taken.map((_, i) => i))) return undefined;
  const orders = movedOne(taken.length).filter((order) => !fails(order));
  return orders.length > 0 ? orders : undefined;
}

/** A number of text without columns or grid (PDF text in reading order): its cell is a reading. */
function unplaced(t: NumberToken): boolean {
  return t.x === undefined && !t.grid;
}

/**
 * The orders a row of n numbers may be printed in when one of its columns is a text block of its
 * own: each cell's number moved to every other place of the stream (token i → cell order[i]).
 */
function movedOne(n: number): number[][] {
  const out: number[][] = [];
  const seen = new Set<string>();
  for (let cell = 0; cell < n; cell++)
    for (let at = 0; at < n; at++) {
      if (at === cell) continue;
      const order = Array.from({ length: n }, (_, i) => i).filter((i) => i !== cell);
      order.splice(at, 0, cell);
      const key = order.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(order);
    }
  return out;
}

const UNSURE_HOW =
  '原文（PDF 文本，没有栏的位置）数字逐个成行，这一行合计不符，而同一表格别处的数字也未能按原样对应到行：这一行的读法不可靠';

/**
 * Text in reading order (no columns, no grid) where the table could not be read as printed
 * elsewhere (numbers left over, cells placed or left open): a row whose own sums fail is then
 * more likely read out of order than printed wrong, so its cells are a reading, not as printed —
 * a finding on them is a reading doubt. (A table read cleanly keeps a failing row as the
 * report's own error.)
 */
function unsureRows(
  inputs: readonly RowInput[],
  readings: ReadonlyMap<string, CellReading>,
  equations: readonly Equation[],
  placedBy: ReadonlyMap<string, string>,
  leftover: number,
): string[] {
  const numbers = inputs.flatMap((row) => row.taken);
  if (equations.length === 0 || numbers.length === 0 || !numbers.every(unplaced)) return [];
  const open = [...readings.values()].some((r) => r.kind === 'ambiguous' || r.kind === 'derived');
  if (leftover === 0 && placedBy.size === 0 && !open) return [];
  const value = readValues(inputs, readings);
  // Rows left open (no reading held, or equal readings differ: resolve-rows): the rest were read
  // in the same unreliable order, and none of them is what a cell printed either.
  const unconfirmed = [...readings.values()].some((r) => r.kind === 'ambiguous');
  return inputs.flatMap((row) => {
    const mine = new Set(row.cells.map((c) => c.id));
    const own = equations.filter((eq) => equationCells(eq).every((id) => mine.has(id)));
    if (!unconfirmed && (own.length === 0 || failures(own, value) === 0)) return [];
    return row.cells.flatMap((c) => (readings.get(c.id)?.kind === 'token' ? [c.id] : []));
  });
}

const APART_HOW =
  '原文（PDF 文本，没有栏的位置）这个数字单独成行，不与行标签同行，按出现的顺序归入这一行';

/**
 * 表二 in PDF text without columns: a number printed on a line of its own, between two labels,
 * may be either label's (a label set in the middle of its cell comes after the number set at the
 * top). 表二 has no equations to settle it: in the rows where that may be so (doubtfulRows),
 * such cells are left blank, noted (readBodyRows).
 */
function apartFromLabels(
  readings: ReadonlyMap<string, CellReading>,
  tokens: readonly Token[],
): string[] {
  const labelled = new Set(tokens.flatMap((t) => (t.kind === 'text' ? [t.line] : [])));
  return [...readings].flatMap(([id, r]) =>
    r.kind === 'token' && !r.token.blank && unplaced(r.token) && !labelled.has(r.token.line)
      ? [id]
      : [],
  );
}

/**
 * The rows of 表二 whose numbers apart from their labels are not their own for sure: a short row
 * (its blanks not printed); and a whole row before a short one, or before a whole row in doubt —
 * it may hold the next row's first number (a label set in the middle of its cell prints after
 * the number set at the top) in place of a blank of its own.
 */
function doubtfulRows(inputs: readonly RowInput[]): Set<number> {
  const out = new Set<number>();
  for (let r = inputs.length - 1; r >= 0; r--) {
    const row = inputs[r];
    const next = inputs[r + 1];
    if (!row) continue;
    if (printedShort(row) || (next && printedShort(next)) || out.has(r + 1)) out.add(r);
  }
  return out;
}

/** Whether a row printed fewer numbers than it has cells (its blanks not printed). */
const printedShort = (row: RowInput) => row.taken.length < row.cells.length;

/** Tables 二 and 三: rows by their labels, with notes on rows missing, short or left over. */
export function readBodyRows(
  template: Template,
  table: 't2' | 't3',
  tokens: readonly Token[],
  /** Every word of a laid-out region, header rows included (表二's headers give its columns). */
  header: readonly Token[] = [],
  /** The page of each source line, where the text marks pages. */
  pages: ReadonlyMap<number, number> = new Map(),
) {
  const name = template.tables[table].name;
  let specs = rowSpecs(template, table);
  let rows = readRows(specs, tokens);
  const hybrid = table === 't3' ? hybridSpecs(template, specs, rows, tokens) : undefined;
  if (hybrid) {
    specs = hybrid.specs;
    rows = readRows(specs, tokens);
  }
  const spans = labelSpans(template, table);
  // The label columns of the table's grid: those before the widest row's numbers.
  const labelColumns =
    template.tables[table].columns -
    Math.max(...specs.map((spec) => spec.cells.reduce((n, c) => n + c.colSpan, 0)));
  // The last field of each grid line with label text in it.
  const equations = tableEquations(template, table);
  const lastText = new Map<number, number>();
  for (const t of tokens)
    if (t.kind === 'text' && t.field !== undefined)
      lastText.set(t.line, Math.max(t.field, lastText.get(t.line) ?? 0));
  const inputs: RowInput[] = specs.map((spec, i) => {
    const taken = rows.taken.get(i) ?? [];
    // A grid line's empty cells right after a label that spans columns are those columns.
    // (Unless the row already dropped them: its line had more cells than the row; or the label's
    // text reaches into them — a converter's label broken over the merged columns.)
    let pads = 0;
    const span = rows.complete.has(i) ? 1 : (spans[i] ?? 1);
    const last = lastText.get(taken[0]?.line ?? -1);
    const room = last === undefined ? span - 1 : Math.min(span - 1, labelColumns - 1 - last);
    while (pads < room && taken[pads]?.raw === '' && taken[pads]?.grid) pads++;
    const own = taken.slice(pads);
    const full = own.length === spec.cells.length && own.every((t) => t.grid);
    const complete = rows.complete.has(i) || full;
    // A whole row of PDF text in reading order (no columns, one number a line): a column printed
    // as a block of its own (the 总计 column) may come before or after the rest of the row.
    // (Only where the row's own sum fails as printed: the other orders are few readings' worth.)
    const loose = !complete && own.length === spec.cells.length && own.every(unplaced);
    const orders = loose ? balancingOrders(spec, own, equations) : undefined;
    return { cells: spec.cells, taken: own, complete, ...(orders ? { orders } : {}) };
  });
  const headers = table === 't2' ? headerLines(header) : undefined;
  const readings = resolveRows(byColumns(inputs, rows, headers, pages), equations);
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
  // (表二's rows are measured on their items' headers: byColumns leaves those open itself.)
  const unmeasuredRows = headers ? 0 : unmeasured(inputs, readings, pages);
  if (unmeasuredRows > 0)
    notes.push(
      `${name} 有 ${unmeasuredRows} 行的数字少于栏数，所在的页没有印全各栏的行可以确定栏的位置（PDF 文本每页的栏距不同），留空，请对照原文填写`,
    );
  const distrusted = distrust(inputs, readings, equations, rows.leftover.length);
  if (distrusted > 0 && rows.leftover.length === 0)
    notes.push(
      `${name} 有 ${distrusted} 行的数字少于栏数且分在几行（PDF 文本没有列位置），无法确定所在的栏，留空，请对照原文填写`,
    );
  else if (distrusted > 0)
    notes.push(
      `${name} 有 ${rows.leftover.length} 个数字无法对应到行${equations.length > 0 ? '，且勾稽关系不成立' : ''}：数字少于栏数、不在同一行或本行合计不符的 ${distrusted} 行读法不可靠，留空，请对照原文填写`,
    );
  // Several labels before one row of numbers: the numbers went to the nearest label (the last);
  // the labels before it are rows with nothing printed beside them.
  const bare = rows.short.filter(
    (s) => s.got === 0 && s.spec.cells.every((c) => readings.get(c.id)?.kind === 'none'),
  );
  const firstBare = bare[0];
  if (firstBare && rows.taken.size > 0)
    notes.push(
      `${name} 有 ${bare.length} 行只有行标签、没有数字（如 ${firstBare.spec.name}）：几个行标签后只有一行数字时，数字归入最近的行标签，这些行留空，请核对`,
    );
  if (rows.taken.size > 0) {
    for (const spec of rows.missing) {
      if (!rows.unlabelled.has(specs.indexOf(spec))) notes.push(`${spec.name}：未找到这一行，留空`);
    }
  }
  if (rows.leftover.length > 0) {
    const numbers = rows.leftover.map((n) => n.raw).join(' ');
    notes.push(`${name} 有 ${rows.leftover.length} 个数字无法对应到行：${numbers}`);
  }
  const placedBy = guessedRows(inputs, readings);
  for (const id of unsureRows(inputs, readings, equations, placedBy, rows.leftover.length))
    placedBy.set(id, UNSURE_HOW);
  // (Only where some row printed fewer numbers than cells: a row each number short, any label
  // may own the number beside it; every row whole, each label's numbers are those after it.)
  // …and 表二 has no equations to say which: such a number is not placed but left blank, noted.
  if (table === 't2' && inputs.some(printedShort)) {
    const doubtful = doubtfulRows(inputs);
    const cellRow = new Map(inputs.flatMap((row, r) => row.cells.map((c) => [c.id, r] as const)));
    for (const id of apartFromLabels(readings, tokens))
      if (doubtful.has(cellRow.get(id) ?? -1)) readings.set(id, { kind: 'ambiguous' });
      else placedBy.set(id, APART_HOW);
  }
  for (const i of rows.unlabelled)
    for (const c of specs[i]?.cells ?? []) placedBy.set(c.id, UNLABELLED);
  if (!hybrid) return { ...rows, readings, notes, placedBy };
  for (const c of specs[hybrid.into]?.cells ?? []) placedBy.set(c.id, hybrid.how);
  // The group's other rows are not in a table of this kind: blank, with one note for them all.
  const absent = hybrid.absent.map((i) => `${specs[i]?.name ?? ''}：`);
  const kept = notes.filter((n) => !absent.some((a) => n.startsWith(a)));
  return {
    ...rows,
    readings,
    notes: [`${name} ${hybrid.how}，${hybrid.blank} 行留空`, ...kept],
    placedBy,
  };
}
