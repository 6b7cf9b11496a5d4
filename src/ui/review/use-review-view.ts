/** The page's derived view of the batch: rows, filtered rows, counts per rule, unmatched reports. */
import { useMemo } from 'react';
import { matchLastYear, type ReportReview } from '../../core';
import type { BatchEntry } from './batch-entry';
import { filterRows, ruleCounts, type BatchFilter } from './batch-filter';
import { reviewRow } from './review-row';

export function useReviewView(
  entries: readonly BatchEntry[],
  reviews: ReadonlyMap<string, ReportReview>,
  selected: ReadonlySet<string>,
  filter: BatchFilter,
) {
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const rows = useMemo(
    () =>
      entries.map((e) =>
        reviewRow(
          e,
          reviews.get(e.id),
          selected.has(e.id),
          e.lastYearId === undefined ? undefined : byId.get(e.lastYearId),
        ),
      ),
    [entries, reviews, selected, byId],
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
