/**
 * The rules on the tables themselves: VALUE_INVALID, the balance equations (T3_BALANCE,
 * T3_RESULT_SUM, T3_ROW_SUM, T4_SUM), BLANK_CELL and TOWNSHIP_RULES.
 */
import type { CellInfo } from '../cells';
import { equationCells, equationsOf, type BalanceRule, type Equation } from '../equations';
import { finerDecimals, formatValue, sumCounts } from '../number';
import { t3Cell, t3ResultRows, t3RoleCell, t3TotalColumn } from '../roles';
import { readAsPrinted } from '../provenance';
import { totalInputs } from '../totals';
import type { Finding } from './catalogue';
import { cellTitle, computedCell, finding, titleOf, type Rule, type RuleContext } from './context';

/** VALUE_INVALID: a cell whose text is not a valid number for its kind. */
export function invalidCells({ template, report, values }: RuleContext): Finding[] {
  return [...values.invalid].map(([id, why]) => {
    const raw = report.cells[id];
    const shown = typeof raw === 'string' ? raw : JSON.stringify(raw);
    const message = `${titleOf(template, id)}：填写的「${shown}」无效，${why.replace(/^「[^」]*」/, '')}`;
    return finding('VALUE_INVALID', message, [id]);
  });
}

/** The typed cells an equation rests on: computed totals stand for the cells they add up. */
function typedCells(context: RuleContext, eq: Equation): string[] {
  return equationCells(eq).flatMap((id) =>
    computedCell(context, id) ? totalInputs(context.template, id) : [id],
  );
}

/** The worked sum of an equation's sides when short enough to read: "9+1−1 = ". */
function worked(eq: Equation, value: (id: string) => number): string {
  if (eq.plus.length + eq.minus.length > 6) return '';
  return `${[eq.plus.map((id) => String(value(id))).join('+'), ...eq.minus.map((id) => String(value(id)))].join('−')} = `;
}

/**
 * T3_BALANCE with computed totals: the break is in what the clerk typed — the result rows or
 * 一/二/四 — so the finding names the column's result sum and points at its result rows. A
 * column whose result rows are all blank is still being filled in (its 待分配 line shows it),
 * not an error, until the report is exported. The 总计 column adds the others up: it breaks
 * only where one of them does, so it has no finding of its own.
 */
function computedBalance(context: RuleContext, eq: Equation, column: string): Finding[] {
  const { template, values, stage } = context;
  if (column === t3TotalColumn(template).key) return [];
  const results = t3ResultRows(template).map((r) => t3Cell(template, r.key, column));
  if (stage === 'draft' && results.every((id) => values.get(id) === null)) return [];
  const expected = sumCounts(eq.plus.map(values.num)) - sumCounts(eq.minus.map(values.num));
  const actual = sumCounts(results.map(values.num));
  if (actual === expected) return [];
  const name = template.t3.columns.find((c) => c.key === column)?.label ?? column;
  const diff = actual > expected ? `多 ${actual - expected} 件` : `少 ${expected - actual} 件`;
  const message = `表三 ${name}：办理结果合计 ${actual}，应为 ${eq.formula} = ${worked(eq, values.num)}${expected}，${diff}`;
  return [
    finding('T3_BALANCE', message, [...results, ...eq.plus, ...eq.minus], { expected, actual }),
  ];
}

/**
 * Whether some non-negative values of the equation's blank cells make it hold. On an imported
 * report a blank printed cell is not a zero: the importer derived the blanks the equations
 * determine, and an equation that still rests on a blank fires only when no value of it helps.
 */
function blanksCanBalance(eq: Equation, values: RuleContext['values']): boolean {
  const blank = (id: string) => values.get(id) === null;
  const plusBlanks = eq.plus.filter(blank).length;
  const minusBlanks = eq.minus.filter(blank).length;
  const known = sumCounts(eq.plus.map(values.num)) - sumCounts(eq.minus.map(values.num));
  if (blank(eq.target)) return known >= 0 || plusBlanks > 0;
  const need = values.num(eq.target) - known;
  return need === 0 || (need > 0 && plusBlanks > 0) || (need < 0 && minusBlanks > 0);
}

