/**
 * The reviewer's side of a review: a decision on each finding, a status and a comment per report.
 * A finding is known by what it says (rule, cells, place, message), so a decision stays with the
 * finding when the same file is checked again and drops when the report changes what it finds.
 */
import type { Finding } from '../rules/catalogue';

export type Decision = 'confirmed' | 'dismissed';

export const DECISION_LABELS: Readonly<Record<Decision, string>> = {
  confirmed: '确认问题',
  dismissed: '不作为问题',
};

export interface FindingDecision {
  readonly decision: Decision;
  /** Why: required for a dismissal (the 机关's explanation, or the reviewer's). */
  readonly reason: string;
}

export const REVIEW_STATUSES = ['pending', 'returned', 'passed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  pending: '待审',
  returned: '退回修改',
  passed: '通过',
};

/** What the reviewer decided about one report. */
export interface ReportReview {
  readonly status: ReviewStatus;
  readonly comment: string;
  /** Decisions by `findingKey`. */
  readonly decisions: Readonly<Record<string, FindingDecision>>;
}

export const EMPTY_REVIEW: ReportReview = { status: 'pending', comment: '', decisions: {} };

/** The key of a finding among a report's findings (see the module doc). */
export function findingKey(finding: Finding): string {
  return [finding.rule, finding.cells.join(','), finding.field ?? '', finding.message].join('|');
}

/** The reviewer's decision on a finding, if any. */
export function decisionOf(
  review: ReportReview | undefined,
  finding: Finding,
): FindingDecision | undefined {
  return review?.decisions[findingKey(finding)];
}

export interface ReviewCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  /**
   * Findings explained, not counted as open: dismissed by the reviewer with a reason, or explained
   * by the 机关 in the report (情况属实) and not confirmed as a problem by the reviewer.
   */
  readonly explained: number;
  /**
   * Reading doubts the reviewer has not decided: findings resting on cells not read as printed
   * (Finding.doubt). They are the county's to compare with the original, never the unit's error.
   */
  readonly doubts: number;
}

/** Whether a finding rests on cells not read as printed (set by the importer's check). */
function inDoubt(finding: Finding): boolean {
  const doubt = (finding as { readonly doubt?: unknown }).doubt;
  return typeof doubt === 'object' && doubt !== null;
}

/** Open findings by level, and the explained ones and the reading doubts apart. */
export function reviewCounts(
  findings: readonly Finding[],
  review: ReportReview | undefined,
): ReviewCounts {
  const counts = { errors: 0, warnings: 0, info: 0, explained: 0, doubts: 0 };
  for (const finding of findings) {
    // A reading doubt may be the reader's mistake: counted apart until the reviewer decides it.
    const decision = decisionOf(review, finding)?.decision;
    if (decision === undefined && inDoubt(finding)) counts.doubts++;
    else if (decision === 'dismissed' || (finding.explained && decision !== 'confirmed'))
      counts.explained++;
    else if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else counts.info++;
  }
  return counts;
}
