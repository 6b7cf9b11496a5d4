/**
 * The balance rules of format.md §5 as data: each is an equation `target = Σ plus − Σ minus`
 * over cell ids, derived once from a template's table structure.
 */
import type { Template } from '../template-types';
import type { RuleId } from './catalogue';

export interface Equation {
  readonly rule: Extract<RuleId, 'T3_BALANCE' | 'T3_RESULT_SUM' | 'T3_ROW_SUM' | 'T4_SUM'>;
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
  const { columns, rows, resultRows } = template.t3;
  for (const { key: c } of columns) {
    list.push({
      rule: 'T3_BALANCE',
      target: `t3_result_total_${c}`,
      plus: [`t3_new_${c}`, `t3_carried_${c}`],
      minus: [`t3_carry_next_${c}`],
      formula: '一+二−四',
    });
  }
  for (const { key: c } of columns) {
    list.push({
      rule: 'T3_RESULT_SUM',
      target: `t3_result_total_${c}`,
      plus: resultRows.map((r) => `t3_${r}_${c}`),
      minus: [],
      formula: '（一）至（六）各项之和',
    });
  }
  const applicants = columns.filter((c) => c.key !== 'total');
  for (const { key: r } of rows) {
    list.push({
      rule: 'T3_ROW_SUM',
      target: `t3_${r}_total`,
      plus: applicants.map((c) => `t3_${r}_${c.key}`),
      minus: [],
      formula: '六类申请人之和',
    });
  }
  const { groups, results } = template.t4;
  const parts = results.filter((r) => r.key !== 'total');
  for (const { key: g } of groups) {
    list.push({
      rule: 'T4_SUM',
      target: `t4_${g}_total`,
      plus: parts.map((r) => `t4_${g}_${r.key}`),
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
