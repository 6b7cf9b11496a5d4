/** 离线保存 OCR 识别包 (hosted build): the served pack put into the service worker's cache at once. */
import { PACK_FILES } from './ocr-protocol';
import { HOSTED_PACK_URL, PACK_CACHE } from './pack-urls';

const REQUIRED = Object.values(PACK_FILES);

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
