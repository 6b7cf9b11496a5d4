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
import { fails, pickEquations } from './pick-equations';
import { placements, type Placement } from './placements';

/** One row as read: its cells in column order and the numbers it took. */
export interface RowInput {
  readonly cells: readonly { readonly id: string; readonly kind: CellKind }[];
  readonly taken: readonly NumberToken[];
  /** The grid line was complete: its positions are the columns. */
  readonly complete: boolean;
  /** Other orders the row's text may list its cells in (token i → cell orders[k][i]). */
  readonly orders?: readonly (readonly number[])[];
  /**
   * The placements the numbers' columns allow (laid-out text, columns.ts), closest first: the
   * cells they leave out were printed blank.
   */
  readonly positioned?: readonly Placement[];
  /** The placements with each number allowed one column either side (see `wide`). */
  readonly widened?: readonly Placement[];
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

/** A number token's value for a cell of this kind (NaN when it is not a valid number). */
export function tokenValue(token: NumberToken, kind: CellKind): number | null {
  // The searches below score thousands of readings of the same few hundred tokens: parse each
  // token once per kind (a PDF's band search spent most of its time re-parsing).
  let byKind = parsedTokens.get(token);
  if (!byKind) parsedTokens.set(token, (byKind = new Map<CellKind, number | null>()));
  const known = byKind.get(kind);
  if (known !== undefined) return known;
  const parsed = parseCell(token.raw, kind);
  // A printed "none" mark ("—", "/", "无") is 0, an empty grid cell blank (as cell-reading reads them).
  const mark = token.blank ? (token.raw === '' ? null : 0) : undefined;
  const value = mark !== undefined ? mark : parsed.ok ? parsed.value : Number.NaN;
  byKind.set(kind, value);
  return value;
}

const parsedTokens = new WeakMap<NumberToken, Map<CellKind, number | null>>();

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

/**
 * The readings of a row. `wide`: a laid-out row's columns read elsewhere as well — pdftotext
 * -layout pushes a line to the right where a label overflows — after those of its positions.
 */
function candidatesOf(
  row: RowInput,
  own: readonly Equation[],
  wide = false,
  totalsPrinted = false,
  /** Called when the row's parts are placed by the equations alone (no columns say where). */
  onGuess: () => void = () => undefined,
): Candidate[] {
  const all = candidateList(row, own, wide);
  const total = totalsPrinted ? printedTotal(row, own) : undefined;
  if (total === undefined) return all;
  const last = row.taken[row.taken.length - 1];
  const keep = all.filter((c) => c.placement.at.get(total) === last);
  if (keep.length > 0) return keep;
  // No column the positions allow puts it there: the total is sure, its parts' columns are not.
  onGuess();
  const parts = placements(total, row.taken.slice(0, -1), false).map((p) => ({
    at: new Map([...p.at, [total, last as NumberToken]]),
    rank: p.rank,
  }));
  return candidateList({ ...row, positioned: parts }, own, false);
}

/**
 * The row's total cell when the row printed short and its last number is the sum of the others:
 * that number is the printed total (in a table that prints its totals), never a part whose total
 * the equations would then derive as twice the sum.
 */
function printedTotal(row: RowInput, own: readonly Equation[]): number | undefined {
  const n = row.cells.length;
  const last = row.cells[n - 1];
  if (row.taken.length < 2 || row.taken.length >= n || !last) return undefined;
  if (!own.some((eq) => eq.target === last.id)) return undefined;
  return sumsToLast(row) ? n - 1 : undefined;
}

/** Whether a row's last number is the sum of the numbers before it (and not 0). */
function sumsToLast(row: RowInput): boolean {
  const kind = row.cells[row.cells.length - 1]?.kind ?? 'count';
  const values = row.taken.map((t) => tokenValue(t, kind));
  if (values.some((v) => v === null || Number.isNaN(v))) return false;
  const last = values[values.length - 1] ?? 0;
  // (A row of zeros says nothing: every reading of it is the same.)
  return last > 0 && values.slice(0, -1).reduce<number>((a, v) => a + (v ?? 0), 0) === last;
}

/**
 * Whether the table prints its row totals: most rows that printed two numbers or more end with
 * the sum of the others (a table whose 总计 column is blank has few such rows, by chance).
 */
function printsTotals(rows: readonly RowInput[], owns: readonly (readonly Equation[])[]): boolean {
  const voting = rows.filter(
    (row, r) =>
      row.taken.length >= 2 &&
      (owns[r] ?? []).some((eq) => eq.target === row.cells[row.cells.length - 1]?.id),
  );
  const summing = voting.filter(sumsToLast).length;
  return voting.length >= 4 && summing >= 0.75 * voting.length;
}

function candidateList(row: RowInput, own: readonly Equation[], wide: boolean): Candidate[] {
  const positioned = row.positioned ?? [];
  // pdftotext pushes a line by a column, not more: each number may move one column either way.
  const others = wide
    ? (row.widened ?? placements(row.cells.length, row.taken, false)).map((p) => ({
        ...p,
        rank: p.rank + positioned.length,
      }))
    : [];
  const list = row.positioned
    ? [...positioned, ...others]
    : own.length === 0
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
    // A grid line lost only empty cells at its end, or a laid-out row printed some columns
    // empty: they were blank, and a total among them is what the row's equation gives.
    if (row.positioned || (row.taken.length > 0 && row.taken.every((t) => t.grid))) {
      // A laid-out row that printed nothing is blank throughout, its total too.
      const targets = new Set(row.taken.length === 0 ? [] : own.map((eq) => eq.target));
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
  // A number that is no valid value of a cell (a decimal in a count) is not in that cell, unless
  // no placement reads it validly (then the report's own bad value is kept and reported).
  const valid = out.filter((c) => ![...c.values.values()].some((v) => Number.isNaN(v)));
  return valid.length > 0 ? valid : out;
}

/** How many of the equations fail under these values. */
export function failures<K = string>(
  equations: readonly { target: K; plus: readonly K[]; minus: readonly K[] }[],
  value: (id: K) => number | null,
): number {
  let n = 0;
  for (const eq of equations) if (fails(eq, value)) n++;
  return n;
}

const MAX_TIES = 2_000;
/** How many two-row changes the search of a large table tries in all. */
const MAX_PAIR_TRIES = 400_000;

interface Choice {
  readonly pick: number[];
  /** Rows where equally good readings differ: the candidates that tie. */
  readonly unsure: Map<number, Set<number>>;
  /** Equations that fail under the pick. */
  readonly fail: number;
  /** Every combination was tried (else the pick is one the search found, not the only one). */
  readonly exhaustive: boolean;
}

/** The best choice per row (index into its candidates), and the rows where equal bests differ. */
function choose(rows: readonly Candidate[][], equations: readonly Equation[]): Choice {
  const pick = rows.map(() => 0);
  const eqs = pickEquations(rows, equations, pick);
  const open = rows.flatMap((list, r) => (list.length > 1 ? [r] : []));
  const rank = () => open.reduce((s, r) => s + (rows[r]?.[pick[r] ?? 0]?.placement.rank ?? 0), 0);
  const combos = open.reduce((p, r) => p * (rows[r]?.length ?? 1), 1);
  const unsure = new Map<number, Set<number>>();
  if (open.length === 0) return { pick, unsure, fail: eqs.failing(), exhaustive: true };
  if (combos <= MAX_COMBINATIONS) {
    let bestFail = Number.POSITIVE_INFINITY;
    let bestRank = Number.POSITIVE_INFINITY;
    let bestPick = [...pick];
    let ties: number[][] = [];
    const visit = (k: number) => {
      if (k === open.length) {
        const f = eqs.failing();
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
    for (const r of open) {
      const alike = new Set(ties.map((t) => t[r] ?? 0));
      if (alike.size > 1) unsure.set(r, alike);
    }
    return { pick, unsure, fail: bestFail, exhaustive: true };
  }
  // Too many combinations: improve one row at a time until no row can do better, then two rows
  // at a time (two numbers pushed one column each undo each other's sums), and again.
  let budget = MAX_PAIR_TRIES;
  const pairs = (): boolean => {
    const now = eqs.failing();
    if (now === 0) return false;
    for (let i = 0; i < open.length; i++) {
      for (let j = i + 1; j < open.length; j++) {
        const a = open[i] ?? 0;
        const b = open[j] ?? 0;
        const [pa, pb] = [pick[a] ?? 0, pick[b] ?? 0];
        // Only the equations of rows a and b change; those of a alone stay as they are for every cb.
        const withB = eqs.touching(b);
        const aOnly = eqs.touching(a).filter((e) => !withB.includes(e));
        const rest = now - eqs.failing(aOnly) - eqs.failing(withB);
        const nb = rows[b]?.length ?? 0;
        for (let ca = 0; ca < (rows[a]?.length ?? 0); ca++) {
          pick[a] = ca;
          const fixed = rest + eqs.failing(aOnly);
          // What fails apart from b's equations already makes it no better: no cb can help (the
          // tries are still counted, so the search stops where it always did).
          const hopeless = fixed >= now;
          for (let cb = 0; cb < nb; cb++) {
            if (budget-- <= 0) {
              // Out of tries: the pick stays the best found, not the one half tried.
              [pick[a], pick[b]] = [pa, pb];
              return false;
            }
            if (hopeless) {
              const skip = Math.min(nb - cb - 1, budget);
              [budget, cb] = [budget - skip, cb + skip];
              continue;
            }
            pick[b] = cb;
            if (fixed + eqs.failing(withB) < now) return true;
          }
        }
        pick[a] = pa;
        pick[b] = pb;
      }
    }
    return false;
  };
  for (let improved = true; improved; improved = improved || pairs()) {
    improved = false;
    for (const r of open) {
      const start = pick[r] ?? 0;
      const scores = (rows[r] ?? []).map((_, c) => {
        pick[r] = c;
        return eqs.failing();
      });
      const low = Math.min(...scores);
      const best = scores.findIndex((f) => f === low);
      pick[r] = scores[start] === low ? start : best;
      if (scores[start] !== low) improved = true;
      const alike = new Set(scores.flatMap((f, c) => (f === low ? [c] : [])));
      if (alike.size > 1) unsure.set(r, alike);
      else unsure.delete(r);
    }
  }
  return { pick, unsure, fail: eqs.failing(), exhaustive: false };
}

/** The value of each cell under a pick of candidates (null: not read). */
function pickedValues(
  candidates: readonly Candidate[][],
  pick: readonly number[],
): (id: string) => number | null {
  const values = new Map<string, number | null>();
  candidates.forEach((list, r) => {
    for (const [id, v] of list[pick[r] ?? 0]?.values ?? []) values.set(id, v);
  });
  return (id) => values.get(id) ?? null;
}

/**
 * Whether one cell explains every failing equation: it is in each of them, every equation it is
 * in fails, and one value of it would make them all hold — a figure the report printed wrong (its
 * own error), not numbers placed wrong.
 */
export function oneCellExplains<K>(
  equations: readonly { target: K; plus: readonly K[]; minus: readonly K[] }[],
  value: (id: K) => number | null,
): boolean {
  const failing = equations.filter((eq) => failures([eq], value) > 0);
  const first = failing[0];
  if (!first) return true;
  const cells = [first.target, ...first.plus, ...first.minus];
  return cells.some((cell) => {
    const within = equations.filter((eq) => [eq.target, ...eq.plus, ...eq.minus].includes(cell));
    if (within.length !== failing.length || !failing.every((eq) => within.includes(eq)))
      return false;
    const needed = new Set(
      failing.map((eq) => {
        const sum = (ids: readonly K[]) =>
          ids.reduce((s, id) => s + (id === cell ? 0 : (value(id) ?? 0)), 0);
        const rest = sum(eq.plus) - sum(eq.minus);
        if (eq.target === cell) return rest;
        const target = value(eq.target) ?? 0;
        return eq.plus.includes(cell) ? target - rest : rest - target;
      }),
    );
    return needed.size === 1 && [...needed].every((v) => v >= 0);
  });
}

/**
 * Where no reading satisfies every equation and no single printed figure explains the failures,
 * the equations chose nothing: the rows printed short whose numbers could stand in more than one
 * way (placed by the equations, or by a position a shifted line makes doubtful) are not
 * confirmed, nor a laid-out row with nothing beside its label: they are left blank to check.
 */
function unconfirmed(
  rows: readonly RowInput[],
  candidates: readonly Candidate[][],
  pick: readonly number[],
  equations: readonly Equation[],
): Set<number> {
  const value = pickedValues(candidates, pick);
  if (oneCellExplains(equations, value)) return new Set();
  return new Set(
    rows.flatMap((row, r) => {
      // (A laid-out row with nothing beside its label may be one whose numbers another row took.)
      const empty = row.taken.length === 0 && row.positioned !== undefined;
      const short = row.taken.length > 0 && row.taken.length < row.cells.length;
      // (A row its positions place one way only stands where it printed.)
      const fixed = row.positioned !== undefined && (candidates[r]?.length ?? 0) === 1;
      return empty || (short && !fixed && !row.taken.every((t) => t.grid)) ? [r] : [];
    }),
  );
}

/** Every cell of the rows with how it was read; equations are those of the table. */
export function resolveRows(
  rows: readonly RowInput[],
  equations: readonly Equation[],
): Map<string, CellReading> {
  const ids = (row: RowInput) => new Set(row.cells.map((c) => c.id));
  const owns = rows.map((row) => {
    const mine = ids(row);
    return equations.filter(
      (eq) => eq.minus.length === 0 && [eq.target, ...eq.plus].every((id) => mine.has(id)),
    );
  });
  const totalsPrinted = printsTotals(rows, owns);
  const guessed = new Set<number>();
  const guess = (r: number) => () => guessed.add(r);
  let candidates = rows.map((row, r) =>
    candidatesOf(row, owns[r] ?? [], false, totalsPrinted, guess(r)),
  );
  let choice = choose(candidates, equations);
  if (choice.fail > 0 && rows.some((row) => row.positioned && row.taken.length > 0)) {
    // The columns of laid-out text leave equations failing: let the equations move numbers.
    const wide = rows.map((row, r) =>
      row.positioned && row.taken.length > 0
        ? candidatesOf(row, owns[r] ?? [], true, totalsPrinted, guess(r))
        : (candidates[r] ?? []),
    );
    const widened = choose(wide, equations);
    if (widened.fail < choice.fail) [candidates, choice] = [wide, widened];
  }
  const { pick, unsure: tied } = choice;
  // A row that printed all its numbers has a reading of its own: another order of them is taken
  // only where the equations hold better (the tie goes to the plain reading), never left blank.
  const unsure = new Map(
    [...tied].filter(([r]) => (rows[r]?.taken.length ?? 0) < (rows[r]?.cells.length ?? 0)),
  );
  // A row whose parts only the equations placed: any other placement of them that does as well
  // (with the rest as chosen) leaves them open. (The search's ties are capped; this is not.)
  for (const r of guessed) {
    const alike = new Set<number>();
    (candidates[r] ?? []).forEach((_, c) => {
      const tried = pick.map((p, k) => (k === r ? c : p));
      if (failures(equations, pickedValues(candidates, tried)) <= choice.fail) alike.add(c);
    });
    if (alike.size > 1) unsure.set(r, alike);
  }
  const open = choice.fail > 0 ? unconfirmed(rows, candidates, pick, equations) : new Set<number>();
  // Too many combinations to try them all: a row placed by the equations alone (no columns to
  // place it) is one the search found, not the only one that holds — its cells stay open.
  if (!choice.exhaustive)
    rows.forEach((row, r) => {
      if (
        (!row.positioned || guessed.has(r)) &&
        (candidates[r]?.length ?? 0) > 1 &&
        row.taken.length < row.cells.length
      )
        unsure.set(r, new Set(candidates[r]?.keys()));
    });
  const out = new Map<string, CellReading>();
  rows.forEach((row, r) => {
    const list = candidates[r] ?? [];
    const chosen = list[pick[r] ?? 0];
    const plain = list[0];
    row.cells.forEach((cell, i) => {
      const alike = [...(unsure.get(r) ?? [])].map((c) => list[c]);
      if (
        open.has(r) ||
        alike.some((c) => (c?.values.get(cell.id) ?? 0) !== (chosen?.values.get(cell.id) ?? 0))
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
