/**
 * Blank cells the tables' equations determine. A published table often leaves cells blank: zeros,
 * or a whole 总计 column whose figures the reader is trusted to add up. A blank is not a zero: where
 * the equations of the whole table (rows and columns together) give a blank cell one value, it gets
 * that value, marked inferred; a blank they make 0 stays blank (blank and 0 print alike); a blank two
 * equations give different values stays blank, with a note (the report has an error there, or the
 * reading does); a blank they do not determine stays blank.
 */
import { cellsOf } from '../../cells';
import { equationCells, equationsOf, type Equation } from '../../equations';
import { parseCell } from '../../number';
import type { CellSource } from '../../provenance';
import type { CellValue } from '../../report';
import type { Template } from '../../template-types';

type Known = Map<string, number>;

/** The values an equation gives its unknown cells (one unknown, or all parts 0), with the cell. */
function forced(eq: Equation, known: Known, unknown: ReadonlySet<string>): [string, number][] {
  const cells = equationCells(eq);
  const open = cells.filter((id) => unknown.has(id) && !known.has(id));
  if (open.length === 0) return [];
  if (cells.some((id) => !known.has(id) && !unknown.has(id))) return []; // an invalid cell
  const value = (id: string) => known.get(id) ?? 0;
  const plus = eq.plus.reduce((s, id) => s + value(id), 0);
  const minus = eq.minus.reduce((s, id) => s + value(id), 0);
  const target = known.get(eq.target);
  if (open.length === 1) {
    const id = open[0] ?? '';
    const v =
      id === eq.target
        ? plus - minus
        : eq.plus.includes(id)
          ? (target ?? 0) - plus + minus
          : plus - minus - (target ?? 0);
    return v >= 0 ? [[id, v]] : [];
  }
  // Several unknowns, all on one side of a sum the knowns already make: each of them is 0.
  if (target === undefined) return [];
  const onPlus = open.every((id) => eq.plus.includes(id));
  const onMinus = open.every((id) => eq.minus.includes(id));
  if ((onPlus || onMinus) && plus - minus === target) return open.map((id) => [id, 0]);
  return [];
}

/** What deriving found: the cells given a value, and those two equations disagree on. */
export interface Derived {
  readonly values: ReadonlyMap<string, { value: number; formula: string }>;
  readonly conflicts: ReadonlyMap<string, readonly number[]>;
}

/** Give the unknowns every value the equations force, to a fixpoint; conflicts are left out. */
function propagate(
  equations: readonly Equation[],
  known: Known,
  unknown: ReadonlySet<string>,
  values: Map<string, { value: number; formula: string }>,
  conflicts: Map<string, number[]>,
): void {
  for (let changed = true; changed;) {
    changed = false;
    const found = new Map<string, { value: number; formula: string }[]>();
    for (const eq of equations) {
      for (const [id, value] of forced(eq, known, unknown)) {
        if (conflicts.has(id)) continue;
        found.set(id, [...(found.get(id) ?? []), { value, formula: eq.formula }]);
      }
    }
    for (const [id, list] of found) {
      const distinct = [...new Set(list.map((f) => f.value))];
      const first = list[0];
      if (distinct.length > 1 || !first) {
        conflicts.set(id, distinct);
        continue;
      }
      known.set(id, first.value);
      values.set(id, first);
      changed = true;
    }
  }
}

/** Whether every equation whose cells are all known holds. */
function holds(equations: readonly Equation[], known: Known): boolean {
  return equations.every((eq) => {
    const cells = equationCells(eq);
    if (cells.some((id) => !known.has(id))) return true;
    const v = (id: string) => known.get(id) ?? 0;
    return (
      v(eq.target) ===
      eq.plus.reduce((s, id) => s + v(id), 0) - eq.minus.reduce((s, id) => s + v(id), 0)
    );
  });
}

/**
 * Derive the blank cells of the tables' equations from the cells read (see the module doc). Where
 * the equations alone leave blanks open, the reading "a blank part is 0" (a table that leaves its
 * zeros blank) is tried: it is taken when it leaves no equation failing and no conflict, and the
 * totals it then determines are derived.
 */
