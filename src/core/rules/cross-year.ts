/**
 * Rules that compare a report with last year's (the official format's rules 6 and 7): CARRY_OVER
 * and T2_STOCK. Both are warnings: real reports break them and a reviewer must see it. Which
 * apply follows from the two templates: T2_STOCK needs the stock rows in both years' formats.
 */
import { cellsOf } from '../cells';
import { sumCounts } from '../number';
import { t3RoleCell, t4Totals } from '../roles';
import type { Template } from '../template-types';
import type { Finding } from './catalogue';
import { finding, titleOf, type RuleContext } from './context';

/** CARRY_OVER: this year's 二、上年结转 ≠ last year's 四、结转下年度继续办理, per column. */
export function carryOver({ template, values, lastYear }: RuleContext): Finding[] {
  if (!lastYear) return [];
  const out: Finding[] = [];
  for (const { key, label } of template.t3.columns) {
    const id = t3RoleCell(template, 'carried', key);
    const from = lastYear.template.t3.columns.some((c) => c.key === key)
      ? t3RoleCell(lastYear.template, 'carryNext', key)
      : undefined;
    if (from === undefined || values.invalid.has(id) || lastYear.values.invalid.has(from)) continue;
    const expected = lastYear.values.num(from);
    const actual = values.get(id) ?? null;
    if ((actual ?? 0) === expected) continue;
    out.push(
      finding(
        'CARRY_OVER',
        `${titleOf(template, id)}：填报 ${actual ?? '空'}，上年报告（${lastYear.report.meta.year}年）“四、结转下年度继续办理”${label}为 ${expected}`,
        [id],
        { expected, actual },
      ),
    );
  }
  return out;
}

/** T2_STOCK: 现行有效 = last year's 现行有效 + 本年制发 − 本年废止, for rows both formats chain. */
export function stock({ template, values, lastYear }: RuleContext): Finding[] {
  if (!lastYear) return [];
  const out: Finding[] = [];
  for (const row of template.t2.stock) {
    const last = lastYear.template.t2.stock.find((r) => r.key === row.key);
    if (!last) continue;
    const ids = [row.valid, row.made, row.repealed];
    if (ids.some((id) => values.invalid.has(id)) || lastYear.values.invalid.has(last.valid))
      continue;
    const [valid, made, repealed] = ids.map(values.num) as [number, number, number];
    const before = lastYear.values.num(last.valid);
    const expected = before + made - repealed;
    const name = titleOf(template, row.valid);
    if (repealed > before + made) {
      out.push(
        finding(
          'T2_STOCK',
          `${name}：本年废止 ${repealed} 件，多于上年现行有效 ${before} + 本年制发 ${made}`,
          ids,
        ),
      );
    } else if (valid !== expected) {
      out.push(
        finding(
          'T2_STOCK',
          `${name}：填报 ${valid}，按上年现行有效 ${before} + 本年制发 ${made} − 本年废止 ${repealed} 应为 ${expected}（修订也可能计入制发，请核实）`,
          ids,
          { expected, actual: valid },
        ),
      );
    }
  }
  return out;
}

/** At this share of equal non-zero cells the tables are last year's again. */
const TABLE_REUSE_LIMIT = 0.9;
/** Fewer non-zero cells than this say too little to call a table copied. */
const TABLE_REUSE_MIN = 5;

/**
 * TABLE_REUSE: the tables are last year's (nearly) unchanged — ≥ 90% of the cells that are
 * non-zero in either year hold the same figure. 上年结转 is left out: it is last year's figure by
 * design.
 */
export function tableReuse({ template, values, lastYear }: RuleContext): Finding[] {
  if (!lastYear) return [];
  const carried = new Set(template.t3.columns.map((c) => t3RoleCell(template, 'carried', c.key)));
  const ids = [...cellsOf(template).keys()].filter(
    (id) => !carried.has(id) && cellsOf(lastYear.template).has(id),
  );
  const nonZero = ids.filter((id) => values.num(id) !== 0 || lastYear.values.num(id) !== 0);
  if (nonZero.length < TABLE_REUSE_MIN) return [];
  const same = nonZero.filter((id) => values.num(id) === lastYear.values.num(id));
  const share = same.length / nonZero.length;
  if (share < TABLE_REUSE_LIMIT) return [];
  return [
    finding(
      'TABLE_REUSE',
      `表格中 ${nonZero.length} 个非零数字有 ${same.length} 个（${Math.round(share * 100)}%）与上年报告（${lastYear.report.meta.year}年）相同，请确认已按本年度数据填写`,
      same,
      { actual: Math.round(share * 100) },
    ),
  ];
}

/** Changes smaller than this (in the larger of the two years) are not worth a word. */
const JUMP_MIN = 10;

/** The totals whose year-on-year change YOY_JUMP watches: name and cells (summed). */
function watchedTotals(template: Template): [string, string[]][] {
  return [
    ['表三 一、本年新收政府信息公开申请数量 总计', [t3RoleCell(template, 'received')]],
    ['表三 （七）总计 总计', [t3RoleCell(template, 'resultTotal')]],
    ['表四 行政复议 总计', t4Totals(template, 'review')],
    ['表四 行政诉讼 总计', t4Totals(template, 'suit')],
  ];
}

/** YOY_JUMP: a total grew more than fivefold or fell below a fifth of last year's. */
export function yoyJump({ template, values, lastYear }: RuleContext): Finding[] {
  if (!lastYear) return [];
  const last = new Map(watchedTotals(lastYear.template));
  return watchedTotals(template).flatMap(([name, ids]) => {
    const before = sumCounts((last.get(name) ?? []).map(lastYear.values.num));
    const now = sumCounts(ids.map(values.num));
    if (Math.max(before, now) < JUMP_MIN) return [];
    const up = before > 0 ? now > before * 5 : now > 0;
    const down = now * 5 < before;
    if (!up && !down) return [];
    const change = before === 0 ? '上年为 0' : `为上年的 ${(now / before).toFixed(1)} 倍`;
    return [
      finding(
        'YOY_JUMP',
        `${name}：本年 ${now}，上年（${lastYear.report.meta.year}年）${before}，${change}，请核对`,
        ids,
        { expected: before, actual: now },
      ),
    ];
  });
}
