/**
 * Rules that compare a report with last year's (format.md §5 rules 6 and 7): CARRY_OVER and
 * T2_STOCK. Both are warnings: real reports break them and a reviewer must see it.
 */
import { cellsOf } from '../cells';
import { linkedReport, type Report } from '../report';
import { getTemplate } from '../templates';
import { RULES, type Finding } from './catalogue';
import { cellTitle, checkReport, parseCells, sortFindings } from './check';
import { checkTextReuse } from './text-reuse';

/** Findings from comparing `report` with `lastYear` (any format). */
export function checkCrossYear(report: Report, lastYear: Report): Finding[] {
  return [
    ...carryOver(report, lastYear),
    ...stock(report, lastYear),
    ...checkTextReuse(report, lastYear),
  ];
}

function carryOver(report: Report, lastYear: Report): Finding[] {
  const template = getTemplate(report.template);
  const last = parseCells(getTemplate(lastYear.template), lastYear);
  const now = parseCells(template, report);
  const cells = cellsOf(template);
  const out: Finding[] = [];
  for (const { key, label } of template.t3.columns) {
    const id = `t3_carried_${key}`;
    const from = `t3_carry_next_${key}`;
    if (now.invalid.has(id) || last.invalid.has(from)) continue;
    const expected = last.values.get(from) ?? 0;
    const actual = now.values.get(id) ?? null;
    if ((actual ?? 0) === expected) continue;
    const info = cells.get(id);
    out.push({
      rule: 'CARRY_OVER',
      severity: RULES.CARRY_OVER.severity,
      message: `${info ? cellTitle(template, info) : id}：填报 ${actual ?? '空'}，上年报告（${lastYear.meta.year}年）“四、结转下年度继续办理”${label}为 ${expected}`,
      cells: [id],
      expected,
      actual,
    });
  }
  return out;
}

function stock(report: Report, lastYear: Report): Finding[] {
  if (report.template !== '2021' || lastYear.template !== '2021') return [];
  const template = getTemplate(report.template);
  const last = parseCells(template, lastYear);
  const now = parseCells(template, report);
  const cells = cellsOf(template);
  const out: Finding[] = [];
  for (const row of ['rules', 'normative']) {
    const ids = [`t2_${row}_valid`, `t2_${row}_made`, `t2_${row}_repealed`];
    if (ids.some((id) => now.invalid.has(id)) || last.invalid.has(`t2_${row}_valid`)) continue;
    const [valid, made, repealed] = ids.map((id) => now.values.get(id) ?? 0) as [
      number,
      number,
      number,
    ];
    const before = last.values.get(`t2_${row}_valid`) ?? 0;
    const expected = before + made - repealed;
    const info = cells.get(`t2_${row}_valid`);
    const name = info ? cellTitle(template, info) : ids[0];
    if (repealed > before + made) {
      out.push({
        rule: 'T2_STOCK',
        severity: RULES.T2_STOCK.severity,
        message: `${name}：本年废止 ${repealed} 件，多于上年现行有效 ${before} + 本年制发 ${made}`,
        cells: ids,
      });
    } else if (valid !== expected) {
      out.push({
        rule: 'T2_STOCK',
        severity: RULES.T2_STOCK.severity,
        message: `${name}：填报 ${valid}，按上年现行有效 ${before} + 本年制发 ${made} − 本年废止 ${repealed} 应为 ${expected}（修订也可能计入制发，请核实）`,
        cells: ids,
        expected,
        actual: valid,
      });
    }
  }
  return out;
}

/**
 * Every rule: the report's own, and the cross-year ones against `lastYear` (given, or the report
 * linked in the file), errors first.
 */
export function checkAll(report: Report, lastYear?: Report): Finding[] {
  const previous = lastYear ?? (report.lastYear ? linkedReport(report.lastYear) : undefined);
  return sortFindings([
    ...checkReport(report),
    ...(previous ? checkCrossYear(report, previous) : []),
  ]);
}
