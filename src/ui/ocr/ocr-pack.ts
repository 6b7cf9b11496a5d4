/**
 * Where the page gets the OCR pack. The hosted build serves it beside the page (dist/ocr-pack/,
 * fetched only when a scan is read, then cached by the service worker); a page opened from disk
 * cannot fetch files, so its user loads the pack file (gongkai-ocr-pack-*.zip) once and it is
 * kept in IndexedDB. Either way the worker runs the pack's own script and nothing is fetched from
 * anywhere else.
 */
import {
  clearPackFiles,
  readPackFile,
  storedPackNames,
  storePackFiles,
} from '../../workspace/ocr/pack-files';
import { startPackWorker } from './ocr-frame';
import { workerOf, type PackWorker } from './pack-worker';
import { PACK_FILES, type PackFiles } from './ocr-protocol';
import { PACK_FILE_PREFIX } from './pack-name';

export { PACK_FILE_PREFIX } from './pack-name';

/** Where the hosted build serves the pack. */
export const HOSTED_PACK_URL = './ocr-pack/';

/** What the page has: the pack served beside it, a copy kept in this browser, or none. */
export type PackStatus = 'hosted' | 'stored' | 'none';

const REQUIRED = Object.values(PACK_FILES);

/** Whether the pack is served beside the page (the hosted build), checked without downloading it all. */
async function hosted(): Promise<boolean> {
  if (location.protocol === 'file:') return false;
  try {
    // A GET of the small licence file, not a HEAD: the service worker caches GETs, so the check
    // also answers offline once the pack has been used.
    const response = await fetch(HOSTED_PACK_URL + PACK_FILES.licences);
    return response.ok;
  } catch {
    return false;
  }
}

/** Which pack the page can use now. */
export async function packStatus(): Promise<PackStatus> {
  if (await hosted()) return 'hosted';
  try {
    const keys = await storedPackNames();
    return REQUIRED.every((name) => keys.includes(name)) ? 'stored' : 'none';
  } catch {
    return 'none';
  }
}

/** Unpack a pack file the user chose and keep it in this browser; the message says why not. */
export async function storePackFile(
  file: File,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const { unzipSync } = await import('fflate');
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return {
      ok: false,
      message: `“${file.name}”不是 OCR 识别包（应为 ${PACK_FILE_PREFIX}-….zip）。`,
    };
  }
  const missing = REQUIRED.filter((name) => !files[name]);
  if (missing.length > 0) {
    return {
      ok: false,
      message: `“${file.name}”不是完整的 OCR 识别包（缺少 ${missing.join('、')}）。`,
    };
  }
  await storePackFiles(
    new Map(REQUIRED.map((name) => [name, (files[name] ?? new Uint8Array()).slice().buffer])),
  );
  return { ok: true };
}

/** A started OCR worker, and the pack files to hand it (none when it fetches them itself). */
export async function startOcrWorker(
  status: PackStatus,
): Promise<{ worker: PackWorker; files?: PackFiles }> {
  if (status === 'hosted') {
    // A worker from its own URL: the page's CSP does not apply to it (see README, OCR).
    return { worker: workerOf(new Worker(HOSTED_PACK_URL + PACK_FILES.worker)) };
  }
  const files: Record<string, ArrayBuffer> = {};
  for (const name of REQUIRED) {
    const bytes = await readPackFile(name);
    if (!bytes) throw new Error(`OCR 识别包缺少 ${name}，请重新加载识别包`);
    files[name] = bytes;
  }
  const { [PACK_FILES.worker]: script = new ArrayBuffer(0), ...rest } = files;
  return { worker: await startPackWorker(script), files: rest };
}

/** The cache the hosted service worker keeps the pack in (vite.config.ts, runtimeCaching). */
export const PACK_CACHE = 'gongkai-ocr-pack';

/**
 * Keep the hosted pack for offline use now, on the user's request (离线保存 OCR 识别包), rather
 * than on its first use: all its files go into the service worker's pack cache, which serves
 * them from then on. The message says why not.
 */
export async function savePackOffline(): Promise<{ ok: true } | { ok: false; message: string }> {
  if (!('caches' in window)) return { ok: false, message: '本浏览器不能离线保存识别包。' };
  try {
    const cache = await caches.open(PACK_CACHE);
    await cache.addAll(REQUIRED.map((name) => HOSTED_PACK_URL + name));
    return { ok: true };
  } catch {
    return { ok: false, message: '离线保存失败（网络中断或存储空间不足），可稍后重试。' };
  }
}

/** Whether every file of the hosted pack is in the offline cache. */
export async function packSavedOffline(): Promise<boolean> {
  if (!('caches' in window)) return false;
  const cache = await caches.open(PACK_CACHE);
  const found = await Promise.all(
    REQUIRED.map((name) => cache.match(new URL(HOSTED_PACK_URL + name, location.href).href)),
  );
  return found.every(Boolean);
}

/** Forget the pack kept in this browser. */
export async function removeStoredPack(): Promise<void> {
  await clearPackFiles();
}
