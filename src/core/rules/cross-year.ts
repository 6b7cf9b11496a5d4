/**
 * Rules that compare a report with last year's (the official format's rules 6 and 7): CARRY_OVER
 * and T2_STOCK. Both are warnings: real reports break them and a reviewer must see it. Which
 * apply follows from the two templates: T2_STOCK needs the stock rows in both years' formats.
 */
import { t3RoleCell } from '../roles';
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
