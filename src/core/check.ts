/**
 * The rule engine's entry: `checkAll` is what the page and the CLI call. It parses the cells once
 * (and last year's, when linked), then runs every rule of the list on the same values.
 */
import { cellsOf } from './cells';
import { linkedReport, type Report } from './report';
import { carryOver, stock } from './rules/cross-year';
import type { Finding } from './rules/catalogue';
import type { Rule, RuleContext, Subject } from './rules/context';
import { balance, blankCells, invalidCells, townshipRules } from './rules/tables';
import { checkTextReuse } from './rules/text-reuse';
import { emptySections, templateYear, textTableMismatch } from './rules/texts';
import { getTemplate } from './templates';
import { readValues } from './values';

/** The rules on the report itself, in the order their findings are listed within a severity. */
const OWN_RULES: readonly Rule[] = [
  invalidCells,
  balance,
  blankCells,
  townshipRules,
  templateYear,
  emptySections,
  textTableMismatch,
];

/** The rules that compare with last year's report; they find nothing without one. */
const CROSS_YEAR_RULES: readonly Rule[] = [carryOver, stock, checkTextReuse];

function subject(report: Report): Subject {
  const template = getTemplate(report.template);
  return { report, template, values: readValues(template, report) };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors, then warnings, then info; a stable sort keeps rule and table order within each. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

function run(rules: readonly Rule[], context: RuleContext): Finding[] {
  return rules.flatMap((rule) => rule(context));
}

/** The rules on the report alone (no cross-year rules), errors first. */
export function checkReport(report: Report): Finding[] {
  const own = subject(report);
  return sortFindings(run(OWN_RULES, { ...own, cells: cellsOf(own.template) }));
}

/** Only the cross-year rules of `report` against `lastYear` (any format). */
export function checkCrossYear(report: Report, lastYear: Report): Finding[] {
  const own = subject(report);
  return run(CROSS_YEAR_RULES, {
    ...own,
    cells: cellsOf(own.template),
    lastYear: subject(lastYear),
  });
}

/**
 * Every rule: the report's own, and the cross-year ones against `lastYear` (given, or the report
 * linked in the file), errors first.
 */
export function checkAll(report: Report, lastYear?: Report): Finding[] {
  const previous = lastYear ?? (report.lastYear ? linkedReport(report.lastYear) : undefined);
  const own = subject(report);
  const context: RuleContext = {
    ...own,
    cells: cellsOf(own.template),
    ...(previous ? { lastYear: subject(previous) } : {}),
  };
  return sortFindings(run([...OWN_RULES, ...CROSS_YEAR_RULES], context));
}
