/**
 * The table's equations as the referee of an OCR reading. A misread number breaks the equations it
 * is in; a cell in a failing row equation and a failing column equation is located, and when one
 * value satisfies every failing equation it is in, that value is proposed. A failing equation
 * whose cells could not be narrowed down puts all its cells in doubt. Confidence alone does not
 * do this (a "1" read as "7" came at 0.82).
 */
import { equationCells, equationsOf, type Equation } from '../../equations';
import type { Report } from '../../report';
import { getTemplate } from '../../templates';
import { readValues, type Values } from '../../values';

/** A cell the equations put in doubt, the reason in Chinese, and the value they call for. */
export interface RefereeCall {
  readonly cell: string;
  readonly reason: string;
  readonly proposed?: number;
}

/** Exact sums in ten-thousandths (amounts have at most four decimals in 万元; counts are whole). */
const SCALE = 10_000;
const scaled = (n: number) => Math.round(n * SCALE);

/** How far an equation is off: target − (Σ plus − Σ minus), in SCALE units. */
function residual(eq: Equation, values: Values): number {
  const sum = (ids: readonly string[]) => ids.reduce((s, id) => s + scaled(values.num(id)), 0);
  return scaled(values.num(eq.target)) - (sum(eq.plus) - sum(eq.minus));
}

/** The value `cell` must have for `eq` to hold, the other cells as read. */
function valueFor(eq: Equation, cell: string, values: Values, off: number): number {
  const now = scaled(values.num(cell));
  const wanted = eq.target === cell ? now - off : eq.plus.includes(cell) ? now + off : now - off;
  return wanted / SCALE;
}

/** The cells the equations put in doubt in a report read by OCR. */
export function refereeCalls(report: Report): RefereeCall[] {
  const template = getTemplate(report.template);
  const values = readValues(template, report);
  const failing = equationsOf(template)
    .map((eq) => ({ eq, off: residual(eq, values) }))
    .filter((f) => f.off !== 0);
  const byCell = new Map<string, typeof failing>();
  for (const f of failing) {
    for (const id of equationCells(f.eq)) byCell.set(id, [...(byCell.get(id) ?? []), f]);
  }
  const calls = new Map<string, RefereeCall>();
  for (const [cell, list] of byCell) {
    if (list.length < 2) continue;
    const wanted = new Set(list.map((f) => valueFor(f.eq, cell, values, f.off)));
    const [only] = wanted;
    const formulas = list.map((f) => f.eq.formula).join('、');
    calls.set(
      cell,
      wanted.size === 1 && only !== undefined && only >= 0
        ? { cell, reason: `${formulas}都不成立，改为 ${only} 时都成立`, proposed: only }
        : { cell, reason: `${formulas}都不成立，这一格处在它们的交叉处` },
    );
  }
  for (const { eq } of failing) {
    const cells = equationCells(eq);
    if (cells.some((id) => calls.has(id))) continue;
    for (const id of cells)
      calls.set(id, { cell: id, reason: `${eq.formula}不成立，未能定位是哪一格` });
  }
  return [...calls.values()];
}

/**
 * For each cell in an equation: how many of its equations hold and how many fail, as read now. An
 * equation all of whose cells are blank holds trivially (0 = 0) and says nothing: it counts as
 * neither — a row OCR missed whole must not vouch for its own blanks.
 */
export function equationTally(report: Report): Map<string, { holding: number; failing: number }> {
  const template = getTemplate(report.template);
  const values = readValues(template, report);
  const read = (id: string) => {
    const v = report.cells[id];
    return v !== null && v !== undefined && String(v).trim() !== '';
  };
  const tally = new Map<string, { holding: number; failing: number }>();
  for (const eq of equationsOf(template)) {
    const cells = equationCells(eq);
    const holds = residual(eq, values) === 0;
    if (holds && !cells.some(read)) continue;
    for (const id of cells) {
      const now = tally.get(id) ?? { holding: 0, failing: 0 };
      tally.set(
        id,
        holds ? { ...now, holding: now.holding + 1 } : { ...now, failing: now.failing + 1 },
      );
    }
  }
  return tally;
}

/**
 * Whether the equations vouch for a cell as read: every equation it is in holds, and a blank cell
 * is in two or more (a row's and a column's) — one-glyph numbers ("0", "1") are the ones OCR
 * misses, and a missed total and a missed part can cancel in one equation, not in two.
 */
export function vouched(
  tally: { holding: number; failing: number } | undefined,
  blank: boolean,
): boolean {
  return tally !== undefined && tally.failing === 0 && tally.holding >= (blank ? 2 : 1);
}
