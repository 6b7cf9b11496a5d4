/**
 * The review desk's own IndexedDB (apart from the drafts): the batch's files as read and checked,
 * the reviewer's decisions per report, and settings (the expected units, the reviewer's name).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ReportReview } from '../../core';
import type { BatchEntry } from './batch-entry';

export interface ReviewSettings {
  /** The 机关 that must report, as the reviewer pasted them. */
  readonly expected: string;
  /** 发文机关 of the 审核意见, signed at its end. */
  readonly reviewer: string;
  /** 成文日期 of the 审核意见, yyyy-mm-dd; empty: the day it is exported. */
  readonly opinionDate: string;
  /** 机关名称 of the 汇总. */
  readonly summaryOrg: string;
}

export const DEFAULT_SETTINGS: ReviewSettings = {
  expected: '',
  reviewer: '',
  opinionDate: '',
  summaryOrg: '',
};

interface Schema extends DBSchema {
  entries: { key: string; value: BatchEntry };
  reviews: { key: string; value: ReportReview };
  settings: { key: string; value: ReviewSettings };
}

let db: Promise<IDBPDatabase<Schema>> | undefined;

function database(): Promise<IDBPDatabase<Schema>> {
  db ??= openDB<Schema>('gongkai-review', 1, {
    upgrade(upgrade) {
      upgrade.createObjectStore('entries', { keyPath: 'id' });
      upgrade.createObjectStore('reviews');
      upgrade.createObjectStore('settings');
    },
  });
  return db;
}

/** The stored batch in the order it was dropped, with the decisions by entry id. */
export async function loadBatch(): Promise<{
  entries: BatchEntry[];
  reviews: Map<string, ReportReview>;
  settings: ReviewSettings;
}> {
  const store = await database();
  const [entries, keys, values, settings] = await Promise.all([
    store.getAll('entries'),
    store.getAllKeys('reviews'),
    store.getAll('reviews'),
    store.get('settings', 'settings'),
  ]);
  const reviews = new Map(keys.map((key, i) => [key, values[i] as ReportReview]));
  entries.sort((a, b) => a.order - b.order);
  return { entries, reviews, settings: { ...DEFAULT_SETTINGS, ...settings } };
}

/** Store entries in one transaction. */
export async function putEntries(entries: readonly BatchEntry[]): Promise<void> {
  const tx = (await database()).transaction('entries', 'readwrite');
  await Promise.all([...entries.map((e) => tx.store.put(e)), tx.done]);
}

export async function putReview(id: string, review: ReportReview): Promise<void> {
  await (await database()).put('reviews', review, id);
}

export async function putSettings(settings: ReviewSettings): Promise<void> {
  await (await database()).put('settings', settings, 'settings');
}

/** Forget the batch and its decisions (settings stay). */
export async function clearBatch(): Promise<void> {
  const store = await database();
  const tx = store.transaction(['entries', 'reviews'], 'readwrite');
  await Promise.all([
    tx.objectStore('entries').clear(),
    tx.objectStore('reviews').clear(),
    tx.done,
  ]);
}
