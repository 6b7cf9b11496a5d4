/** What every rule reads: the report, its template and its values parsed once, last year's too. */
import { cellsOf, type CellInfo } from '../cells';
import type { Report } from '../report';
import type { Template } from '../template-types';
import { isComputed } from '../totals';
import type { Values } from '../values';
import { RULES, type Finding, type RuleId } from './catalogue';

/** One report as the rules see it. */
export interface Subject {
  readonly report: Report;
  readonly template: Template;
  readonly values: Values;
}

/** draft: the clerk is still filling in; export: the report is about to be published. */
export type Stage = 'draft' | 'export';

export interface RuleContext extends Subject {
  readonly cells: ReadonlyMap<string, CellInfo>;
  readonly stage: Stage;
  /** Last year's report, when linked or given: the cross-year rules run against it. */
  readonly lastYear?: Subject;
}

/** A rule: one pure function from the context to its findings. */
export type Rule = (context: RuleContext) => Finding[];

/** A finding of a rule, its severity from the catalogue. */
export function finding(
  rule: RuleId,
  message: string,
  cells: readonly string[],
  sides: { expected?: number; actual?: number | null; field?: string } = {},
): Finding {
  return { rule, severity: RULES[rule].severity, message, cells, ...sides };
}

/**
 * Whether the page computes this cell (a total of a table the report says is in auto mode):
 * nobody types it. A file that says nothing (a published report read back) has typed totals.
 */
export function computedCell({ template, report }: Subject, id: string): boolean {
  const modes = { t3: report.totals?.t3 ?? 'manual', t4: report.totals?.t4 ?? 'manual' } as const;
  return isComputed(template, id, modes);
}

/** "表三 一、本年新收政府信息公开申请数量 自然人". */
export function cellTitle(template: Template, info: CellInfo): string {
  return `${template.tables[info.table].name} ${info.name}`;
}

/** The title of a cell by id (the id itself for a cell the template does not have). */
export function titleOf(template: Template, id: string): string {
  const info = cellsOf(template).get(id);
  return info ? cellTitle(template, info) : id;
}
