/**
 * Where the page gets the OCR pack. The hosted build serves it beside the page (dist/ocr-pack/,
 * fetched only when a scan is read, then cached by the service worker); a page opened from disk
 * cannot fetch files, so its user loads the pack file (gongkai-ocr-pack-*.zip) once and it is
 * kept in IndexedDB. Either way the worker runs the pack's own script and nothing is fetched from
 * anywhere else.
 */
import { PACK_FILES } from './ocr-protocol';
import { PACK_FILE_PREFIX } from './pack-name';
import { hostedPack } from './pack-hosted';
import { hasStoredPack, keepPack } from './pack-store';

export { PACK_FILE_PREFIX } from './pack-name';
export { HOSTED_PACK_URL, PACK_CACHE } from './pack-urls';

/** What the page has: the pack served beside it (or kept by its service worker), a copy kept in this browser, or none. */
export type PackStatus = 'hosted' | 'stored' | 'none';

const REQUIRED = Object.values(PACK_FILES);

/** Which pack the page can use now. */
export async function packStatus(): Promise<PackStatus> {
  if (await hostedPack()) return 'hosted';
  return (await hasStoredPack()) ? 'stored' : 'none';
}

/** Unpack a pack file the user chose and keep it in this browser; the message says why not. */
export async function storePackFile(
  file: File,
): Promise<{ ok: true; status: Exclude<PackStatus, 'none'> } | { ok: false; message: string }> {
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
  return keepPack(files);
}
