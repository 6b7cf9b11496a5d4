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

/** Figures by report: the desk asks again with the same reports each time a file arrives. */
const figuresOf = new WeakMap<Report, Float64Array>();

/** A report's figures in exact units, cell by cell in template order (NaN: blank or unreadable). */
function figures(report: Report): Float64Array {
  const known = figuresOf.get(report);
  if (known) return known;
  const cells = [...cellsOf(getTemplate(report.template))];
  const out = new Float64Array(cells.length);
  cells.forEach(([id, info], c) => {
    const parsed = parseCell(report.cells[id], info.kind);
    out[c] = parsed.ok && parsed.value !== null ? exactUnits(parsed.value, info.kind) : NaN;
  });
  figuresOf.set(report, out);
  return out;
}

/**
 * Whether `own` is, figure by figure, mostly the sum of `count` other reports (same year and
 * format) whose figures add up, together with its own, to `total`.
 */
function looksLikeSum(own: Float64Array, total: Float64Array, count: number): boolean {
  if (count < 2) return false;
  let compared = 0;
  let equal = 0;
  for (let c = 0; c < own.length; c++) {
    const mine = own[c] ?? NaN;
    if (Number.isNaN(mine)) continue;
    // Exact units are whole numbers: the others' sum is the total less this report, exactly.
    const sum = (total[c] ?? 0) - mine;
    if (mine === 0 && sum === 0) continue;
    compared++;
    if (mine === sum) equal++;
  }
  return compared >= SUM_MIN_CELLS && equal >= compared * SUM_SHARE;
}

/** Same year and format: what a 汇总 can be compared with cell by cell. */
const groupOf = (report: Report) => `${String(report.meta.year)}|${report.template}`;

/** Add (sign 1) or take away (sign -1) a report's figures from its group's total. */
function addTo(total: Float64Array, own: Float64Array, sign: number): void {
  for (let c = 0; c < own.length; c++) {
    const value = own[c] ?? NaN;
    if (!Number.isNaN(value)) total[c] = (total[c] ?? 0) + sign * value;
  }
}

/**
 * The 汇总s of a batch by index, with how each was recognised. Checked in that order: its own
 * record, its name, then the sum test against the other reports (not themselves 汇总s). The sum
 * test keeps one running total per year and format, so a batch of n reports costs n reports'
 * figures, not n² (the desk works this out again as files arrive).
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
  const none = new Float64Array(0);
  const own = reports.map((report, i) => (report && !found.has(i) ? figures(report) : none));
  const groups = new Map<string, { total: Float64Array; count: number }>();
  reports.forEach((report, i) => {
    if (!report || found.has(i)) return;
    const key = groupOf(report);
    const mine = own[i] ?? none;
    const group = groups.get(key) ?? { total: new Float64Array(mine.length), count: 0 };
    groups.set(key, group);
    addTo(group.total, mine, 1);
    group.count++;
  });
  reports.forEach((report, i) => {
    if (!report || found.has(i)) return;
    const group = groups.get(groupOf(report));
    const mine = own[i] ?? none;
    if (!group || !looksLikeSum(mine, group.total, group.count - 1)) return;
    found.set(i, 'sum');
    // A 汇总 found is no unit of the reports checked after it.
    addTo(group.total, mine, -1);
    group.count--;
  });
  return found;
}

/** Whether two reports are of the same 机关 (one of them is a repeat). */
export function sameUnit(a: Report, b: Report): boolean {
  return orgKey(a.meta.org) === orgKey(b.meta.org);
}
