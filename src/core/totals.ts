/**
 * Computed totals: 表三's 总计 column and （七）总计 row, 表四's three 总计. Each total is the sum of
 * its parts by the balance equations, so a computed total can never break T3_ROW_SUM,
 * T3_RESULT_SUM or T4_SUM.
 */
import { cellsOf } from './cells';
import { cellValue } from './number';
import type { CellValue } from './report';
import { equationsOf, type Equation } from './equations';
import type { TableId, Template } from './template-types';

/** Tables whose totals the page can compute. */
export const TOTAL_TABLES = ['t3', 't4'] as const satisfies readonly TableId[];
export type TotalTable = (typeof TOTAL_TABLES)[number];

/** Whether a table's totals are computed ('auto', the default) or typed ('manual'). */
export type TotalsMode = 'auto' | 'manual';

const cache = new WeakMap<Template, ReadonlyMap<string, Equation>>();

/** For every total cell, the equation that computes it (its parts may be totals themselves). */
export function totalEquations(template: Template): ReadonlyMap<string, Equation> {
  const known = cache.get(template);
  if (known) return known;
  const map = new Map<string, Equation>();
  // Row sums first: （七）总计's 总计 is then the sum of the computed （七）总计 row.
  for (const eq of equationsOf(template)) {
    if (eq.rule === 'T3_ROW_SUM' || eq.rule === 'T4_SUM') map.set(eq.target, eq);
  }
  for (const eq of equationsOf(template)) {
    if (eq.rule === 'T3_RESULT_SUM' && !map.has(eq.target)) map.set(eq.target, eq);
  }
  cache.set(template, map);
  return map;
}

const inputsCache = new WeakMap<Template, Map<string, readonly string[]>>();

/** The typed cells a total depends on, through other totals (computed once per cell). */
export function totalInputs(template: Template, id: string): readonly string[] {
  let known = inputsCache.get(template);
  if (!known) {
    known = new Map<string, readonly string[]>();
    inputsCache.set(template, known);
  }
  const cached = known.get(id);
  if (cached) return cached;
  const eq = totalEquations(template).get(id);
  const inputs = eq ? eq.plus.flatMap((part) => totalInputs(template, part)) : [id];
  known.set(id, inputs);
  return inputs;
}

/**
 * The value of a total from typed values: the sum of its inputs; null when all are blank;
 * undefined when one of them is not a valid number.
 */
export function computeTotal(
  template: Template,
  id: string,
  read: (id: string) => unknown,
): number | null | undefined {
  const cells = cellsOf(template);
  let sum = 0;
  let any = false;
  for (const input of totalInputs(template, id)) {
    const value = cellValue(read(input), cells.get(input)?.kind ?? 'count');
    if (value === undefined) return undefined;
    if (value !== null) {
      sum += value;
      any = true;
    }
  }
  return any ? sum : null;
}

/** Is this cell a total of a table whose totals are computed? */
export function isComputed(
  template: Template,
  id: string,
  modes: Partial<Record<TotalTable, TotalsMode>>,
): boolean {
  if (!totalEquations(template).has(id)) return false;
  const table = cellsOf(template).get(id)?.table;
  return (table === 't3' || table === 't4') && (modes[table] ?? 'auto') === 'auto';
}

/** Cells with every computed total filled in (an invalid input leaves its totals as they were). */
export function fillTotals(
  template: Template,
  cells: Readonly<Record<string, CellValue>>,
  modes: Partial<Record<TotalTable, TotalsMode>>,
): Record<string, CellValue> {
  const out: Record<string, CellValue> = { ...cells };
  for (const id of totalEquations(template).keys()) {
    if (!isComputed(template, id, modes)) continue;
    const value = computeTotal(template, id, (input) => cells[input]);
    if (value !== undefined) out[id] = value;
  }
  return out;
}

/** The modes a loaded report implies: 'manual' for a table whose totals differ from their sums. */
export function inferTotalsModes(
  template: Template,
  cells: Readonly<Record<string, CellValue>>,
): Record<TotalTable, TotalsMode> {
  const modes: Record<TotalTable, TotalsMode> = { t3: 'auto', t4: 'auto' };
  for (const id of totalEquations(template).keys()) {
    const table = cellsOf(template).get(id)?.table;
    if (table !== 't3' && table !== 't4') continue;
    const computed = computeTotal(template, id, (input) => cells[input]);
    if (computed === undefined || computed !== (cells[id] ?? null)) modes[table] = 'manual';
  }
  return modes;
}
