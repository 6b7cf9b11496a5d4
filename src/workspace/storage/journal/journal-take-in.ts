/**
 * What becomes of unsaved changes a closed page left in the journal, decided against the stored
 * draft (pure): built on the stored revision, they are its next revision; built on an older one
 * (other tabs saved since, or newer code migrated it), they are merged in like another tab's
 * save, field by field from their base; where both changed a field differently, or the entry
 * has no base (pages from before it was kept), they are kept as a copy. Nothing is lost.
 */
import type { Report } from '../../../core';
import type { DraftRecord, DraftUi } from '../records/draft-record';
import type { JournalEntry } from './journal';
import { mergeReports } from '../records/report-merge';
import { sameJson } from '../records/same-json';

export type TakeIn =
  | { readonly kind: 'skip' }
  | { readonly kind: 'save'; readonly report: Report; readonly ui: DraftUi }
  | { readonly kind: 'copy'; readonly report: Report; readonly conflicts: readonly string[] };

/** What to do with `entry` when `current` is stored. */
export function planTakeIn(current: DraftRecord, entry: JournalEntry): TakeIn {
  if (sameJson(entry.report, current.report)) return { kind: 'skip' };
  // Built on the stored revision, or on one its own session saved since (the page was left
  // while that save was under way): this session's latest state.
  if (entry.base === current.revision || current.writer === entry.session) {
    return { kind: 'save', report: entry.report, ui: entry.ui };
  }
  if (!entry.baseReport) return { kind: 'copy', report: entry.report, conflicts: [] };
  const merged = mergeReports(entry.baseReport, current.report, entry.report);
  if (merged.conflicts.length > 0) {
    return { kind: 'copy', report: entry.report, conflicts: merged.conflicts };
  }
  if (sameJson(merged.report, current.report)) return { kind: 'skip' };
  return { kind: 'save', report: merged.report, ui: current.ui };
}

/** The copy's report: its 机关名称 says what it is. */
export function unsavedCopy(report: Report): Report {
  return { ...report, meta: { ...report.meta, org: `${report.meta.org}（未保存的修改）` } };
}
