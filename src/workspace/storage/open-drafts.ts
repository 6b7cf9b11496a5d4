/** The drafts open in this tab, so that all of them can be downloaded when storage fails. */
import { reportTitle, saveReport, type Report } from '../../core';
import { download, safeFileName } from '../platform/download';
import { distinctNames } from './distinct-names';
import { memoryDrafts, ownUnsavedAll } from './page-memory';

const open = new Map<string, () => Report>();

/** Register an open draft (its current report); returns the unregister. */
export function registerOpenDraft(id: string, current: () => Report): () => void {
  open.set(id, current);
  return () => {
    if (open.get(id) === current) open.delete(id);
  };
}

export function isDraftOpen(id: string): boolean {
  return open.has(id);
}

/** How many drafts `downloadOpenDrafts` would save. */
export function unsavedDraftCount(): number {
  return new Set([
    ...open.keys(),
    ...ownUnsavedAll().map((e) => e.id),
    ...memoryDrafts().map((d) => d.id),
  ]).size;
}

/**
 * Every draft whose work is in this page: the open ones and those left with unsaved changes (or
 * kept in memory only), each as its report file (.json), which 导入报告 reads back; drafts of the
 * same 机关 and year get distinct names.
 */
export function downloadOpenDrafts(): void {
  const reports = new Map<string, Report>();
  for (const entry of ownUnsavedAll()) reports.set(entry.id, entry.report);
  for (const record of memoryDrafts()) reports.set(record.id, record.report);
  for (const [id, current] of open) reports.set(id, current());
  const list = [...reports.values()];
  const names = distinctNames(
    list.map((report) => safeFileName(reportTitle(report))),
    '.json',
  );
  list.forEach((report, i) => {
    download(names[i] ?? 'report.json', saveReport(report), 'application/json');
  });
}
