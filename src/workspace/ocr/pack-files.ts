/**
 * The OCR pack's files kept in this browser's IndexedDB (a page opened from disk cannot fetch
 * them: its user loads the pack file once), in the page's one IndexedDB pattern (idb-schema.ts).
 * The page calls these, never IndexedDB itself.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import { openBySteps, type SchemaStep } from '../storage/idb/idb-schema';

interface Schema extends DBSchema {
  /** A pack file's bytes by its name in the pack. */
  files: { key: string; value: ArrayBuffer };
}

/** The database's object stores, step by step (never edit a step once shipped). */
export const PACK_DATABASE_STEPS: readonly SchemaStep<Schema>[] = [
  {
    name: 'the pack files by name',
    up: (db) => {
      db.createObjectStore('files');
    },
  },
];

let db: Promise<IDBPDatabase<Schema>> | undefined;
const open = () => (db ??= openBySteps<Schema>('gongkai-ocr-pack', PACK_DATABASE_STEPS));

/** The names of the pack files kept. */
export async function storedPackNames(): Promise<string[]> {
  return (await open()).getAllKeys('files');
}

/** Keep the pack's files (name → bytes), all in one transaction. */
export async function storePackFiles(files: ReadonlyMap<string, ArrayBuffer>): Promise<void> {
  const tx = (await open()).transaction('files', 'readwrite');
  for (const [name, bytes] of files) await tx.store.put(bytes, name);
  await tx.done;
}

/** One kept pack file's bytes (undefined: not kept). */
export async function readPackFile(name: string): Promise<ArrayBuffer | undefined> {
  return (await open()).get('files', name);
}

/** Forget the pack kept in this browser. */
export async function clearPackFiles(): Promise<void> {
  await (await open()).clear('files');
}
