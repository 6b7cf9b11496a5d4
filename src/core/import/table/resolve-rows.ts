/**
 * The balance rules verify the reading. Where a row printed fewer numbers than it has cells, every
 * placement of them is tried, and the table's own equations (row sums, 办理结果 sum, 表四 group
 * sums) choose: the reading under which most of them hold. A cell a row did not print is derived
 * when its row's equation determines it. A report whose equations no reading satisfies keeps its
 * errors; where readings that satisfy them equally differ, the cells stay blank, never guessed.
 */
import { parseCell } from '../../number';
import type { CellKind } from '../../template-types';
import type { Equation } from '../../equations';
import type { NumberToken } from './locate-labels';
import { placements, type Placement } from './placements';

/** One row as read: its cells in column order and the numbers it took. */
export interface RowInput {
  readonly cells: readonly { readonly id: string; readonly kind: CellKind }[];
  readonly taken: readonly NumberToken[];
  /** The grid line was complete: its positions are the columns. */
  readonly complete: boolean;
  /** Other orders the row's text may list its cells in (token i → cell orders[k][i]). */
  readonly orders?: readonly (readonly number[])[];
}

/** How a cell's value was arrived at. */
export type CellReading =
  | { readonly kind: 'token'; readonly token: NumberToken; readonly moved: boolean }
  | { readonly kind: 'derived'; readonly value: number; readonly formula: string }
  | { readonly kind: 'ambiguous' }
  /** An empty cell a grid line lost at its end (Word's "save as text" drops them). */
  | { readonly kind: 'blank' }
  | { readonly kind: 'none' };

type Values = Map<string, number | null>;

interface Candidate {
  readonly placement: Placement;
  readonly values: Values;
  readonly derived: ReadonlyMap<string, string>;
}

const MAX_COMBINATIONS = 20_000;

export function tokenValue(token: NumberToken, kind: CellKind): number | null {
  const parsed = parseCell(token.raw, kind);
  return parsed.ok ? parsed.value : Number.NaN;
}

/** Values the row's own equations determine for the cells it did not print. */
function derive(values: Values, own: readonly Equation[]): Map<string, string> {
  const derived = new Map<string, string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const eq of own) {
      const unknown = [eq.target, ...eq.plus].filter((id) => !values.has(id));
      if (unknown.length === 0) continue;
      const known = eq.plus.filter((id) => values.has(id)).map((id) => values.get(id) ?? 0);
      const sum = known.reduce((a, b) => a + b, 0);
      const target = values.get(eq.target);
      const set = (id: string, v: number) => {
        values.set(id, v);
        derived.set(id, eq.formula);
        changed = true;
      };
      if (unknown.length === 1 && unknown[0] === eq.target) set(eq.target, sum);
      else if (target !== undefined && target !== null && sum === target) {
        // The printed parts already make the total: the parts not printed are zero.
        for (const id of unknown) set(id, 0);
      } else if (unknown.length === 1 && target !== undefined && target !== null) {
        const rest = target - sum;
        if (rest >= 0) set(unknown[0] ?? '', rest);
      }
    }
  }
  return derived;
}

function candidatesOf(row: RowInput, own: readonly Equation[]): Candidate[] {
  const list =
    own.length === 0
      ? placements(row.cells.length, row.taken, true)
      : placements(row.cells.length, row.taken, row.complete, row.orders);
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const placement of list) {
    const values: Values = new Map();
    for (const [i, token] of placement.at) {
      const cell = row.cells[i];
      if (cell) values.set(cell.id, tokenValue(token, cell.kind));
    }
    // A grid line lost only empty cells at its end: they were blank, and a total among them is
    // what the row's equation gives.
    if (row.taken.length > 0 && row.taken.every((t) => t.grid)) {
      const targets = new Set(own.map((eq) => eq.target));
      for (const cell of row.cells)
        if (!values.has(cell.id) && !targets.has(cell.id)) values.set(cell.id, null);
    }
    const derived = derive(values, own);
    // Readings that differ only in which zero is printed blank are the same reading.
    const key = row.cells.map((c) => values.get(c.id) ?? 0).join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ placement, values, derived });
  }
  return out;
}

export function failures(
  equations: readonly Equation[],
  value: (id: string) => number | null,
): number {
  let n = 0;
  for (const eq of equations) {
    const expected =
      eq.plus.reduce((s, id) => s + (value(id) ?? 0), 0) -
      eq.minus.reduce((s, id) => s + (value(id) ?? 0), 0);
    const actual = value(eq.target);
    if ((actual ?? 0) !== expected || (actual === null && expected !== 0)) n++;
  }
  return n;
}

const MAX_TIES = 2_000;

