/**
 * The review desk's own IndexedDB (apart from the drafts): the batch's files as read and checked,
 * the reviewer's decisions per report, and settings (the expected units, the reviewer's name).
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { ReportReview } from '../../core';
import { openBySteps, type SchemaStep } from '../storage/idb/idb-schema';
import { fromStored, toStored, writtenByNewer } from '../storage/versions/stored-values';
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

/** The desk's object stores, step by step (database.ts has the pattern). */
export const REVIEW_STEPS: readonly SchemaStep<Schema>[] = [
  {
    name: 'the batch, the decisions per report, the settings',
    up: (db) => {
      db.createObjectStore('entries', { keyPath: 'id' });
      db.createObjectStore('reviews');
      db.createObjectStore('settings');
    },
  },
];

let db: Promise<IDBPDatabase<Schema>> | undefined;

function database(): Promise<IDBPDatabase<Schema>> {
  db ??= openBySteps<Schema>('gongkai-review', REVIEW_STEPS);
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
  // Each value migrated once if older; one newer code wrote is left out (and the page says so).
  const reviews = new Map(
    keys.flatMap((key, i) => {
      const review = fromStored('review', values[i], AREA);
      return review ? [[key, review as unknown as ReportReview] as const] : [];
    }),
  );
  const kept = entries.flatMap(
    (e) => (fromStored('review-entry', e, AREA) as BatchEntry | undefined) ?? [],
  );
  kept.sort((a, b) => a.order - b.order);
  const stored = fromStored('review-settings', settings, AREA) as
    Partial<ReviewSettings> | undefined;
  return { entries: kept, reviews, settings: { ...DEFAULT_SETTINGS, ...stored } };
}

/** What the page calls this store when newer code is met in it. */
const AREA = 'review-desk';

/** Store entries in one transaction (never over one newer code wrote). */
/** Entries stored per transaction: each put copies its entry on the page's thread. */
const PUT_CHUNK = 16;

/**
 * Store entries, a few per transaction with a task between: a slice of hundreds of reports copied
 * in one go would hold the page (the desk stores each slice as it arrives).
 */
export async function putEntries(entries: readonly BatchEntry[]): Promise<void> {
  for (let at = 0; at < entries.length; at += PUT_CHUNK) {
    if (at > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    const tx = (await database()).transaction('entries', 'readwrite');
    const put = async (e: BatchEntry) => {
      if (!writtenByNewer(await tx.store.get(e.id))) await tx.store.put(toStored(e));
    };
    await Promise.all([...entries.slice(at, at + PUT_CHUNK).map(put), tx.done]);
  }
}

export async function putReview(id: string, review: ReportReview): Promise<void> {
  await putUnlessNewer('reviews', id, toStored(review));
}

export async function putSettings(settings: ReviewSettings): Promise<void> {
  await putUnlessNewer('settings', 'settings', toStored(settings));
}

async function putUnlessNewer(
  name: 'reviews' | 'settings',
  key: string,
  value: ReportReview | ReviewSettings,
): Promise<void> {
  const tx = (await database()).transaction(name, 'readwrite');
  if (!writtenByNewer(await tx.store.get(key))) await tx.store.put(value, key);
  await tx.done;
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
