/** A row of the review table: an entry with the reviewer's decisions counted. */
import {
  getTemplate,
  ORG_TYPE_LABELS,
  reviewCounts,
  type ReportReview,
  type ReviewCounts,
  type ReviewStatus,
} from '../../core';
import type { BatchEntry } from './batch-entry';

export interface ReviewRow {
  readonly entry: BatchEntry;
  readonly review: ReportReview | undefined;
  readonly counts: ReviewCounts;
  readonly org: string;
  readonly orgType: string;
  readonly year: number | undefined;
  readonly format: string;
  readonly status: ReviewStatus;
  /** Sort key of 问题: an unreadable file first, then by open errors and warnings. */
  readonly severity: number;
  readonly selected: boolean;
  /** 机关 of the report this one is checked against (its last year's), if matched in the batch. */
  readonly lastYear: string | undefined;
}

export function reviewRow(
  entry: BatchEntry,
  review: ReportReview | undefined,
  selected: boolean,
  lastYear: BatchEntry | undefined,
): ReviewRow {
  const counts = reviewCounts(entry.findings, review);
  const report = entry.report;
  return {
    entry,
    review,
    counts,
    org: report?.meta.org ?? '',
    orgType: report?.meta.orgType ? ORG_TYPE_LABELS[report.meta.orgType] : '',
    year: report?.meta.year,
    format: report ? getTemplate(report.template).name : '',
    status: review?.status ?? 'pending',
    severity: entry.error !== undefined ? 1e9 : counts.errors * 1000 + counts.warnings,
    selected,
    lastYear: lastYear?.report ? `${lastYear.report.meta.year}年 ${lastYear.file}` : undefined,
  };
}
