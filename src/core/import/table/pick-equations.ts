/**
 * The equations of a table compiled against its rows' candidate readings, for resolve-rows'
 * search: it scores up to hundreds of thousands of picks, and looking each cell up by id in a map
 * cost seconds on one page. Here a cell is a (row, slot) pair and its value an array read under
 * the current pick; a change of two rows rechecks only the equations those rows are in.
 */
import type { Equation } from '../../equations';

/**
 * Whether one equation fails under these values: a blank counts 0, a blank total with a nonzero
 * sum fails, an invalid value (NaN) fails.
 */
export function fails<K>(
  eq: { readonly target: K; readonly plus: readonly K[]; readonly minus: readonly K[] },
  value: (id: K) => number | null,
): boolean {
  let expected = 0;
  for (const id of eq.plus) expected += value(id) ?? 0;
  for (const id of eq.minus) expected -= value(id) ?? 0;
  const actual = value(eq.target);
  return (actual ?? 0) !== expected || (actual === null && expected !== 0);
}

/** A cell as its row and its slot in that row's value arrays (-1: no row reads it, blank). */
type Ref = readonly [row: number, slot: number];

/** Equations over (row, slot) refs, scored under a pick the caller changes in place. */
export interface PickEquations {
  /** How many of the equations fail under the current pick (all of them, or these indices). */
  readonly failing: (indices?: readonly number[]) => number;
  /** The indices of the equations a row's cells are in. */
  readonly touching: (row: number) => readonly number[];
}

/**
 * Compile `equations` against `rows` (each a list of candidate readings: cell id → value, null
 * for blank); `pick[r]` is the candidate of row r the scores read, and may change between calls.
 * A failing equation is as `fails` says.
 */
export function pickEquations(
  rows: readonly (readonly { readonly values: ReadonlyMap<string, number | null> }[])[],
  equations: readonly Equation[],
  pick: readonly number[],
): PickEquations {
  const owner = new Map<string, number>();
  rows.forEach((list, r) => {
    for (const c of list) for (const id of c.values.keys()) owner.set(id, r);
  });
  const slot = new Map<string, number>();
  const width = rows.map(() => 0);
  for (const [id, r] of owner) slot.set(id, (width[r] = (width[r] ?? 0) + 1) - 1);
  const table = rows.map((list, r) =>
    list.map((c) => {
      const values = new Array<number | null>(width[r] ?? 0).fill(null);
      for (const [id, v] of c.values) if (owner.get(id) === r) values[slot.get(id) ?? 0] = v;
      return values;
    }),
  );
  const ref = (id: string): Ref => [owner.get(id) ?? -1, slot.get(id) ?? -1];
  const compiled = equations.map((eq) => ({
    target: ref(eq.target),
    plus: eq.plus.map(ref),
    minus: eq.minus.map(ref),
  }));
  const touching = rows.map(() => [] as number[]);
  compiled.forEach((eq, e) => {
    const mine = new Set([eq.target, ...eq.plus, ...eq.minus].map(([r]) => r));
    for (const r of mine) if (r >= 0) touching[r]?.push(e);
  });
  const value = ([r, k]: Ref): number | null =>
    r < 0 ? null : (table[r]?.[pick[r] ?? 0]?.[k] ?? null);
  const failsAt = (e: number): boolean => {
    const eq = compiled[e];
    return eq !== undefined && fails(eq, value);
  };
  const all = compiled.map((_, e) => e);
  // Whole numbers (every count a 表三/表四 equation sums) add and take away exactly: each equation
  // keeps its difference under the pick, and a changed row updates only its own equations.
  const whole = table.every((list) =>
    list.every((values) =>
      values.every((v) => v === null || Number.isNaN(v) || Number.isInteger(v)),
    ),
  );
  const count = whole ? incremental(compiled, table, touching, pick) : undefined;
  return {
    failing: (indices = all) => {
      if (count) return count(indices);
      let n = 0;
      for (const e of indices) n += failsAt(e) ? 1 : 0;
      return n;
    },
    touching: (r) => touching[r] ?? [],
  };
}

type Compiled = readonly { target: Ref; plus: readonly Ref[]; minus: readonly Ref[] }[];

/**
 * A failing count kept up to date: per equation, plus − minus − target over the picked readings
 * and how many of its values are invalid (NaN). The pick is read lazily: rows whose pick changed
 * since the last count are applied (as row deltas) before counting. A reading's deltas are
 * worked out the first time it is applied (most searches visit few of a row's readings).
 */
function incremental(
  compiled: Compiled,
  table: readonly (readonly (readonly (number | null)[])[])[],
  touching: readonly (readonly number[])[],
  pick: readonly number[],
): (indices: readonly number[]) => number {
  const diff = new Float64Array(compiled.length);
  const invalid = new Int32Array(compiled.length);
  // Per row, per equation it is in: its cells there as slot, sign pairs.
  const terms = table.map((_, r) =>
    (touching[r] ?? []).map((e) => {
      const eq = compiled[e];
      const out: number[] = [];
      const add = ([row, k]: Ref, sign: number) => row === r && out.push(k, sign);
      for (const id of eq?.plus ?? []) add(id, 1);
      for (const id of eq?.minus ?? []) add(id, -1);
      if (eq) add(eq.target, -1);
      return out;
    }),
  );
  // Row r's reading c adds deltas[r][c][2k] to the difference of equation touching[r][k], and
  // deltas[r][c][2k + 1] invalid values.
  const deltas = table.map((list) => new Array<Float64Array | undefined>(list.length));
  const deltasOf = (r: number, c: number): Float64Array => {
    const known = deltas[r]?.[c];
    if (known) return known;
    const values = table[r]?.[c] ?? [];
    const rowTerms = terms[r] ?? [];
    const out = new Float64Array(2 * rowTerms.length);
    rowTerms.forEach((list, k) => {
      for (let t = 0; t < list.length; t += 2) {
        const v = values[list[t] ?? 0] ?? null;
        if (v === null) continue;
        if (Number.isNaN(v)) out[2 * k + 1] = (out[2 * k + 1] ?? 0) + 1;
        else out[2 * k] = (out[2 * k] ?? 0) + (list[t + 1] ?? 0) * v;
      }
    });
    const row = deltas[r];
    if (row) row[c] = out;
    return out;
  };
  const apply = (r: number, c: number, sign: number) => {
    const list = touching[r] ?? [];
    const d = deltasOf(r, c);
    for (let k = 0; k < list.length; k++) {
      const e = list[k] ?? 0;
      diff[e] = (diff[e] ?? 0) + sign * (d[2 * k] ?? 0);
      invalid[e] = (invalid[e] ?? 0) + sign * (d[2 * k + 1] ?? 0);
    }
  };
  const applied = new Array<number>(table.length).fill(-1);
  // Only rows with more than one reading change their pick after the first count.
  const variable = table.flatMap((list, r) => (list.length > 1 ? [r] : []));
  let first = true;
  return (indices) => {
    for (const r of first ? table.keys() : variable) {
      const c = pick[r] ?? 0;
      if (applied[r] === c) continue;
      if ((applied[r] ?? -1) >= 0) apply(r, applied[r] ?? 0, -1);
      apply(r, c, 1);
      applied[r] = c;
    }
    first = false;
    let n = 0;
    for (const e of indices) n += diff[e] !== 0 || (invalid[e] ?? 0) > 0 ? 1 : 0;
    return n;
  };
}
