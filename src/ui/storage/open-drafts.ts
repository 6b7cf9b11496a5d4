/** The drafts open in this tab, so that all of them can be downloaded when storage fails. */
import { reportTitle, saveReport, type Report } from '../../core';
import { download, safeFileName } from '../download';

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

export function openDraftCount(): number {
  return open.size;
}

/** Every open draft as its report file (.json), which 打开报告文件 reads back. */
export function downloadOpenDrafts(): void {
  for (const current of open.values()) {
    const report = current();
    download(`${safeFileName(reportTitle(report))}.json`, saveReport(report), 'application/json');
  }
}
