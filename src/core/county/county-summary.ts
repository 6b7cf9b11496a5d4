/**
 * Which report of a batch is a county's own 汇总 (consolidated report), and which reports are its
 * units. A 汇总 is recognised by what it says of itself — this tool's 汇总 carries the list of the
 * units it added (report.summary), or its 机关名称 says 汇总 ("某某县（汇总）") — or by being the sum:
 * most of its figures equal the sum of the other reports of its year and format, exactly. A
 * county government's own report that is not a sum is none of these, so it is never taken for one.
 */
import { cellsOf } from '../cells';
import { parseCell } from '../number';
import { orgKey } from '../org-name';
import type { Report } from '../report';
import { exactUnits } from '../summary';
import { getTemplate } from '../templates';

/** The parts a 汇总 of this tool lists (summary.ts writes them into the report file). */
interface SummaryRecord {
  readonly included?: readonly { readonly org?: unknown }[];
}

/** The 机关 a 汇总 says it added up, when it is one of ours. */
export function recordedUnits(report: Report): string[] | undefined {
  const included: unknown = (report as { summary?: SummaryRecord }).summary?.included;
  if (!Array.isArray(included)) return undefined;
  return (included as unknown[]).flatMap((part) => {
    const org = (part as { org?: unknown } | null)?.org;
    return typeof org === 'string' ? [org] : [];
  });
}

/** A 机关名称 that names a consolidated report. */
const SUMMARY_NAME = /汇总/;

/** How a report was recognised as a 汇总. */
export type SummaryEvidence = 'record' | 'name' | 'sum';

/** Share of the figures (where either side is not 0) that must equal the units' sum exactly. */
const SUM_SHARE = 0.8;
/** …and at least this many of them, so a near-empty report is never taken for a sum. */
const SUM_MIN_CELLS = 8;

/** Whether `report` is, figure by figure, mostly the sum of `units` (same year and format). */
function looksLikeSum(report: Report, units: readonly Report[]): boolean {
  if (units.length < 2) return false;
  let compared = 0;
  let equal = 0;
  for (const [id, info] of cellsOf(getTemplate(report.template))) {
    const own = parseCell(report.cells[id], info.kind);
    if (!own.ok || own.value === null) continue;
    let sum = 0;
    for (const unit of units) {
      const parsed = parseCell(unit.cells[id], info.kind);
      if (parsed.ok && parsed.value !== null) sum += exactUnits(parsed.value, info.kind);
    }
    const mine = exactUnits(own.value, info.kind);
    if (mine === 0 && sum === 0) continue;
    compared++;
    if (mine === sum) equal++;
  }
  return compared >= SUM_MIN_CELLS && equal >= compared * SUM_SHARE;
}

/** Same year and format: what a 汇总 can be compared with cell by cell. */
function comparable(a: Report, b: Report): boolean {
  return a.meta.year === b.meta.year && a.template === b.template;
}

/**
 * The 汇总s of a batch by index, with how each was recognised. Checked in that order: its own
 * record, its name, then the sum test against the other reports (not themselves 汇总s).
 */
export function findSummaries(
  reports: readonly (Report | undefined)[],
): Map<number, SummaryEvidence> {
  const found = new Map<number, SummaryEvidence>();
  reports.forEach((report, i) => {
    if (!report) return;
    if (recordedUnits(report)) found.set(i, 'record');
    else if (SUMMARY_NAME.test(report.meta.org)) found.set(i, 'name');
  });
  reports.forEach((report, i) => {
    if (!report || found.has(i)) return;
    const others = reports.filter(
      (r, j): r is Report => r !== undefined && j !== i && !found.has(j) && comparable(report, r),
    );
    if (looksLikeSum(report, others)) found.set(i, 'sum');
  });
  return found;
}

/** Whether two reports are of the same 机关 (one of them is a repeat). */
export function sameUnit(a: Report, b: Report): boolean {
  return orgKey(a.meta.org) === orgKey(b.meta.org);
}
