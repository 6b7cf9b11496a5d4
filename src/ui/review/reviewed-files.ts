/** The batch as the core's exports read it: entries in drop order with their decisions. */
import type { ReportReview, ReviewedFile } from '../../core';
import type { BatchEntry } from './batch-entry';

export function reviewedFiles(
  entries: readonly BatchEntry[],
  reviews: ReadonlyMap<string, ReportReview>,
): ReviewedFile[] {
  return entries.map((e) => {
    const review = reviews.get(e.id);
    return {
      file: e.file,
      findings: e.findings,
      notes: e.notes,
      ...(e.report ? { report: e.report } : {}),
      ...(e.error !== undefined ? { error: e.error } : {}),
      ...(review ? { review } : {}),
    };
  });
}

/** Today as yyyy-mm-dd in local time (the 成文日期 of the 审核意见, the export names). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
