/**
 * The single file keeps a loaded OCR pack in IndexedDB: a page opened from disk can fetch
 * nothing, so its user loads the pack file once and the page reads it from here (the hosted build
 * keeps it in the service worker's cache instead: pack-store.ts).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { PACK_FILES } from './ocr-protocol';

interface Schema extends DBSchema {
  files: { key: string; value: ArrayBuffer };
}

let db: Promise<IDBPDatabase<Schema>> | undefined;
const open = () =>
  (db ??= openDB<Schema>('gongkai-ocr-pack', 1, {
    upgrade(database) {
      database.createObjectStore('files');
    },
  }));

const REQUIRED = Object.values(PACK_FILES);

/** Keep the pack's files in this browser; says where the page finds them now. */
export async function keepPack(
  files: Readonly<Record<string, Uint8Array>>,
): Promise<{ ok: true; status: 'stored' } | { ok: false; message: string }> {
  const database = await open();
  const tx = database.transaction('files', 'readwrite');
  for (const name of REQUIRED) {
    const bytes = files[name] ?? new Uint8Array();
    await tx.store.put(bytes.slice().buffer, name);
  }
  await tx.done;
  return { ok: true, status: 'stored' };
}

/** Whether a whole pack is kept in this browser. */
export async function hasStoredPack(): Promise<boolean> {
  try {
    const keys = await (await open()).getAllKeys('files');
    return REQUIRED.every((name) => keys.includes(name));
  } catch {
    return false;
  }
}

/** One file of the kept pack. */
export async function storedPackFile(name: string): Promise<ArrayBuffer> {
  const bytes = await (await open()).get('files', name);
  if (!bytes) throw new Error(`OCR 识别包缺少 ${name}，请重新加载识别包`);
  return bytes;
}
