/**
 * Drafts in the browser's IndexedDB: nothing leaves the machine. One record per draft; a small
 * `state` store remembers which draft was open so coming back restores it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { checkAll, countFindings, type Report } from '../../core';

/** Where the user was in a draft, restored when it is opened again. */
export interface DraftUi {
  readonly section?: string;
  readonly cell?: string;
}

export interface DraftRecord {
  readonly id: string;
  readonly report: Report;
  /** Epoch milliseconds of the last save. */
  readonly savedAt: number;
  readonly ui: DraftUi;
  readonly errors: number;
  readonly warnings: number;
}

interface Schema extends DBSchema {
  drafts: { key: string; value: DraftRecord };
  state: { key: string; value: string };
}

let db: Promise<IDBPDatabase<Schema>> | undefined;

function database(): Promise<IDBPDatabase<Schema>> {
  db ??= openDB<Schema>('gongkai-report', 1, {
    upgrade(upgrade) {
      upgrade.createObjectStore('drafts', { keyPath: 'id' });
      upgrade.createObjectStore('state');
    },
  });
  return db;
}

export async function listDrafts(): Promise<DraftRecord[]> {
  return (await database()).getAll('drafts');
}

export async function getDraft(id: string): Promise<DraftRecord | undefined> {
  return (await database()).get('drafts', id);
}

export async function putDraft(record: DraftRecord): Promise<void> {
  await (await database()).put('drafts', record);
}

export async function deleteDraft(id: string): Promise<void> {
  const store = await database();
  await store.delete('drafts', id);
  if ((await store.get('state', 'lastOpen')) === id) await store.delete('state', 'lastOpen');
}

/** The draft that was open when the page was left, if any. */
export async function getLastOpen(): Promise<string | undefined> {
  return (await database()).get('state', 'lastOpen');
}

export async function setLastOpen(id: string | undefined): Promise<void> {
  const store = await database();
  if (id) await store.put('state', id, 'lastOpen');
  else await store.delete('state', 'lastOpen');
}

/** A draft record for a report as it is now, with its check summary. */
export function draftRecord(report: Report, id = newDraftId(), ui: DraftUi = {}): DraftRecord {
  return { id, report, savedAt: Date.now(), ui, ...countFindings(checkAll(report)) };
}

/** A new draft id (unique per browser). */
export function newDraftId(): string {
  return crypto.randomUUID();
}
