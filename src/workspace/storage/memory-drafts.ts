/**
 * Drafts that storage refused to keep, opened in this page's memory only (private mode, site data
 * blocked, disk full): the user can still fill, check and export them, and is told to download.
 */
import type { DraftRecord } from './draft-record';
import { ownUnsaved } from './journal';

const drafts = new Map<string, DraftRecord>();

export function keepInMemory(record: DraftRecord): void {
  drafts.set(record.id, record);
}

/** A draft kept in memory, with its latest unsaved changes. */
export function memoryDraft(id: string): DraftRecord | undefined {
  const record = drafts.get(id);
  if (!record) return undefined;
  const latest = ownUnsaved(id);
  return latest ? { ...record, report: latest.report, ui: latest.ui } : record;
}

export function memoryDrafts(): DraftRecord[] {
  return [...drafts.keys()].flatMap((id) => memoryDraft(id) ?? []);
}

/** Drop a draft from memory (stored at last, or deleted); true when it was there. */
export function forgetInMemory(id: string): boolean {
  return drafts.delete(id);
}
