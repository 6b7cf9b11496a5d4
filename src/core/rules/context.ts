/** What every rule reads: the report, its template and its values parsed once, last year's too. */
import { cellsOf, type CellInfo } from '../cells';
import type { Profile } from '../profile/schema';
import type { Provenance } from '../provenance';
import type { Report } from '../report';
import type { Template } from '../template-types';
import { isComputed, totalEquations } from '../totals';
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
  /** The cells the page computes (computedCells), worked out once per check. */
  readonly computed: ReadonlySet<string>;
  /** Last year's report, when linked or given: the cross-year rules run against it. */
  readonly lastYear?: Subject;
  /**
   * How an imported report's cells were read. Given, the report is a published one read back: a
   * blank cell is what it printed, not a zero the clerk has yet to type (see tables.ts).
   */
  readonly provenance?: Provenance;
  /** The local requirements (地方要求) in force for this report, when a profile is loaded. */
  readonly profile?: Profile;
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
 * The cells the page computes (the totals of a table the report says is in auto mode): nobody
 * types them. A file that says nothing (a published report read back) has typed totals.
 */
export function computedCells({ template, report }: Subject): ReadonlySet<string> {
  const modes = { t3: report.totals?.t3 ?? 'manual', t4: report.totals?.t4 ?? 'manual' } as const;
  return new Set(
    [...totalEquations(template).keys()].filter((id) => isComputed(template, id, modes)),
  );
}

/** Whether the page computes this cell (see computedCells). */
export function computedCell(context: RuleContext, id: string): boolean {
  return context.computed.has(id);
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

/**
 * A small memo for rules that read only the texts: a keystroke in a table cell leaves the texts
 * as they were, so their findings come back without running the patterns again.
 */
export function textMemo<T>(size = 32): (key: string, compute: () => T) => T {
  const recent = new Map<string, T>();
  return (key, compute) => {
    const known = recent.get(key);
    if (known !== undefined) return known;
    const value = compute();
    if (recent.size >= size) recent.delete(recent.keys().next().value ?? '');
    recent.set(key, value);
    return value;
  };
}

/** The key of a report's texts (and the meta fields named) for textMemo. */
export function textsKey(report: Report, ...meta: (string | number | undefined)[]): string {
  return [...meta, ...Object.values(report.text)].join('\u0000');
}