/** The best choice per row (index into its candidates), and the rows where equal bests differ. */
function choose(
  rows: readonly Candidate[][],
  equations: readonly Equation[],
): { pick: number[]; unsure: Set<number> } {
  const pick = rows.map(() => 0);
  const owner = new Map<string, number>();
  rows.forEach((list, r) => {
    for (const id of list[0]?.values.keys() ?? []) owner.set(id, r);
    for (const c of list) for (const id of c.values.keys()) owner.set(id, r);
  });
  const value = (id: string): number | null => {
    const r = owner.get(id);
    if (r === undefined) return null;
    return rows[r]?.[pick[r] ?? 0]?.values.get(id) ?? null;
  };
  const open = rows.flatMap((list, r) => (list.length > 1 ? [r] : []));
  const rank = () => open.reduce((s, r) => s + (rows[r]?.[pick[r] ?? 0]?.placement.rank ?? 0), 0);
  const combos = open.reduce((p, r) => p * (rows[r]?.length ?? 1), 1);
  const unsure = new Set<number>();
  if (open.length === 0) return { pick, unsure };
  if (combos <= MAX_COMBINATIONS) {
    let bestFail = Number.POSITIVE_INFINITY;
    let bestRank = Number.POSITIVE_INFINITY;
    let bestPick = [...pick];
    let ties: number[][] = [];
    const visit = (k: number) => {
      if (k === open.length) {
        const f = failures(equations, value);
        if (f > bestFail) return;
        if (f < bestFail) [bestFail, bestRank, ties] = [f, Number.POSITIVE_INFINITY, []];
        if (ties.length < MAX_TIES) ties.push([...pick]);
        const rk = rank();
        if (rk < bestRank) [bestRank, bestPick] = [rk, [...pick]];
        return;
      }
      const r = open[k] ?? 0;
      for (let c = 0; c < (rows[r]?.length ?? 0); c++) {
        pick[r] = c;
        visit(k + 1);
      }
      pick[r] = 0;
    };
    visit(0);
    bestPick.forEach((c, r) => (pick[r] = c));
    for (const r of open) if (new Set(ties.map((t) => t[r])).size > 1) unsure.add(r);
    return { pick, unsure };
  }
  // Too many combinations: improve one row at a time until no row can do better.
  for (let improved = true; improved;) {
    improved = false;
    for (const r of open) {
      const start = pick[r] ?? 0;
      const scores = (rows[r] ?? []).map((_, c) => {
        pick[r] = c;
        return failures(equations, value);
      });
      const low = Math.min(...scores);
      const best = scores.findIndex((f) => f === low);
      pick[r] = scores[start] === low ? start : best;
      if (scores[start] !== low) improved = true;
      if (scores.filter((f) => f === low).length > 1) unsure.add(r);
      else unsure.delete(r);
    }
  }
  return { pick, unsure };
}

/** Every cell of the rows with how it was read; equations are those of the table. */
export function resolveRows(
  rows: readonly RowInput[],
  equations: readonly Equation[],
): Map<string, CellReading> {
  const ids = (row: RowInput) => new Set(row.cells.map((c) => c.id));
  const candidates = rows.map((row) => {
    const mine = ids(row);
    const own = equations.filter(
      (eq) => eq.minus.length === 0 && [eq.target, ...eq.plus].every((id) => mine.has(id)),
    );
    return candidatesOf(row, own);
  });
  const { pick, unsure: tied } = choose(candidates, equations);
  // A row that printed all its numbers has a reading of its own: another order of them is taken
  // only where the equations hold better (the tie goes to the plain reading), never left blank.
  const unsure = new Set(
    [...tied].filter((r) => (rows[r]?.taken.length ?? 0) < (rows[r]?.cells.length ?? 0)),
  );
  const out = new Map<string, CellReading>();
  rows.forEach((row, r) => {
    const list = candidates[r] ?? [];
    const chosen = list[pick[r] ?? 0];
    const plain = list[0];
    row.cells.forEach((cell, i) => {
      if (
        unsure.has(r) &&
        list.some((c) => (c.values.get(cell.id) ?? 0) !== (chosen?.values.get(cell.id) ?? 0))
      ) {
        out.set(cell.id, { kind: 'ambiguous' });
        return;
      }
      const token = chosen?.placement.at.get(i);
      const formula = chosen?.derived.get(cell.id);
      if (token) {
        const moved = plain?.placement.at.get(i) !== token;
        out.set(cell.id, { kind: 'token', token, moved });
      } else if (formula !== undefined) {
        out.set(cell.id, { kind: 'derived', value: chosen?.values.get(cell.id) ?? 0, formula });
      } else if (chosen?.values.has(cell.id)) out.set(cell.id, { kind: 'blank' });
      else out.set(cell.id, { kind: 'none' });
    });
  });
  return out;
}
