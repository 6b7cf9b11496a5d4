/** The page's derived view of the batch: rows, filtered rows, counts per rule, unmatched reports. */
import { useMemo } from 'react';
import { matchLastYear, type ReportReview } from '../../core';
import { reviewedFiles } from './reviewed-files';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import { filterRows, ruleCounts, type BatchFilter } from './batch-filter';
import { reviewRow } from './review-row';

export function useReviewView(
  entries: readonly BatchEntry[],
  reviews: ReadonlyMap<string, ReportReview>,
  selected: ReadonlySet<string>,
  filter: BatchFilter,
) {
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  // The opinion on each corrected report's earlier version in the batch.
  const previous = useMemo(
    () => reviewedFiles(entries, reviews).map((file) => file.previous),
    [entries, reviews],
  );
  const rows = useMemo(
    () =>
      entries.map((e, i) =>
        reviewRow(
          e,
          reviews.get(e.id),
          selected.has(e.id),
          e.lastYearId === undefined ? undefined : byId.get(e.lastYearId),
          previous[i],
        ),
      ),
    [entries, reviews, selected, byId, previous],
  );
  const rowById = useMemo(() => new Map(rows.map((r) => [r.entry.id, r])), [rows]);
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const counts = useMemo(() => ruleCounts(rows), [rows]);
  const unmatched = useMemo(() => {
    const readable = entries.flatMap((e) =>
      e.report ? [{ id: e.id, org: e.report.meta.org, year: e.report.meta.year }] : [],
    );
    return matchLastYear(readable).unmatched.flatMap((id) => byId.get(id) ?? []);
  }, [entries, byId]);
  return { byId, rows, rowById, shown, counts, unmatched };
}
