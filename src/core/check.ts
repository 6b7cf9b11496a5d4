/**
 * The rule engine's entry: `checkAll` is what the page and the CLI call. It parses the cells once
 * (and last year's, when linked), runs every rule of the catalogue on the same values, marks the
 * warnings the report explains, and lists errors, warnings and infos, most important first.
 */
import { cellsOf } from './cells';
import { profileApplies } from './profile/apply';
import { applyLevels } from './profile/levels';
import type { Profile } from './profile/schema';
import { doubtOf, type Provenance } from './provenance';
import { linkedReport, type Report } from './report';
import { RULES, type Finding, type RuleId } from './rules/catalogue';
import {
  computedCells,
  titleOf,
  type RuleContext,
  type Stage,
  type Subject,
} from './rules/context';
import { applyExplanations } from './rules/explanations';
import { CHECKS, CROSS_YEAR_RULES } from './rules/index';
import { getTemplate } from './templates';
import { readValues } from './values';

function subject(report: Report): Subject {
  const template = getTemplate(report.template);
  return { report, template, values: readValues(template, report) };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors, then warnings, then infos; within a level by the rule's rank, then in table order. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        RULES[a.f.rule].rank - RULES[b.f.rule].rank ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}

/**
 * Options of a check: `stage: 'export'` when the report is about to be published; `profile`, the
 * local requirements (地方要求) loaded — applied when they are for the report's year.
 */
export interface CheckOptions {
  readonly stage?: Stage;
  readonly profile?: Profile | undefined;
  /**
   * How an imported report's cells were read (the importer's `provenance`): findings on cells not
   * read as printed become reading doubts, and blank cells are not taken as zeros.
   */
  readonly provenance?: Provenance;
}

function context(report: Report, lastYear: Report | undefined, options: CheckOptions): RuleContext {
  const own = subject(report);
  const profile = options.profile;
  return {
    ...own,
    cells: cellsOf(own.template),
    stage: options.stage ?? 'draft',
    computed: computedCells(own),
    ...(lastYear ? { lastYear: subject(lastYear) } : {}),
    ...(profile && profileApplies(profile, report) ? { profile } : {}),
    ...(options.provenance ? { provenance: options.provenance } : {}),
  };
}

/** Each finding resting on a cell not read as printed, marked as a reading doubt. */
function markDoubts(findings: Finding[], ctx: RuleContext): Finding[] {
  const nameOf = (id: string) => titleOf(ctx.template, id);
  return findings.map(({ weighs, ...f }) => {
    if (!ctx.provenance) return f;
    const doubt = doubtOf([...f.cells, ...(weighs ?? [])], ctx.provenance, nameOf);
    return doubt ? { ...f, doubt } : f;
  });
}

function run(ids: readonly RuleId[], ctx: RuleContext): Finding[] {
  const found = ids.flatMap((id) => CHECKS[id](ctx));
  const levelled = ctx.profile ? applyLevels(found, ctx.profile) : found;
  return markDoubts(applyExplanations(ctx.report, sortFindings(levelled)), ctx);
}

const ALL = Object.keys(CHECKS) as RuleId[];

/** The rules on the report alone (no cross-year rules). */
export function checkReport(report: Report, options: CheckOptions = {}): Finding[] {
  return run(ALL, context(report, undefined, options));
}

/** Only the cross-year rules of `report` against `lastYear` (any format). */
export function checkCrossYear(
  report: Report,
  lastYear: Report,
  options: CheckOptions = {},
): Finding[] {
  return run(CROSS_YEAR_RULES, context(report, lastYear, options));
}

/**
 * Every rule: the report's own, and the cross-year ones against `lastYear` (given, or the report
 * linked in the file).
 */
export function checkAll(report: Report, lastYear?: Report, options: CheckOptions = {}): Finding[] {
  const previous = lastYear ?? (report.lastYear ? linkedReport(report.lastYear) : undefined);
  return run(ALL, context(report, previous, options));
}
