/**
 * The indicators of a review batch: one row per unit of the year shown (a county's own 汇总 is
 * kept apart, so it is not counted twice), the total worked out from the units' summed figures,
 * and last year's figures where last year's report of the same 机关 is in the batch.
 */
import { matchLastYear } from '../org-name';
import type { Report } from '../report';
import type { Finding, Severity } from '../rules/catalogue';
import { getTemplate } from '../templates';
import { findSummaries, sameUnit } from './county-summary';
import {
  indicatorCounts,
  indicatorDefs,
  indicatorSums,
  rateOf,
  type CountId,
  type IndicatorDef,
  type Sums,
} from './indicators';
import { changeTenths, type Rate } from './rates';

/** A file of the batch as the indicators read it. */
export interface IndicatorInput {
  readonly file: string;
  readonly report?: Report;
  /** The findings the county still counts against the report (dismissed ones left out). */
  readonly findings?: readonly Finding[];
}

export interface UnitRow {
  /** Index of the file in the batch. */
  readonly index: number;
  readonly file: string;
  readonly org: string;
  readonly rates: Readonly<Record<string, Rate>>;
  readonly sums: Sums;
  readonly counts: Readonly<Record<CountId, number | null>>;
  /** Findings by level (the heatmap). */
  readonly levels: Readonly<Record<Severity, number>>;
  /** Last year's rates, when last year's report of the 机关 is in the batch. */
  readonly lastYear?: { readonly file: string; readonly rates: Readonly<Record<string, Rate>> };
  /** Change against last year in tenths of a percentage point, by indicator. */
  readonly change: Readonly<Record<string, number | undefined>>;
}

export interface BatchIndicators {
  readonly year: number;
  /** Every year the batch has reports of (a choice for the page). */
  readonly years: readonly number[];
  readonly defs: readonly IndicatorDef[];
  readonly units: readonly UnitRow[];
  /** The indicators of all units together: summed numerators over summed denominators. */
  readonly total: {
    readonly rates: Readonly<Record<string, Rate>>;
    readonly sums: Sums;
    readonly counts: Readonly<Record<CountId, number | null>>;
    readonly change: Readonly<Record<string, number | undefined>>;
  };
  /** Units left out of a total indicator (their figures unknown), by indicator. */
  readonly leftOut: Readonly<Record<string, readonly string[]>>;
  /** Reports of the year not taken as units, and why (a 汇总, a repeat). */
  readonly apart: readonly {
    readonly file: string;
    readonly org: string;
    readonly reason: string;
  }[];
}

/** The year most reports are of; a later year wins when it has at least half as many. */
export function batchYear(years: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const fit = [...counts].filter(([, n]) => n * 2 >= most).map(([y]) => y);
  return fit.length ? Math.max(...fit) : undefined;
}

function levelsOf(findings: readonly Finding[] = []): Record<Severity, number> {
  const levels = { error: 0, warning: 0, info: 0 };
  // A reading doubt (a cell not read as printed) is not the report's own problem.
  for (const f of findings)
    if ((f as { doubt?: unknown }).doubt === undefined) levels[f.severity]++;
  return levels;
}

function ratesOf(defs: readonly IndicatorDef[], sums: Sums): Record<string, Rate> {
  return Object.fromEntries(defs.map((d) => [d.id, rateOf(sums[d.id])]));
}

type Summed = Pick<UnitRow, 'org' | 'sums' | 'counts'>;

