/**
 * The ways a row's printed numbers can sit in its cells when the row printed fewer than it has:
 * blank cells dropped (PDF text, a web page's zero cells left empty), a trailing empty cell lost
 * (Word's "save as text"), or empty cells in front that were the label's merged columns.
 */
import type { NumberToken } from './locate-labels';

/** A reading of one row: cell index → the number printed there; cells not in it were not printed. */
export interface Placement {
  readonly at: ReadonlyMap<number, NumberToken>;
  /** 0 for the plain reading (left to right); higher for less likely ones. */
  readonly rank: number;
}

/** More placements than this for one row are not tried: the plain reading stands. */
const MAX_PLACEMENTS = 500;

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
 * The placements of `taken` in a row of `n` cells, the plain reading first. A grid line that was
 * complete has one; a grid line keeps its order with cells lost only at one end; text without
 * columns (PDF text) may have dropped a blank anywhere.
 */
export function placements(
  n: number,
  taken: readonly NumberToken[],
  complete: boolean,
): Placement[] {
  const identity = (tokens: readonly NumberToken[]) => tokens.map((_, i) => i);
  if (complete || taken.length === 0) return [placed(taken, identity(taken), 0)];
  let lead = 0;
  while (taken[lead]?.raw === '') lead++;
  const out: Placement[] = [];
  for (let pads = lead; pads >= 0; pads--) {
    const rest = taken.slice(pads);
    const k = rest.length;
    if (k > n) continue;
    if (k === n || k === 0) {
      out.push(placed(rest, identity(rest), out.length));
      continue;
    }
    if (rest.every((t) => t.grid)) {
      out.push(placed(rest, identity(rest), out.length));
      out.push(
        placed(
          rest,
          rest.map((_, i) => n - k + i),
          out.length,
        ),
      );
      continue;
    }
    if (binomial(n, k) > MAX_PLACEMENTS) {
      out.push(placed(rest, identity(rest), out.length));
      continue;
    }
    for (const cells of choices(n, k)) out.push(placed(rest, cells, out.length));
  }
  return out;
}
