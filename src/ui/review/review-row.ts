/** A row of the review table: an entry with the reviewer's decisions counted and its conclusion. */
import {
  conclusionOf,
  earlierItems,
  getTemplate,
  isOpen,
  opinionItems,
  ORG_TYPE_LABELS,
  reviewCounts,
  type Conclusion,
  type EarlierItem,
  type EarlierState,
  type OpinionFile,
  type ReportReview,
  type ReviewCounts,
  type ReviewStatus,
} from '../../core';
import type { BatchEntry } from '../../workspace/review/batch-entry';

export interface ReviewRow {
  readonly entry: BatchEntry;
  readonly review: ReportReview | undefined;
  readonly counts: ReviewCounts;
  readonly org: string;
  readonly orgType: string;
  readonly year: number | undefined;
  readonly format: string;
  readonly status: ReviewStatus;
  /** What the unit's opinion concludes: 通过 only with nothing open. */
  readonly conclusion: Conclusion;
  /** Items of the opinion the unit has to deal with. */
  readonly open: number;
  /**
   * What became of an earlier opinion's items: the one the report carries back with the clerk's
   * answers, or the one on its earlier version in the batch.
   */
  readonly earlier:
    | {
        readonly opinion: OpinionFile;
        readonly items: readonly EarlierItem[];
        readonly counts: Readonly<Record<EarlierState, number>>;
      }
    | undefined;
  /** Sort key of 问题: an unreadable file first, then by open errors and warnings. */
  readonly severity: number;
  readonly selected: boolean;
  /** 机关 of the report this one is checked against (its last year's), if matched in the batch. */
  readonly lastYear: string | undefined;
}

function earlierOf(entry: BatchEntry, previous: OpinionFile | undefined): ReviewRow['earlier'] {
  const earlier = entry.report ? earlierItems(entry.report, entry.findings, previous) : undefined;
  if (!earlier || earlier.items.length === 0) return undefined;
  const counts = { fixed: 0, answered: 0, open: 0 };
  for (const item of earlier.items) counts[item.state]++;
  return { ...earlier, counts };
}

type Verdict = Pick<ReviewRow, 'conclusion' | 'open' | 'earlier'>;

/**
 * The opinion's verdict on each entry, kept while its decisions and earlier version stay the
 * same: ticking a row for the 汇总 rebuilds every row, and 1,000 opinions take a while.
 */
const verdicts = new WeakMap<
  BatchEntry,
  { review: ReportReview | undefined; previous: OpinionFile | undefined; verdict: Verdict }
>();

function verdictOf(
  entry: BatchEntry,
  review: ReportReview | undefined,
  previous: OpinionFile | undefined,
): Verdict {
  const known = verdicts.get(entry);
  if (known && known.review === review && known.previous === previous) return known.verdict;
  const file = {
    file: entry.file,
    findings: entry.findings,
    ...(entry.report ? { report: entry.report } : {}),
    ...(review ? { review } : {}),
  };
  const items = opinionItems(file);
  const verdict = {
    conclusion: conclusionOf(file, items),
    open: items.filter(isOpen).length,
    earlier: earlierOf(entry, previous),
  };
  verdicts.set(entry, { review, previous, verdict });
  return verdict;
}

/**
 * Each entry's row, kept while what it shows stays the same: files arriving rebuild the list, and
 * rows kept as they were are not worked out again (nor their table cells re-rendered).
 */
const rows = new WeakMap<BatchEntry, ReviewRow>();

export function reviewRow(
  entry: BatchEntry,
  review: ReportReview | undefined,
  selected: boolean,
  lastYear: BatchEntry | undefined,
  /** The opinion on this report's earlier version in the batch (a corrected report), if any. */
  previous?: OpinionFile,
): ReviewRow {
  const known = rows.get(entry);
  const lastYearLabel = lastYear?.report
    ? `${lastYear.report.meta.year}年 ${lastYear.file}`
    : undefined;
  if (
    known &&
    known.review === review &&
    known.selected === selected &&
    known.lastYear === lastYearLabel &&
    verdicts.get(entry)?.previous === previous
  )
    return known;
  const row = freshRow(entry, review, selected, lastYearLabel, previous);
  rows.set(entry, row);
  return row;
}

function freshRow(
  entry: BatchEntry,
  review: ReportReview | undefined,
  selected: boolean,
  lastYear: string | undefined,
  previous: OpinionFile | undefined,
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
    ...verdictOf(entry, review, previous),
    severity:
      entry.error !== undefined ? 1e9 : counts.errors * 1000 + counts.warnings + counts.doubts,
    selected,
    lastYear,
  };
}
