/**
 * The rules on the tables themselves: VALUE_INVALID, the balance equations (T3_BALANCE,
 * T3_RESULT_SUM, T3_ROW_SUM, T4_SUM), BLANK_CELL and TOWNSHIP_RULES.
 */
import type { CellInfo } from '../cells';
import { equationCells, equationsOf, type Equation } from '../equations';
import { formatValue, sumCounts } from '../number';
import type { Finding } from './catalogue';
import { cellTitle, finding, titleOf, type RuleContext } from './context';

/** VALUE_INVALID: a cell whose text is not a valid number for its kind. */
export function invalidCells({ template, report, values }: RuleContext): Finding[] {
  return [...values.invalid].map(([id, why]) => {
    const raw = report.cells[id];
    const shown = typeof raw === 'string' ? raw : JSON.stringify(raw);
    const message = `${titleOf(template, id)}：填写的「${shown}」无效，${why.replace(/^「[^」]*」/, '')}`;
    return finding('VALUE_INVALID', message, [id]);
  });
}

/** The balance equations; an equation over an invalid cell is left to VALUE_INVALID. */
export function balance({ template, values, cells }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const eq of equationsOf(template)) {
    const ids = equationCells(eq);
    if (ids.some((id) => values.invalid.has(id))) continue;
    const expected = sumCounts(eq.plus.map(values.num)) - sumCounts(eq.minus.map(values.num));
    const actual = values.get(eq.target) ?? null;
    if ((actual ?? 0) === expected && !(actual === null && expected !== 0)) continue;
    const info = cells.get(eq.target);
    if (!info) continue;
    const message = balanceMessage(cellTitle(template, info), eq, actual, expected, values.num);
    out.push(finding(eq.rule, message, ids, { expected, actual }));
  }
  return out;
}

function balanceMessage(
  title: string,
  eq: Equation,
  actual: number | null,
  expected: number,
  value: (id: string) => number,
): string {
  const stated = actual === null ? '未填写' : `填报 ${actual}`;
  const terms = eq.plus.length + eq.minus.length;
  const worked =
    terms <= 6
      ? `${[
          eq.plus.map((id) => String(value(id))).join('+'),
          ...eq.minus.map((id) => String(value(id))),
        ].join('−')} = `
      : '';
  return `${title}：${stated}，应为 ${eq.formula} = ${worked}${expected}`;
}

/** BLANK_CELL: one warning per table not started yet, else one per row with blank cells. */
export function blankCells({ template, values, cells }: RuleContext): Finding[] {
  const rows = new Map<string, CellInfo[]>();
  const blankPerTable = new Map<string, number>();
  for (const id of values.blank) {
    const info = cells.get(id);
    if (!info) continue;
    const key = `${info.table}:${info.row}`;
    rows.set(key, [...(rows.get(key) ?? []), info]);
    blankPerTable.set(info.table, (blankPerTable.get(info.table) ?? 0) + 1);
  }
  const inTable = (table: string) => [...cells.values()].filter((c) => c.table === table);
  const out: Finding[] = [];
  const wholeTables = new Set<string>();
  for (const [table, count] of blankPerTable) {
    const all = inTable(table);
    if (count !== all.length) continue;
    wholeTables.add(table);
    const name = template.tables[table as CellInfo['table']].name;
    out.push(
      finding(
        'BLANK_CELL',
        `${name} 尚未填写（全部 ${count} 个单元格为空，导出时按 0 处理）`,
        all.map((c) => c.id),
      ),
    );
  }
  for (const blank of rows.values()) {
    const first = blank[0] as CellInfo;
    if (wholeTables.has(first.table)) continue;
    const cols = blank.map((b) => b.col).join('、');
    const message = `${template.tables[first.table].name} ${first.row}：${cols} 未填写（导出时按 0 处理）`;
    out.push(
      finding(
        'BLANK_CELL',
        message,
        blank.map((b) => b.id),
      ),
    );
  }
  return out;
}

/** TOWNSHIP_RULES: a 乡镇/街道 cannot make 规章 (only 省级 and 设区的市 governments can). */
export function townshipRules({ template, report, values, cells }: RuleContext): Finding[] {
  if (report.meta.orgType !== 'township') return [];
  const filled = template.t2.regulations.filter((id) => values.num(id) !== 0);
  if (filled.length === 0) return [];
  const what = filled
    .map((id) => {
      const info = cells.get(id);
      return `${info?.col ?? id} ${formatValue(values.num(id), info?.kind ?? 'count')}`;
    })
    .join('、');
  const row = cells.get(filled[0] ?? '')?.row ?? '';
  return [
    finding(
      'TOWNSHIP_RULES',
      `表二 ${row}：${what}。乡镇/街道不能制定规章（只有省级和设区的市人民政府可以），规章各项应为 0`,
      filled,
    ),
  ];
}
