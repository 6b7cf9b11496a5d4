/** Starting an import in a Web Worker (import-worker.ts), one per import, ended when done. */
import type { ImportResult } from '../../core/import';
import {
  IMPORT_SOURCE,
  type ImportJob,
  type ImportRequest,
  type ImportResponse,
} from './import-protocol';

/** The longest an import may take before the page stops it (the importers stop far sooner). */
export const IMPORT_TIMEOUT_MS = 45_000;

export function startImport(request: ImportRequest): ImportJob {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  let finish: (result: ImportResult | undefined) => void = () => undefined;
  const result = new Promise<ImportResult | undefined>((resolve) => {
    finish = (value) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(value);
    };
  });
  const timer = setTimeout(() => {
    finish({
      ok: false,
      message: `读取超过 ${IMPORT_TIMEOUT_MS / 1000} 秒仍未完成，已停止（文件可能过大或已损坏）。`,
    });
  }, IMPORT_TIMEOUT_MS);
  worker.onmessage = (event: MessageEvent<ImportResponse | { source?: undefined }>) => {
    const data = event.data;
    if (data.source !== IMPORT_SOURCE) return;
    finish('result' in data ? data.result : { ok: false, message: `读取时出错：${data.error}` });
  };
  // The worker itself failed: it could not load, or the file ran it out of memory.
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ ok: false, message: '读取时出错：文件可能过大或已损坏，无法读取。' });
  };
  worker.postMessage(request);
  return {
    result,
    cancel: () => {
      finish(undefined);
    },
  };
}
