/**
 * The rows of a table read into cell readings: 表二 and 表三 by their labels (match-rows.ts), then
 * — where PDF text leaves that reading short — by 表二's items or by bands the equations confirm;
 * 表四's one row of fifteen numbers. Short rows are settled by the equations (resolve-rows.ts).
 */
import { cellsOf } from '../../cells';
import { equationCells, equationsOf, type Equation } from '../../rules/equations';
import type { TableId, Template } from '../../template-types';
import { labelKey } from '../normalize';
import { BANDS_HOW, readByBands } from './band-read';
import type { NumberToken } from './locate-labels';
import { readRows, type RowsRead } from './match-rows';
import { resolveRows, type RowInput } from './resolve-rows';
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
export function readTable4(template: Template, tokens: readonly Token[]) {
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
export function readBodyRows(template: Template, table: 't2' | 't3', tokens: readonly Token[]) {
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
