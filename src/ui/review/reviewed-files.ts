/** The batch as the core's exports read it: entries in drop order with their decisions. */
import {
  withPreviousOpinions,
  type OpinionOptions,
  type ReportReview,
  type ReviewedFile,
} from '../../core';
import type { BatchEntry } from '../../workspace/review/batch-entry';

function reviewedFile(entry: BatchEntry, review: ReportReview | undefined): ReviewedFile {
  return {
    file: entry.file,
    findings: entry.findings,
    notes: entry.notes,
    ...(entry.report ? { report: entry.report } : {}),
    ...(entry.error !== undefined ? { error: entry.error } : {}),
    ...(review ? { review } : {}),
  };
}

/**
 * `entries` as the exports read them, each with the opinion on its earlier version when `all`
 * (the whole batch, in drop order) holds one: a corrected report's opinion says what became of it.
 */
export function reviewedFiles(
  entries: readonly BatchEntry[],
  reviews: ReadonlyMap<string, ReportReview>,
  all: readonly BatchEntry[] = entries,
  options: OpinionOptions = {},
): ReviewedFile[] {
  // Drop order, not arrival order: which version came first decides which is the earlier one.
  const dropped = [...all].sort((a, b) => a.order - b.order);
  const files = withPreviousOpinions(
    dropped.map((e) => reviewedFile(e, reviews.get(e.id))),
    options,
  );
  const byId = new Map(dropped.map((e, i) => [e.id, files[i]]));
  return entries.map((e) => byId.get(e.id) ?? reviewedFile(e, reviews.get(e.id)));
}

/** Today as yyyy-mm-dd in local time (the 成文日期 of the 审核意见, the export names). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