/** Σ numerators / Σ denominators over the units whose figures are known, and who was left out. */
function totalOf(defs: readonly IndicatorDef[], units: readonly Summed[]) {
  const sums: Record<string, { num: number; den: number }> = {};
  const leftOut: Record<string, string[]> = {};
  for (const def of defs) {
    let num = 0;
    let den = 0;
    const out: string[] = [];
    for (const unit of units) {
      const sum = unit.sums[def.id];
      if (!sum || 'reason' in sum) out.push(unit.org);
      else {
        num += sum.num;
        den += sum.den;
      }
    }
    sums[def.id] = { num, den };
    if (out.length) leftOut[def.id] = out;
  }
  // A unit whose count is blank makes the total's count unknown, not smaller.
  const count = (id: CountId) =>
    units.reduce<number | null>((sum, u) => {
      const n = u.counts[id];
      return sum === null || n === null ? null : sum + n;
    }, 0);
  const counts = { received: count('received'), handled: count('handled') };
  return { sums, leftOut, counts, rates: ratesOf(defs, sums) };
}

/** The batch's indicators for `year` (by default the batch's year, see batchYear). */
export function batchIndicators(
  files: readonly IndicatorInput[],
  options: { readonly year?: number } = {},
): BatchIndicators | undefined {
  const readable = files.flatMap((f, index) =>
    f.report ? [{ ...f, report: f.report, index }] : [],
  );
  const years = [...new Set(readable.map((f) => f.report.meta.year))].sort((a, b) => b - a);
  const year = options.year ?? batchYear(readable.map((f) => f.report.meta.year));
  const first = readable.find((f) => f.report.meta.year === year);
  if (year === undefined || !first) return undefined;
  const defs = indicatorDefs(getTemplate(first.report.template));
  const summaries = findSummaries(files.map((f) => f.report));
  const { lastYear } = matchLastYear(
    readable
      .filter((f) => !summaries.has(f.index))
      .map((f) => ({ id: String(f.index), org: f.report.meta.org, year: f.report.meta.year })),
  );
  const apart: { file: string; org: string; reason: string }[] = [];
  const units: UnitRow[] = [];
  for (const f of readable) {
    if (f.report.meta.year !== year) continue;
    const org = f.report.meta.org;
    if (summaries.has(f.index)) {
      apart.push({ file: f.file, org, reason: '汇总报告，不作为单位计入' });
      continue;
    }
    const twin = units.find((u) => sameUnit(files[u.index]?.report ?? f.report, f.report));
    if (twin) {
      apart.push({ file: f.file, org, reason: `与 ${twin.file} 是同一单位，只计一份` });
      continue;
    }
    const sums = indicatorSums(f.report, defs);
    const rates = ratesOf(defs, sums);
    const lastIndex = lastYear.get(String(f.index));
    const last = lastIndex === undefined ? undefined : files[Number(lastIndex)];
    const lastRates = last?.report ? ratesOf(defs, indicatorSums(last.report, defs)) : undefined;
    units.push({
      index: f.index,
      file: f.file,
      org,
      rates,
      sums,
      counts: indicatorCounts(f.report),
      levels: levelsOf(f.findings),
      ...(last && lastRates ? { lastYear: { file: last.file, rates: lastRates } } : {}),
      change: Object.fromEntries(
        defs.map((d) => [d.id, changeTenths(rates[d.id] ?? NONE, lastRates?.[d.id])]),
      ),
    });
  }
  const total = totalOf(defs, units);
  // The county's change needs last year's figures of every unit: a partial year is no total.
  const lastReports = units.map((u) =>
    u.lastYear ? files.find((f) => f.file === u.lastYear?.file)?.report : undefined,
  );
  const lastTotal =
    lastReports.every((r) => r !== undefined) && units.length > 0
      ? totalOf(
          defs,
          lastReports.map((r) => ({
            org: r.meta.org,
            sums: indicatorSums(r, defs),
            counts: indicatorCounts(r),
          })),
        )
      : undefined;
  const change = Object.fromEntries(
    defs.map((d) => [d.id, changeTenths(total.rates[d.id] ?? NONE, lastTotal?.rates[d.id])]),
  );
  return {
    year,
    years,
    defs,
    units,
    total: { rates: total.rates, sums: total.sums, counts: total.counts, change },
    leftOut: total.leftOut,
    apart,
  };
}

const NONE: Rate = { kind: 'none', reason: '—' };
