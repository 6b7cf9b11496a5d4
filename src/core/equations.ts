/**
 * The balance rules of the official format (勾稽关系) as data: each is an equation
 * `target = Σ plus − Σ minus` over cell ids, derived once from a template's row and column roles.
 * Computed totals and the rule engine both read them.
 */
import { t3Applicants, t3Cell, t3ResultRows, t3RoleCell, t3TotalColumn, t4Cell } from './roles';
import type { Template } from './template-types';

/** The rules whose equations these are (ids of the rule catalogue). */
export type BalanceRule = 'T3_BALANCE' | 'T3_RESULT_SUM' | 'T3_ROW_SUM' | 'T4_SUM';

export interface Equation {
  readonly rule: BalanceRule;
  /** The cell whose value the equation gives (a total). */
  readonly target: string;
  readonly plus: readonly string[];
  readonly minus: readonly string[];
  /** How the expected value is computed, in the table's own numbering ("一+二−四"). */
  readonly formula: string;
}

const cache = new WeakMap<Template, readonly Equation[]>();

/** Every balance equation of a template. */
export function equationsOf(template: Template): readonly Equation[] {
  const known = cache.get(template);
  if (known) return known;
  const list: Equation[] = [];
  const { columns, rows } = template.t3;
  for (const { key: c } of columns) {
    list.push({
      rule: 'T3_BALANCE',
      target: t3RoleCell(template, 'resultTotal', c),
      plus: [t3RoleCell(template, 'received', c), t3RoleCell(template, 'carried', c)],
      minus: [t3RoleCell(template, 'carryNext', c)],
      formula: '一+二−四',
    });
  }
  const results = t3ResultRows(template);
  for (const { key: c } of columns) {
    list.push({
      rule: 'T3_RESULT_SUM',
      target: t3RoleCell(template, 'resultTotal', c),
      plus: results.map((r) => t3Cell(template, r.key, c)),
      minus: [],
      formula: '（一）至（六）各项之和',
    });
  }
  const applicants = t3Applicants(template);
  const total = t3TotalColumn(template).key;
  for (const { key: r } of rows) {
    list.push({
      rule: 'T3_ROW_SUM',
      target: t3Cell(template, r, total),
      plus: applicants.map((c) => t3Cell(template, r, c.key)),
      minus: [],
      formula: '六类申请人之和',
    });
  }
  const { groups, results: outcomes } = template.t4;
  const parts = outcomes.filter((r) => r.role !== 'total');
  for (const { key: g } of groups) {
    list.push({
      rule: 'T4_SUM',
      target: t4Cell(template, g, 'total'),
      plus: parts.map((r) => t4Cell(template, g, r.role)),
      minus: [],
      formula: parts.map((r) => r.label).join('+'),
    });
  }
  cache.set(template, list);
  return list;
}

/** Every cell an equation reads, target first. */
export function equationCells(eq: Equation): string[] {
  return [eq.target, ...eq.plus, ...eq.minus];
}
