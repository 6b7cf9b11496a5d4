/**
 * The hosted build keeps a pack the user loads from a file where the served pack would be: in the
 * service worker's pack cache, under ./ocr-pack/<name>. The service worker then serves it as if
 * the site did, and the pack's worker starts from its own URL — the only way a worker of the
 * hosted page may run (its CSP has `worker-src 'self'`, and a blob: worker would inherit the
 * page's refusal of WebAssembly). Without a service worker there is nowhere to keep it: the
 * message says what to do instead. (The single file keeps it in IndexedDB: pack-store.single.ts.)
 */
import { PACK_FILES } from './ocr-protocol';
import { HOSTED_PACK_URL, PACK_CACHE } from './pack-urls';

const TYPES: Readonly<Record<string, string>> = {
  js: 'text/javascript',
  wasm: 'application/wasm',
  txt: 'text/plain; charset=utf-8',
};

/** Why a file cannot be kept: no service worker runs this page. */
export const NO_SERVICE_WORKER =
  '本页没有启用离线缓存（Service Worker），无法保存从文件加载的识别包。请刷新本页后重试；若仍不行，请让网站管理员把识别包解压到本页所在目录的 ocr-pack/ 文件夹，或改用单文件版（gongkai-report.html）加载识别包。';

/** Put the pack's files where the service worker serves the pack; says where the page finds them. */
export async function keepPack(
  files: Readonly<Record<string, Uint8Array>>,
): Promise<{ ok: true; status: 'hosted' } | { ok: false; message: string }> {
  if (!('caches' in window) || !navigator.serviceWorker.controller) {
    return { ok: false, message: NO_SERVICE_WORKER };
  }
  try {
    const cache = await caches.open(PACK_CACHE);
    for (const name of Object.values(PACK_FILES)) {
      const type = TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
      const body = (files[name] ?? new Uint8Array()).slice().buffer;
      const url = new URL(HOSTED_PACK_URL + name, location.href).href;
      await cache.put(url, new Response(body, { headers: { 'Content-Type': type } }));
    }
    return { ok: true, status: 'hosted' };
  } catch {
    return { ok: false, message: '保存识别包失败（存储空间可能不足），请清理空间后重试。' };
  }
}

/** The hosted build keeps no pack of its own beside the service worker's cache. */
export const hasStoredPack = (): Promise<boolean> => Promise.resolve(false);

/** Never called in the hosted build (its status is never 'stored'). */
export function storedPackFile(name: string): Promise<ArrayBuffer> {
  return Promise.reject(new Error(`OCR 识别包缺少 ${name}，请重新加载识别包`));
}
