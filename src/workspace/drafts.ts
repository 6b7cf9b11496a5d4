/**
 * Every way a draft comes to be or goes, in one list the page calls (in the spirit of Actual's
 * `server/<domain>/app.ts`): no component writes to storage itself. A draft's life while it is
 * open (typing, undo, other tabs, a replacement) is the editor engine's (editor/editor-engine.ts).
 */
import type { Report } from '../core';
import {
  copyRecord,
  draftRecord,
  newDraftId,
  type DraftRecord,
} from './storage/records/draft-record';
import type { DamagedDraft } from './storage/records/draft-record';
import {
  deleteDamaged,
  deleteDraft as deleteStored,
  getDraft,
  getLastOpen,
  listDrafts as listStored,
  listVersions,
  putDraft,
  readDraft,
  setLastOpen,
  type DraftList,
  type DraftLookup,
} from './storage/idb/drafts-db';
import { summaryOf, type DraftSummary } from './storage/records/drafts-index';
import type { DraftVersion } from './storage/records/history';
import { keepInMemory, memoryDrafts } from './storage/page-memory';
import { storageHealth } from './storage/storage-health';

export type { DraftRecord, DraftUi, DamagedDraft } from './storage/records/draft-record';
export type { DraftList, DraftLookup } from './storage/idb/drafts-db';
export type { DraftSummary } from './storage/records/drafts-index';
export type { DraftVersion } from './storage/records/history';
export { summaryName } from './storage/records/drafts-index';
export { changeSummary, describeChanges } from './storage/records/history';
export { CLOCK_SLACK_MS } from './storage/records/save-plan';

export interface CreateOptions {
  /** Marked in the list as an example (its label), not the office's own draft. */
  readonly example?: string;
  /**
   * The draft is opened at once: when storage refuses it, it is kept in this page's memory
   * instead (the banner says to download it), rather than refused.
   */
  readonly openAnyway?: boolean;
}

/** A new draft of `report` (new, imported, an example), stored. */
export async function createDraft(
  report: Report,
  options: CreateOptions = {},
): Promise<DraftRecord> {
  const { example } = options;
  const record =
    example === undefined ? draftRecord(report) : draftRecord(report, newDraftId(), { example });
  try {
    await putDraft(record);
  } catch (error) {
    if (!options.openAnyway || storageHealth.get().kind === 'ok') throw error;
    keepInMemory(record);
  }
  return record;
}

/** A copy of `report` as a draft of its own ("…（副本）"): 复制草稿, or 另存为副本 in a conflict. */
export async function copyAsDraft(report: Report): Promise<DraftRecord> {
  const copy = copyRecord(report);
  await putDraft(copy);
  return copy;
}

/** Next year's report (core rollForward, chosen in the dialog) as a new draft. */
export const rollForwardDraft = (next: Report): Promise<DraftRecord> => createDraft(next);

/** The county's 汇总 kept as a draft, to be edited and exported like any report. */
export const keepSummaryAsDraft = (summary: Report): Promise<DraftRecord> => createDraft(summary);

/** Delete a draft, or a damaged record or damaged unsaved changes. */
export async function deleteDraft(target: {
  readonly id: string;
  readonly damaged?: DamagedDraft | undefined;
}): Promise<void> {
  await (target.damaged ? deleteDamaged(target.damaged) : deleteStored(target.id));
}

/** The drafts for the list; when storage cannot be read, the drafts kept in this page's memory. */
export async function listDrafts(): Promise<DraftList> {
  return listStored();
}

/** What this page still holds when the list cannot be read. */
export function draftsInMemory(): DraftSummary[] {
  return memoryDrafts().map(summaryOf);
}

/** One draft, with the unsaved changes of closed tabs taken in first. */
export const openDraft = (id: string): Promise<DraftLookup> => getDraft(id);

/** One draft as stored now (another tab's version, to reload it after a conflict). */
export const storedDraft = (id: string): Promise<DraftLookup> => readDraft(id);

/** A draft's earlier versions, newest first. */
export const draftVersions = (id: string): Promise<DraftVersion[]> => listVersions(id);

/** The draft that was open when the page was left, if any. */
export const lastOpenDraft = (): Promise<string | undefined> => getLastOpen();

/** Remember the draft open now (undefined: none), for the next visit. */
export const rememberOpenDraft = (id: string | undefined): Promise<void> => setLastOpen(id);
