/**
 * The single file keeps a loaded OCR pack in IndexedDB (through src/workspace/ocr/pack-files.ts):
 * a page opened from disk can fetch nothing, so its user loads the pack file once and the page
 * reads it from there (the hosted build keeps it in the service worker's cache instead:
 * pack-store.ts).
 */
import { readPackFile, storedPackNames, storePackFiles } from '../../workspace/ocr/pack-files';
import { PACK_FILES } from './ocr-protocol';

const REQUIRED = Object.values(PACK_FILES);

/** Keep the pack's files in this browser; says where the page finds them now. */
export async function keepPack(
  files: Readonly<Record<string, Uint8Array>>,
): Promise<{ ok: true; status: 'stored' } | { ok: false; message: string }> {
  await storePackFiles(
    new Map(REQUIRED.map((name) => [name, (files[name] ?? new Uint8Array()).slice().buffer])),
  );
  return { ok: true, status: 'stored' };
}

/** Whether a whole pack is kept in this browser. */
export async function hasStoredPack(): Promise<boolean> {
  try {
    const keys = await storedPackNames();
    return REQUIRED.every((name) => keys.includes(name));
  } catch {
    return false;
  }
}

/** One file of the kept pack. */
export async function storedPackFile(name: string): Promise<ArrayBuffer> {
  const bytes = await readPackFile(name);
  if (!bytes) throw new Error(`OCR 识别包缺少 ${name}，请重新加载识别包`);
  return bytes;
}