export function deriveBlanks(
  template: Template,
  cells: Readonly<Record<string, CellValue>>,
  /** Blank as printed (not a cell the reader could not read): only these may be read as 0. */
  printedBlank: (id: string) => boolean = () => true,
): Derived {
  const infos = cellsOf(template);
  const known: Known = new Map();
  const unknown = new Set<string>();
  const equations = equationsOf(template);
  for (const eq of equations) {
    for (const id of equationCells(eq)) {
      const parsed = parseCell(cells[id] ?? null, infos.get(id)?.kind ?? 'count');
      if (!parsed.ok) continue;
      if (parsed.value === null) unknown.add(id);
      else known.set(id, parsed.value);
    }
  }
  const values = new Map<string, { value: number; formula: string }>();
  const conflicts = new Map<string, number[]>();
  propagate(equations, known, unknown, values, conflicts);
  const open = [...unknown].filter((id) => !known.has(id) && !conflicts.has(id));
  const totals = new Set(equations.map((eq) => eq.target));
  const parts = open.filter((id) => !totals.has(id) && printedBlank(id));
  if (parts.length > 0 && conflicts.size === 0) {
    const zeroKnown: Known = new Map(known);
    for (const id of parts) zeroKnown.set(id, 0);
    const zeroValues = new Map(values);
    const zeroConflicts = new Map<string, number[]>();
    propagate(equations, zeroKnown, unknown, zeroValues, zeroConflicts);
    if (zeroConflicts.size === 0 && holds(equations, zeroKnown)) {
      for (const id of parts) zeroValues.set(id, { value: 0, formula: '空白即 0' });
      return { values: zeroValues, conflicts };
    }
  }
  return { values, conflicts };
}

/**
 * The cells and provenance with the derived blanks filled in (a blank derived as 0 stays blank),
 * and a note per table on what was derived and what stays blank for a conflict.
 */
export function fillDerived(
  template: Template,
  cells: Record<string, CellValue>,
  provenance: Record<string, CellSource>,
): string[] {
  const infos = cellsOf(template);
  const { values, conflicts } = deriveBlanks(
    template,
    cells,
    (id) => provenance[id]?.source === 'printed',
  );
  const notes: string[] = [];
  const filled = new Map<string, string[]>();
  for (const [id, { value, formula }] of values) {
    const printedBlank = provenance[id]?.source === 'printed';
    if (value === 0 && printedBlank) continue;
    // A blank that is itself a reading (a short row's column left without a number) stays blank
    // and noted: the equations around it rest on the same guess.
    if (provenance[id]?.source === 'inferred') continue;
    const where = printedBlank ? '原文空白' : '原文中未能读出';
    cells[id] = value;
    provenance[id] = { source: 'inferred', how: `${where}，按 ${formula} 推算为 ${value}` };
    const table = template.tables[infos.get(id)?.table ?? 't3'].name;
    filled.set(table, [...(filled.get(table) ?? []), id]);
  }
  for (const [table, ids] of filled) {
    const first = ids[0] ?? '';
    const how = provenance[first]?.source === 'inferred' ? provenance[first].how : '';
    notes.push(
      `${table} 有 ${ids.length} 个空白单元格按勾稽关系推算（如 ${infos.get(first)?.name ?? first}：${how}），请核对`,
    );
  }
  markNonzeroTotals(template, cells, provenance);
  for (const [id, list] of conflicts) {
    notes.push(
      `${template.tables[infos.get(id)?.table ?? 't3'].name} ${infos.get(id)?.name ?? id}：原文空白，按不同的勾稽关系应为 ${list.join(' 或 ')}，无法确定，留空`,
    );
  }
  return notes;
}

/** How a blank total is read whose own sum has a figure in it: it is not a zero printed blank. */
const NONZERO_TOTAL_HOW =
  '原文空白，但它所合计的数字中有不为 0 的，这一合计不是 0；勾稽关系不能唯一推算，留空';

/**
 * A total printed blank that deriving left open, on a page that leaves a whole 总计 column blank:
 * if a part of its own sum (one without subtrahends) is printed and not 0, the blank cannot be
 * the printed zero BLANK_CELL says it "may be". It is marked as not read (a reading doubt) instead,
 * so the reviewer is asked for the figure, not told it may be 0.
 */
function markNonzeroTotals(
  template: Template,
  cells: Readonly<Record<string, CellValue>>,
  provenance: Record<string, CellSource>,
): void {
  const infos = cellsOf(template);
  const positive = (id: string) => {
    const parsed = parseCell(cells[id] ?? null, infos.get(id)?.kind ?? 'count');
    return parsed.ok && parsed.value !== null && parsed.value > 0;
  };
  for (const eq of equationsOf(template)) {
    const id = eq.target;
    if (cells[id] !== null && cells[id] !== undefined && cells[id] !== '') continue;
    if (provenance[id]?.source !== 'printed') continue;
    if (eq.minus.length > 0 || !eq.plus.some(positive)) continue;
    provenance[id] = { source: 'inferred', how: NONZERO_TOTAL_HOW };
  }
}
