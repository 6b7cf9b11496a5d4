/** Every rule's pure function, by rule id: the catalogue's data and these functions are the rules. */
import type { RuleId } from './catalogue';
import type { Rule } from './context';
import { textContradiction } from './contradictions';
import { carryOver, stock, tableReuse, yoyJump } from './cross-year';
import { dateDeadline } from './dates';
import { overviewLength, profilePlaceholders, profileRequired } from './profile-rules';
import { overviewCoverage, sec5Substance, sec6Fee } from './sections';
import {
  amountPrecision,
  blankCells,
  invalidCells,
  t3Balance,
  t3ResultSum,
  t3RowSum,
  t4Sum,
  townshipRules,
} from './tables';
import { placeholder, textLint, textYear } from './text-quality';
import { checkTextReuse } from './text-reuse';
import { emptySections, templateYear, textTableMismatch } from './texts';

export const CHECKS: Readonly<Record<RuleId, Rule>> = {
  VALUE_INVALID: invalidCells,
  T3_BALANCE: t3Balance,
  T3_RESULT_SUM: t3ResultSum,
  T3_ROW_SUM: t3RowSum,
  T4_SUM: t4Sum,
  BLANK_CELL: blankCells,
  AMOUNT_PRECISION: amountPrecision,
  TOWNSHIP_RULES: townshipRules,
  TEMPLATE_YEAR: templateYear,
  SECTION_EMPTY: emptySections,
  TEXT_TABLE_MISMATCH: textTableMismatch,
  TEXT_CONTRADICTION: textContradiction,
  TEXT_YEAR: textYear,
  PLACEHOLDER: (context) => [...placeholder(context), ...profilePlaceholders(context)],
  TEXT_LINT: textLint,
  DATE_DEADLINE: dateDeadline,
  SEC5_SUBSTANCE: sec5Substance,
  SEC6_FEE: sec6Fee,
  OVERVIEW_COVERAGE: overviewCoverage,
  PROFILE_REQUIRED: profileRequired,
  OVERVIEW_LENGTH: overviewLength,
  CARRY_OVER: carryOver,
  T2_STOCK: stock,
  TEXT_REUSE: checkTextReuse,
  TABLE_REUSE: tableReuse,
  YOY_JUMP: yoyJump,
  // Not rules of one report: SUMMARY_UNITS compares a 汇总 with its units across a batch
  // (county/summary-units.ts), OUTLINE reads the headings an importer saw (county/outline.ts).
  SUMMARY_UNITS: () => [],
  OUTLINE: () => [],
};

/** The rules that compare with last year's report (they find nothing without one). */
export const CROSS_YEAR_RULES: readonly RuleId[] = [
  'CARRY_OVER',
  'T2_STOCK',
  'TEXT_REUSE',
  'TABLE_REUSE',
  'YOY_JUMP',
];
