/**
 * The county's indicators of one report, as data: each is a numerator and a denominator, both sums
 * of cells the template names by role, with the definition shown beside it. A blank or invalid
 * cell makes an indicator unknown (blank is not 0); a denominator under MIN_SAMPLE is 样本过少.
 */
import { readValues, type Values } from '../values';
import type { Report } from '../report';
import { t3Applicants, t3Cell, t3GroupTotals, t3RoleCell, t3TotalColumn, t4Cell } from '../roles';
import { getTemplate } from '../templates';
import type { Template } from '../template-types';
import { rate, type Rate } from './rates';

/** The cells an indicator adds up: numerator over denominator. */
export interface Fraction {
  readonly num: readonly string[];
  readonly den: readonly string[];
}

export interface IndicatorDef {
  readonly id: string;
  /** Its name as the county writes it: "实质公开率". */
  readonly name: string;
  /** How it is worked out, in the words of the tables. */
  readonly definition: string;
  /** The cells of a template it reads; undefined when the format has no such figures. */
  readonly cells: (template: Template) => Fraction | undefined;
  /** A main indicator: in the ranking, the charts and the 通报's table. */
  readonly main: boolean;
}

const resultTotal = (t: Template) => [t3RoleCell(t, 'resultTotal')];

/** 本机关不掌握相关政府信息: the row key of the format's contract (interfaces.md §1). */
const UNHELD_ROW = 'unable_unheld';

function t4Group(template: Template, role: 'review' | 'suit', result: 'corrected' | 'total') {
  return template.t4.groups
    .filter((g) => g.role === role)
    .map((g) => t4Cell(template, g.key, result));
}

function applicantShare(column: string, label: string): IndicatorDef {
  return {
    id: `applicant_${column}`,
    name: `${label}占比`,
    definition: `本年新收申请中${label}的件数 ÷ 本年新收申请总数`,
    cells: (t) =>
      t3Applicants(t).some((c) => c.key === column)
        ? { num: [t3RoleCell(t, 'received', column)], den: [t3RoleCell(t, 'received')] }
        : undefined,
    main: false,
  };
}

const RATES: readonly IndicatorDef[] = [
  {
    id: 'disclosure',
    name: '实质公开率',
    definition: '（予以公开 + 部分公开）÷ 办理结果（七）总计',
    cells: (t) => ({
      num: [...t3GroupTotals(t, 'open'), ...t3GroupTotals(t, 'partial')],
      den: resultTotal(t),
    }),
    main: true,
  },
  {
    id: 'denied',
    name: '不予公开占比',
    definition: '（三）不予公开各项之和 ÷ 办理结果（七）总计',
    cells: (t) => ({ num: t3GroupTotals(t, 'deny'), den: resultTotal(t) }),
    main: true,
  },
  {
    id: 'unable',
    name: '无法提供占比',
    definition: '（四）无法提供各项之和 ÷ 办理结果（七）总计',
    cells: (t) => ({ num: t3GroupTotals(t, 'unable'), den: resultTotal(t) }),
    main: true,
  },
  {
    id: 'unheld',
    name: '其中：本机关不掌握占比',
    definition:
      '（四）无法提供 1.本机关不掌握相关政府信息 ÷ 办理结果（七）总计（是无法提供占比的一部分）',
    cells: (t) =>
      t.t3.rows.some((r) => r.key === UNHELD_ROW)
        ? { num: [t3Cell(t, UNHELD_ROW, t3TotalColumn(t).key)], den: resultTotal(t) }
        : undefined,
    main: true,
  },
  {
    id: 'carry',
    name: '结转率',
    definition: '四、结转下年度继续办理 ÷（一、本年新收 + 二、上年结转）',
    cells: (t) => ({
      num: [t3RoleCell(t, 'carryNext')],
      den: [t3RoleCell(t, 'received'), t3RoleCell(t, 'carried')],
    }),
    main: true,
  },
  {
    id: 'review_corrected',
    name: '行政复议纠错率',
    definition: '行政复议 结果纠正 ÷ 行政复议 总计',
    cells: (t) => ({ num: t4Group(t, 'review', 'corrected'), den: t4Group(t, 'review', 'total') }),
    main: true,
  },
  {
    id: 'suit_corrected',
    name: '行政诉讼纠错率',
    definition: '行政诉讼（未经复议直接起诉 + 复议后起诉）结果纠正 ÷ 两项总计之和',
    cells: (t) => ({ num: t4Group(t, 'suit', 'corrected'), den: t4Group(t, 'suit', 'total') }),
    main: true,
  },
];

/** Every indicator of a template: the rates, then the applicant mix by its applicant columns. */
export function indicatorDefs(template: Template): IndicatorDef[] {
  return [...RATES, ...t3Applicants(template).map((c) => applicantShare(c.key, c.label))];
}

/** The counts shown beside the rates (the denominators a reader checks a rate against). */
export const COUNTS = [
  { id: 'received', name: '本年新收', definition: '表三 一、本年新收政府信息公开申请数量 总计' },
  { id: 'handled', name: '办结总数', definition: '表三 三、本年度办理结果（七）总计 总计' },
] as const;

export type CountId = (typeof COUNTS)[number]['id'];

/** The exact figures behind a report's indicators: each fraction's two sums, or why not. */
export type Sums = Readonly<Record<string, { num: number; den: number } | { reason: string }>>;

/** The sum of the cells, or why it cannot be made (a blank or invalid cell). */
function sumOf(values: Values, ids: readonly string[]): number | { reason: string } {
  let sum = 0;
  let blank = 0;
  for (const id of ids) {
    const value = values.get(id);
    if (value === undefined) return { reason: '数据无效' };
    if (value === null) blank++;
    else sum += value;
  }
  return blank > 0 ? { reason: '数据不全' } : sum;
}

/** What each indicator of the report adds up to (unknown ones with their reason). */
export function indicatorSums(report: Report, defs?: readonly IndicatorDef[]): Sums {
  const template = getTemplate(report.template);
  const values = readValues(template, report);
  const sums: Record<string, { num: number; den: number } | { reason: string }> = {};
  for (const def of defs ?? indicatorDefs(template)) {
    const cells = def.cells(template);
    if (!cells) {
      sums[def.id] = { reason: '格式无此项' };
      continue;
    }
    const num = sumOf(values, cells.num);
    const den = sumOf(values, cells.den);
    if (typeof num !== 'number') sums[def.id] = num;
    else if (typeof den !== 'number') sums[def.id] = den;
    else sums[def.id] = { num, den };
  }
  return sums;
}

/** The counts of a report (received, handled), null where the cell is blank or invalid. */
export function indicatorCounts(report: Report): Readonly<Record<CountId, number | null>> {
  const template = getTemplate(report.template);
  const values = readValues(template, report);
  const count = (id: string) => values.get(id) ?? null;
  return {
    received: count(t3RoleCell(template, 'received')),
    handled: count(t3RoleCell(template, 'resultTotal')),
  };
}

/** A sum as a rate: 样本过少 under MIN_SAMPLE, the reason when unknown. */
export function rateOf(sum: Sums[string] | undefined): Rate {
  if (!sum) return { kind: 'none', reason: '—' };
  if ('reason' in sum) return { kind: 'none', reason: sum.reason };
  return rate(sum.num, sum.den);
}
