/**
 * SUMMARY_UNITS: a county's own 汇总 checked against its units in the same batch, cell by cell,
 * exactly. Its units are the ones it lists (this tool's 汇总), else the expected list, else every
 * other report of its year. When some unit's figure is not known — a unit missing from the batch,
 * in another format, or a blank cell — the sum known is only a floor (counts and amounts are never
 * negative): a 汇总 below it is certainly wrong, one above it may not be, and is not reported.
 */
import { cellsOf } from '../cells';
import { formatFineUnits, formatValue, parseCell } from '../number';
import { sameOrgName } from '../org-name';
import type { Report } from '../report';
import type { Finding } from '../rules/catalogue';
import { cellTitle, finding } from '../rules/context';
import { exactUnits } from '../summary';
import { getTemplate } from '../templates';
import type { CellKind } from '../template-types';
import { findSummaries, recordedUnits, sameUnit, type SummaryEvidence } from './county-summary';

/** A file of a batch: its report, when it could be read. */
export interface BatchReport {
  readonly file: string;
  readonly report?: Report;
}

/** One 汇总 of the batch, what it was compared with, and where it differs. */
export interface SummaryCheck {
  readonly index: number;
  readonly evidence: SummaryEvidence;
  readonly included: readonly string[];
  readonly missing: readonly string[];
  readonly excluded: readonly { readonly org: string; readonly reason: string }[];
  readonly findings: readonly Finding[];
}

interface Units {
  readonly included: Report[];
  readonly missing: string[];
  readonly excluded: { org: string; reason: string; unknown: boolean }[];
}

/** The units of the 汇总 `own` among `others`, by its own list, the expected list, or its year. */
function unitsOf(own: Report, others: readonly Report[], expected: readonly string[]): Units {
  const listed = recordedUnits(own) ?? (expected.length > 0 ? expected : undefined);
  const sameYear = others.filter((r) => r.meta.year === own.meta.year);
  const members = listed
    ? sameYear.filter((r) => listed.some((org) => sameOrgName(org, r.meta.org)))
    : sameYear;
  const units: Units = { included: [], missing: [], excluded: [] };
  for (const report of sameYear) {
    const org = report.meta.org;
    if (!members.includes(report)) {
      const why = recordedUnits(own) ? '汇总报告未列入' : '不在应报送单位名单中';
      units.excluded.push({ org, reason: why, unknown: false });
    } else if (report.template !== own.template) {
      const reason = `格式不同（${getTemplate(report.template).name}）`;
      units.excluded.push({ org, reason, unknown: true });
    } else if (units.included.some((r) => sameUnit(r, report))) {
      units.excluded.push({ org, reason: '同一单位的重复报告，只计一份', unknown: false });
    } else units.included.push(report);
  }
  for (const org of listed ?? []) {
    if (sameOrgName(org, own.meta.org)) continue;
    if (!sameYear.some((r) => sameOrgName(org, r.meta.org))) units.missing.push(org);
  }
  return units;
}

const LISTED = 12;

/** "A、B、C等20个" — a list kept short enough to read in one finding. */
function names(list: readonly string[]): string {
  const shown = list.slice(0, LISTED).join('、');
  return list.length > LISTED ? `${shown}等${list.length}个` : shown;
}

/** The units line every finding of a 汇总 ends with. */
function unitsLine(units: Units): string {
  const parts = [
    `计入${units.included.length}个单位：${names(units.included.map((r) => r.meta.org))}`,
  ];
  if (units.missing.length) parts.push(`未报送：${names(units.missing)}`);
  if (units.excluded.length) {
    parts.push(`排除：${names(units.excluded.map((e) => `${e.org}（${e.reason}）`))}`);
  }
  return `${parts.join('；')}。`;
}

function shown(units: number, kind: CellKind): string {
  return kind === 'amount' ? formatFineUnits(units) : String(units);
}

/** The findings of one 汇总: one per cell that differs from what its units add up to. */
function compare(own: Report, units: Units): Finding[] {
  const template = getTemplate(own.template);
  const absent = units.missing.length + units.excluded.filter((e) => e.unknown).length;
  const line = unitsLine(units);
  const found: Finding[] = [];
  for (const [id, info] of cellsOf(template)) {
    const parsed = parseCell(own.cells[id], info.kind);
    if (!parsed.ok) continue;
    let sum = 0;
    let unknown = absent;
    for (const unit of units.included) {
      const value = parseCell(unit.cells[id], info.kind);
      if (value.ok && value.value !== null) sum += exactUnits(value.value, info.kind);
      else unknown++;
    }
    if (unknown === units.included.length + absent) continue;
    const mine = parsed.value === null ? null : exactUnits(parsed.value, info.kind);
    const title = cellTitle(template, info);
    const total = shown(sum, info.kind);
    const stated = mine === null ? '空白' : formatValue(parsed.value ?? 0, info.kind);
    const sides = { expected: Number(total), actual: parsed.value };
    // A blank 汇总 cell over units that add up to 0 is BLANK_CELL's business, not a wrong sum.
    if (unknown === 0 && mine !== sum && !(mine === null && sum === 0)) {
      const diff = mine === null ? '' : `，相差 ${shown(Math.abs(mine - sum), info.kind)}`;
      found.push(
        finding(
          'SUMMARY_UNITS',
          `汇总的${title}为 ${stated}，所含单位之和为 ${total}${diff}。${line}`,
          [id],
          sides,
        ),
      );
    } else if (unknown > 0 && info.kind !== 'signed' && sum > 0 && (mine ?? 0) < sum) {
      found.push(
        finding(
          'SUMMARY_UNITS',
          `汇总的${title}为 ${stated}，小于已知单位之和 ${total}（另有${unknown}份单位数据未知，计入后只会更大）。${line}`,
          [id],
          sides,
        ),
      );
    }
  }
  return found;
}

/** Every 汇总 of the batch checked against its units (see the module doc). */
export function checkSummaries(
  files: readonly BatchReport[],
  options: { readonly expected?: readonly string[] } = {},
): SummaryCheck[] {
  const reports = files.map((f) => f.report);
  const summaries = findSummaries(reports);
  const others = (i: number) =>
    reports.filter((r, j): r is Report => r !== undefined && j !== i && !summaries.has(j));
  return [...summaries].flatMap(([index, evidence]) => {
    const own = reports[index];
    if (!own) return [];
    const units = unitsOf(own, others(index), options.expected ?? []);
    if (units.included.length === 0) return [];
    return [
      {
        index,
        evidence,
        included: units.included.map((r) => r.meta.org),
        missing: units.missing,
        excluded: units.excluded.map(({ org, reason }) => ({ org, reason })),
        findings: compare(own, units),
      },
    ];
  });
}