function typedBalance(context: RuleContext, eq: Equation): Finding[] {
  const { template, values, cells } = context;
  const blanks = equationCells(eq).some((id) => values.get(id) === null);
  if (context.provenance && blanks && blanksCanBalance(eq, values)) return [];
  const expected = sumCounts(eq.plus.map(values.num)) - sumCounts(eq.minus.map(values.num));
  const actual = values.get(eq.target) ?? null;
  if ((actual ?? 0) === expected && !(actual === null && expected !== 0)) return [];
  const info = cells.get(eq.target);
  if (!info) return [];
  const stated = actual === null ? '未填写' : `填报 ${actual}`;
  const message = `${cellTitle(template, info)}：${stated}，应为 ${eq.formula} = ${worked(eq, values.num)}${expected}`;
  return [finding(eq.rule, message, equationCells(eq), { expected, actual })];
}

/**
 * One balance rule over its equations. An equation resting on an invalid cell is left to
 * VALUE_INVALID (one cause, one finding); a computed total cannot break its own sum.
 */
function balanceRule(rule: BalanceRule): Rule {
  return (context) => {
    const { template, values } = context;
    return equationsOf(template)
      .filter((eq) => eq.rule === rule)
      .flatMap((eq) => {
        const computed = computedCell(context, eq.target);
        // A computed total cannot break its own sum: nothing to check, nothing to expand.
        if (computed && rule !== 'T3_BALANCE') return [];
        if (typedCells(context, eq).some((id) => values.invalid.has(id))) return [];
        if (!computed) return typedBalance(context, eq);
        const column = template.t3.columns.find(
          (c) => t3RoleCell(template, 'resultTotal', c.key) === eq.target,
        );
        return column ? computedBalance(context, eq, column.key) : [];
      });
  };
}

export const t3Balance = balanceRule('T3_BALANCE');
export const t3ResultSum = balanceRule('T3_RESULT_SUM');
export const t3RowSum = balanceRule('T3_ROW_SUM');
export const t4Sum = balanceRule('T4_SUM');

/** How many blank cells a BLANK_CELL message names before "等". */
const BLANK_NAMED = 3;

/**
 * BLANK_CELL: one warning per table — "表三 尚未填写" for a table nobody has started, else how many
 * cells are still blank. Computed totals are not counted: nobody can type them. On an imported
 * report, the cells printed blank and those the importer could not read are two findings: the
 * second is a reading doubt (its cells are not read as printed).
 */
export function blankCells(context: RuleContext): Finding[] {
  const { template, values, cells, provenance } = context;
  const out: Finding[] = [];
  for (const table of Object.values(template.tables)) {
    const typed = [...cells.values()].filter(
      (c) => c.table === table.id && !computedCell(context, c.id),
    );
    const allBlank = typed.filter((c) => values.blank.has(c.id)).map((c) => c.id);
    const unread = allBlank.filter((id) => provenance && !readAsPrinted(provenance[id]));
    const blank = allBlank.filter((id) => !unread.includes(id));
    const first = unread[0];
    if (first !== undefined) {
      const named = unread.slice(0, BLANK_NAMED).map((id) => cells.get(id)?.name ?? id);
      const more = unread.length > BLANK_NAMED ? ' 等' : '';
      const message = `${table.name} 有 ${unread.length} 个单元格未能从原文读出，暂为空白：${named.join('、')}${more}`;
      out.push(finding('BLANK_CELL', message, unread));
    }
    if (blank.length === 0) continue;
    const named = blank.slice(0, BLANK_NAMED).map((id) => cells.get(id)?.name ?? id);
    const more = blank.length > BLANK_NAMED ? ' 等' : '';
    const message = provenance
      ? `${table.name} 原文有 ${blank.length} 个单元格为空白（可能表示 0，请核对）：${named.join('、')}${more}`
      : blank.length === typed.length
        ? `${table.name} 尚未填写（全部 ${blank.length} 个单元格为空，导出时按 0 处理）`
        : `${table.name} 还有 ${blank.length} 个空白单元格（导出时按 0 处理）：${named.join('、')}${more}`;
    out.push(finding('BLANK_CELL', message, blank));
  }
  return out;
}

/**
 * AMOUNT_PRECISION: an amount finer than the format's 4 decimals of 万元 (published reports print
 * 采购总金额 in 元 with 分, 收费金额 with six decimals). It is a real value and stays exactly as
 * written: a warning to check it, never an error.
 */
export function amountPrecision({ template, values, cells }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const info of cells.values()) {
    const value = info.kind === 'amount' ? values.get(info.id) : undefined;
    if (value === undefined || value === null || finerDecimals(value) === 0) continue;
    const message = `${titleOf(template, info.id)}：「${formatValue(value, 'amount')}」万元比格式要求的精度（保留4位小数，即精确到元）更细，已按原值保留，请核对`;
    out.push(finding('AMOUNT_PRECISION', message, [info.id]));
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
      const info: CellInfo | undefined = cells.get(id);
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
