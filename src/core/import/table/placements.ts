/**
 * The ways a row's printed numbers can sit in its cells when the row printed fewer than it has:
 * blank cells dropped anywhere (PDF text of a table whose zero cells were left empty), or only
 * at the end of a grid line (Word's "save as text" drops trailing empty cells).
 */
import type { NumberToken } from './locate-labels';

/** A reading of one row: cell index → the number printed there; cells not in it were not printed. */
export interface Placement {
  readonly at: ReadonlyMap<number, NumberToken>;
  /** 0 for the plain reading (left to right); higher for less likely ones. */
  readonly rank: number;
}

/**
 * More placements than this for one row are not tried: the plain reading stands. 表四's fifteen
 * cells with seven printed (6435 placements) are still tried.
 */
const MAX_PLACEMENTS = 7_000;

/** Every order-keeping choice of `k` of `n` cells, leftmost first. */
function choices(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick = (from: number, chosen: number[]) => {
    if (chosen.length === k) {
      out.push(chosen);
      return;
    }
    for (let i = from; i <= n - (k - chosen.length); i++) pick(i + 1, [...chosen, i]);
  };
  pick(0, []);
  return out;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

function placed(tokens: readonly NumberToken[], cells: readonly number[], rank: number): Placement {
  return { at: new Map(cells.map((c, i) => [c, tokens[i] as NumberToken])), rank };
}

/**
 * The placements of `taken` in a row of `n` cells, the plain reading (left to right) first. A
 * grid line has only that one: it keeps its columns and can only lose empty cells at its end.
 */
export function placements(
  n: number,
  taken: readonly NumberToken[],
  complete: boolean,
  orders: readonly (readonly number[])[] = [],
): Placement[] {
  const k = Math.min(taken.length, n);
  const plain = placed(
    taken,
    Array.from({ length: k }, (_, i) => i),
    0,
  );
  // A full row whose text may list its cells in another order (PDF text blocks): each order known.
  if (k === n && orders.length > 0 && !taken.every((t) => t.grid))
    return [plain, ...orders.map((order, i) => placed(taken, order, i + 1))];
  if (complete || k === 0 || k === n || taken.every((t) => t.grid)) return [plain];
  if (binomial(n, k) > MAX_PLACEMENTS) return [plain];
  return choices(n, k).map((cells, rank) => placed(taken, cells, rank));
}
