/**
 * The 汇总 (consolidated report): the cell-wise sum of the reports of one year and one format,
 * itself a normal report with its own checks. Counts and signed 本年增/减 add as integers, amounts
 * as integer units of 1 元, so nothing is lost to floats. A report that cannot be added is
 * excluded with the reason, never silently dropped.
 */
import { cellsOf } from './cells';
import { standardSentences } from './narrative';
import {
  amountToFineUnits,
  formatFineUnits,
  formatValue,
  MAX_AMOUNT_DECIMALS,
  parseCell,
} from './number';
import { createReport, type CellValue, type Report } from './report';
import { missingOrgs, orgKey } from './org-name';
import { getTemplate, type TemplateId } from './templates';
import type { CellKind } from './template-types';

export interface SummaryInput {
  /** The file or draft the report came from (named in the provenance). */
  readonly name: string;
  readonly report: Report;
  /** Error findings the reviewer has not dismissed. */
  readonly unresolvedErrors: number;
}

export interface SummaryOptions {
  /** 机关名称 of the 汇总, e.g. "某某县（汇总）". */
  readonly org?: string;
  /** Year and format to sum; by default the most common pair among the inputs. */
  readonly year?: number;
  readonly template?: TemplateId;
  /** Leave out reports with unresolved errors. */
  readonly excludeErrors?: boolean;
  /** The 机关 that should have reported. */
  readonly expected?: readonly string[];
}

export interface SummaryPart {
  readonly name: string;
  readonly org: string;
}

export interface SummaryResult {
  readonly report: Report;
  readonly included: readonly SummaryPart[];
  readonly excluded: readonly (SummaryPart & { readonly reason: string })[];
  /** Expected 机关 with no report among the included ones. */
  readonly missing: readonly string[];
}

/** The (year, format) most inputs share; the later year on a tie. */
function commonPair(inputs: readonly SummaryInput[]): { year: number; template: TemplateId } {
  const counts = new Map<string, { year: number; template: TemplateId; n: number }>();
  for (const { report } of inputs) {
    const key = `${report.meta.year}|${report.template}`;
    const known = counts.get(key) ?? { year: report.meta.year, template: report.template, n: 0 };
    counts.set(key, { ...known, n: known.n + 1 });
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || b.year - a.year)[0];
  if (!best) throw new Error('没有可以汇总的报告。');
  return best;
}

/** Why a report cannot join the 汇总, or undefined when it can. */
function exclusion(
  input: SummaryInput,
  target: { year: number; template: TemplateId },
  options: SummaryOptions,
  seen: ReadonlyMap<string, string>,
): string | undefined {
  const { report } = input;
  if (report.template !== target.template) {
    return `格式不同：${getTemplate(report.template).name}，汇总按${getTemplate(target.template).name}`;
  }
  if (report.meta.year !== target.year) {
    return `年度不同：${report.meta.year}年，汇总${target.year}年`;
  }
  const twin = seen.get(orgKey(report.meta.org));
  if (twin !== undefined) return `与 ${twin} 是同一机关的报告，只计一份`;
  const invalid = invalidCell(report);
  if (invalid !== undefined) return `单元格的值无效，无法相加：${invalid}`;
  if (options.excludeErrors && input.unresolvedErrors > 0) {
    return `有 ${input.unresolvedErrors} 个未解决的错误`;
  }
  return undefined;
}

function invalidCell(report: Report): string | undefined {
  for (const [id, info] of cellsOf(getTemplate(report.template))) {
    if (!parseCell(report.cells[id], info.kind).ok)
      return `${info.name}「${String(report.cells[id])}」`;
  }
  return undefined;
}

/**
 * A cell value in exact integer units: counts as they are, amounts in 10^-8 万元 (an amount finer
 * than the format's 1 元 is kept exactly, and so is the sum).
 */
export function exactUnits(value: number, kind: CellKind): number {
  return kind === 'amount'
    ? (amountToFineUnits(formatValue(value, kind)) ?? Math.round(value * FINE_UNITS))
    : value;
}

const FINE_UNITS = 10 ** MAX_AMOUNT_DECIMALS;

/** The cell-wise sum; a cell blank in every report stays blank. */
export function sumCells(
  reports: readonly Report[],
  template: TemplateId,
): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {};
  for (const [id, info] of cellsOf(getTemplate(template))) {
    let sum = 0;
    let any = false;
    for (const report of reports) {
      const parsed = parseCell(report.cells[id], info.kind);
      if (!parsed.ok || parsed.value === null) continue;
      sum += exactUnits(parsed.value, info.kind);
      any = true;
    }
    cells[id] = !any ? null : info.kind === 'amount' ? Number(formatFineUnits(sum)) : sum;
  }
  return cells;
}

/** The 汇总 of the inputs (see the module doc). */
export function summarise(
  inputs: readonly SummaryInput[],
  options: SummaryOptions = {},
): SummaryResult {
  const common = inputs.length > 0 ? commonPair(inputs) : undefined;
  const year = options.year ?? common?.year;
  const template = options.template ?? common?.template;
  if (year === undefined || template === undefined) throw new Error('没有可以汇总的报告。');
  const target = { year, template };
  const included: SummaryPart[] = [];
  const excluded: (SummaryPart & { reason: string })[] = [];
  const seen = new Map<string, string>();
  const reports: Report[] = [];
  for (const input of inputs) {
    const part = { name: input.name, org: input.report.meta.org };
    const reason = exclusion(input, target, options, seen);
    if (reason !== undefined) {
      excluded.push({ ...part, reason });
      continue;
    }
    seen.set(orgKey(part.org), part.name);
    included.push(part);
    reports.push(input.report);
  }
  const missing = missingOrgs(
    options.expected ?? [],
    included.map((p) => p.org),
  );
  const org = options.org?.trim() || '汇总';
  const base = createReport({ org, year, template });
  const summed: Report = { ...base, cells: sumCells(reports, template) };
  const report: Report = {
    ...summed,
    text: {
      ...summed.text,
      intro: provenanceText(included, missing),
      overview: standardSentences(summed),
    },
    summary: { included, excluded, missing },
  };
  return { report, included, excluded, missing };
}

/** The sentence that opens the 汇总: what it adds up and who is missing. */
function provenanceText(included: readonly SummaryPart[], missing: readonly string[]): string {
  const orgs = included.map((p) => p.org).join('、');
  const head = `本报告由${included.length}个单位的年度报告逐项相加汇总而成${orgs ? `：${orgs}` : ''}。`;
  return missing.length ? `${head}\n尚未报送的单位：${missing.join('、')}。` : head;
}
