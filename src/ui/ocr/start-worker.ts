/**
 * The OCR pack's worker started where it may compile WebAssembly: from its own URL in the hosted
 * build, in the runner frame in the single file (pack-starter.single.ts). Part of the screens: in
 * the single file it comes with the pack (ocr-ui.js).
 */
import type { PackStatus } from './ocr-pack';
import { PACK_FILES, type PackFiles } from './ocr-protocol';
import { startPackWorker } from './pack-starter';
import { storedPackFile } from './pack-store';
import { HOSTED_PACK_URL } from './pack-urls';
import { workerOf, type PackWorker } from './pack-worker';

/** A started OCR worker, and the pack files to hand it (none when it fetches them itself). */
export async function startOcrWorker(
  status: PackStatus,
): Promise<{ worker: PackWorker; files?: PackFiles }> {
  if (status === 'hosted') {
    // A worker from its own URL: the page's CSP does not apply to it (see README, OCR).
    return { worker: workerOf(new Worker(HOSTED_PACK_URL + PACK_FILES.worker)) };
  }
  const files: Record<string, ArrayBuffer> = {};
  // The screens' script (single file: load-screens.single.ts) is not the worker's business.
  for (const name of Object.values(PACK_FILES).filter((n) => n !== PACK_FILES.ui)) {
    files[name] = await storedPackFile(name);
  }
  const { [PACK_FILES.worker]: script = new ArrayBuffer(0), ...rest } = files;
  return { worker: await startPackWorker(script), files: rest };
}
