/**
 * One pattern for the page's IndexedDB databases (the drafts', the review desk's): their object
 * stores and indexes grow by named steps, as the stored values do by named migrations
 * (store-versions.ts); the database's version is the number of steps, and opening it runs the
 * steps it has not had yet, in order (tldraw's named, tested migrations; IndexedDB's own
 * `onupgradeneeded` does the bookkeeping).
 */
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type OpenDBCallbacks,
  type StoreNames,
} from 'idb';

export interface SchemaStep<S extends DBSchema> {
  /** What the step makes, for the reader and the test ("history and the journal's copy"). */
  readonly name: string;
  readonly up: (
    db: IDBPDatabase<S>,
    tx: IDBPTransaction<S, StoreNames<S>[], 'versionchange'>,
  ) => void;
}

/** The upgrade that runs the steps a database at `oldVersion` has not had yet, in order. */
export function upgradeBy<S extends DBSchema>(
  steps: readonly SchemaStep<S>[],
): NonNullable<OpenDBCallbacks<S>['upgrade']> {
  return (db, oldVersion, _newVersion, tx) => {
    for (const step of steps.slice(oldVersion)) step.up(db, tx);
  };
}

/** Open database `name` at the version its steps give, upgrading it by the steps it lacks. */
export function openBySteps<S extends DBSchema>(
  name: string,
  steps: readonly SchemaStep<S>[],
  callbacks: Omit<OpenDBCallbacks<S>, 'upgrade'> = {},
): Promise<IDBPDatabase<S>> {
  return openDB<S>(name, steps.length, { ...callbacks, upgrade: upgradeBy(steps) });
}
