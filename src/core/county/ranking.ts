/**
 * A ranking of the units by one indicator. Only rates over enough cases are ranked; 样本过少 and
 * unknown ones follow, unranked, whichever way the ranking runs. Equal rates share a rank
 * (1, 2, 2, 4), compared exactly as fractions.
 */
import type { UnitRow } from './batch-indicators';
import { compareFractions, ranked } from './rates';

export interface Ranked {
  readonly unit: UnitRow;
  /** 1 for the first; undefined for a unit not ranked on this indicator. */
  readonly rank: number | undefined;
}

/** The units ranked by `indicator`, highest first (or lowest first when `ascending`). */
export function rankUnits(
  units: readonly UnitRow[],
  indicator: string,
  ascending = false,
): Ranked[] {
  const eligible = units.flatMap((unit) => {
    const r = unit.rates[indicator];
    return r && ranked(r) ? [{ unit, r }] : [];
  });
  const sign = ascending ? 1 : -1;
  eligible.sort((a, b) => sign * compareFractions(a.r.num, a.r.den, b.r.num, b.r.den));
  const out: Ranked[] = [];
  eligible.forEach(({ unit, r }, i) => {
    const previous = eligible[i - 1];
    const tie = previous && compareFractions(previous.r.num, previous.r.den, r.num, r.den) === 0;
    out.push({ unit, rank: tie ? out[i - 1]?.rank : i + 1 });
  });
  const rest = units.filter((u) => !eligible.some((e) => e.unit === u));
  return [...out, ...rest.map((unit) => ({ unit, rank: undefined }))];
}
