/**
 * Where a balance break (T3_BALANCE, T3_RESULT_SUM, T3_ROW_SUM, T4_SUM) most likely is, so a click
 * on the finding lands on that cell instead of the first of 22 result rows. Two signs, in order:
 *  1. the one cell that alone explains the difference: a figure too large by the difference is the
 *     usual slip ("11" typed for "1"), so it is a typed cell on the side that is over whose value
 *     is at least the difference — and the only such cell. Not while a cell on the other side is
 *     still blank (that blank may be the missing part);
 *  2. otherwise the cell of the equation the clerk changed most recently. The order of changes is
 *     the editor's knowledge, not the report's: the caller passes it (most recent first).
 * Pure: the page and the command line may both ask.
 */
import { cellsOf, type CellInfo } from '../cells';
import { equationsOf, type Equation } from '../equations';
import { formatValue } from '../number';
import type { Report } from '../report';
import { getTemplate } from '../templates';
import { readValues, type Values } from '../values';
import type { Finding } from './catalogue';
import { computedCells } from './context';

/** The likely cell of a balance finding, and a line that says so. */
export interface LikelyCell {
  readonly cell: string;
  /** "重复申请 11 — 多出的 10 件可能在这里". */
  readonly hint: string;
  /** `alone`: the only cell that explains the difference; `recent`: changed most recently. */
  readonly why: 'alone' | 'recent';
}

const BALANCE = new Set<Finding['rule']>(['T3_BALANCE', 'T3_RESULT_SUM', 'T3_ROW_SUM', 'T4_SUM']);

/** Whether a finding is a balance break, the kind likelyCell points into. */
export function isBalanceFinding(finding: Finding): boolean {
  return BALANCE.has(finding.rule);
}

/** The equation a balance finding reports: its plus and minus cells are all among the finding's. */
function equationOf(report: Report, finding: Finding): Equation | undefined {
  const cells = new Set(finding.cells);
  return equationsOf(getTemplate(report.template)).find(
    (eq) =>
      eq.rule === finding.rule &&
      eq.plus.every((id) => cells.has(id)) &&
      eq.minus.every((id) => cells.has(id)),
  );
}

/** A label short enough for one line: its last part, numbering and bracketed notes off, cut. */
function shortLabel(label: string): string {
  const bare = (label.split(' ').at(-1) ?? label)
    .replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])/, '')
    .replace(/（.*$/, '');
  return bare.length > 14 ? `${bare.slice(0, 12)}…` : bare;
}

/** A row equation (T3_ROW_SUM, T4_SUM) names its cells by column, a column equation by row. */
function cellLabel(info: CellInfo, eq: Equation): string {
  return shortLabel(eq.rule === 'T3_ROW_SUM' || eq.rule === 'T4_SUM' ? info.col : info.row);
}

function shown(values: Values, info: CellInfo): string {
  const value = values.get(info.id);
  return value === null || value === undefined ? '（空白）' : formatValue(value, info.kind);
}

/** The only typed cell whose value alone covers the difference, on the side that is over. */
function alone(
  eq: Equation,
  finding: Finding,
  values: Values,
  typed: (id: string) => boolean,
): string | undefined {
  const { expected, actual } = finding;
  if (expected === undefined || actual === undefined || actual === null) return undefined;
  const diff = actual - expected;
  if (diff === 0) return undefined;
  const sides = new Set([...eq.plus, ...eq.minus]);
  const stated = finding.cells.filter((id) => !sides.has(id));
  const [over, under] =
    diff > 0 ? [[...stated, ...eq.minus], eq.plus] : [eq.plus, [...stated, ...eq.minus]];
  if (under.some((id) => values.get(id) === null)) return undefined;
  const candidates = over.filter((id) => typed(id) && (values.get(id) ?? 0) >= Math.abs(diff));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * The cell a balance finding most likely comes from (see the module doc), with its hint; undefined
 * for other rules, or when neither sign points anywhere. `recent`: cell ids, most recent first.
 */
export function likelyCell(
  report: Report,
  finding: Finding,
  recent: readonly string[] = [],
): LikelyCell | undefined {
  if (!isBalanceFinding(finding)) return undefined;
  const eq = equationOf(report, finding);
  if (!eq) return undefined;
  const template = getTemplate(report.template);
  const values = readValues(template, report);
  const computed = computedCells({ report, template, values });
  const typed = (id: string) => !computed.has(id);
  const infos = cellsOf(template);
  const diff = Math.abs((finding.actual ?? 0) - (finding.expected ?? 0));

  const single = alone(eq, finding, values, typed);
  const singleInfo = single === undefined ? undefined : infos.get(single);
  if (singleInfo) {
    return {
      cell: singleInfo.id,
      hint: `${cellLabel(singleInfo, eq)} ${shown(values, singleInfo)} — 多出的 ${diff} 件可能在这里`,
      why: 'alone',
    };
  }
  const own = new Set(finding.cells);
  const last = recent.find((id) => own.has(id) && typed(id));
  const lastInfo = last === undefined ? undefined : infos.get(last);
  if (!lastInfo) return undefined;
  return {
    cell: lastInfo.id,
    hint: `${cellLabel(lastInfo, eq)} ${shown(values, lastInfo)} — 最近修改的单元格，请先核对这里`,
    why: 'recent',
  };
}
