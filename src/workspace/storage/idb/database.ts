/**
 * The page's IndexedDB: drafts, their history, the journal's copy and small state (the draft
 * that was open, the drafts index). Opening it with a newer version from another tab closes this
 * page's connection: this page's code is then older and stops saving (outdated.ts).
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import { openBySteps, type SchemaStep } from './idb-schema';
import type { DraftRecord } from '../records/draft-record';
import type { DraftVersion } from '../records/history';
import type { JournalEntry } from '../journal/journal';
import { markOutdated, OutdatedError } from '../outdated';
import { storageFailed } from '../storage-health';

export interface Schema extends DBSchema {
  drafts: { key: string; value: DraftRecord };
  /** 'lastOpen': the open draft's id; 'index:<id>': a draft's summary for the list. */
  state: { key: string; value: unknown };
  history: { key: number; value: DraftVersion; indexes: { draftId: string } };
  /** The journal's copy in IndexedDB: a single put per change, the quickest write that commits. */
  journal: { key: string; value: JournalEntry; indexes: { id: string } };
}

export type Db = IDBPDatabase<Schema>;

/** The database's object stores and indexes, step by step (never edit a step once shipped). */
export const DATABASE_STEPS: readonly SchemaStep<Schema>[] = [
  {
    name: 'drafts, and small state (the last open draft, the drafts index)',
    up: (db) => {
      db.createObjectStore('drafts', { keyPath: 'id' });
      db.createObjectStore('state');
    },
  },
  {
    name: "versions by draft, and the journal's copy by draft",
    up: (db) => {
      db.createObjectStore('history', { keyPath: 'key', autoIncrement: true }).createIndex(
        'draftId',
        'draftId',
      );
      db.createObjectStore('journal').createIndex('id', 'id');
    },
  },
];

/** IndexedDB's own version of the database (object stores and indexes), not of the values. */
export const DATABASE_VERSION = DATABASE_STEPS.length;

let db: Promise<Db> | undefined;
let handedOver = false;

/** Opening that neither succeeds nor fails (storage blocked in some browsers) is given up. */
const OPEN_TIMEOUT_MS = 5000;

function openDatabase(): Promise<Db> {
  return openBySteps<Schema>('gongkai-report', DATABASE_STEPS, {
    // A newer page upgrades the database: let it (close), and stop saving here.
    blocking(_current, _next, event) {
      handedOver = true;
      (event.target as IDBDatabase).close();
      markOutdated();
    },
  });
}

/** The open database (opened once per page). */
export function database(): Promise<Db> {
  if (handedOver) return Promise.reject(new OutdatedError());
  // async: a synchronous throw of indexedDB.open (storage blocked) becomes a rejection here.
  db ??= Promise.race([
    (async () => openDatabase())(),
    new Promise<never>((_, reject) => {
      setTimeout(() => {
        reject(new DOMException('IndexedDB did not open', 'InvalidStateError'));
      }, OPEN_TIMEOUT_MS);
    }),
  ]).catch((error: unknown) => {
    db = undefined;
    if (error instanceof DOMException && error.name === 'VersionError') {
      // Newer code has upgraded the database since this page was loaded.
      handedOver = true;
      markOutdated();
      throw new OutdatedError();
    }
    throw storageFailed(error);
  });
  return db;
}

/** Run a storage call; a failure is reported to the page's storage banner and rethrown. */
export async function guarded<T>(call: (db: Db) => Promise<T>): Promise<T> {
  const store = await database();
  try {
    return await call(store);
  } catch (error) {
    if (handedOver) throw new OutdatedError();
    throw storageFailed(error);
  }
}
