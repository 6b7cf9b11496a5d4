/** Starting an import in a Web Worker (import-worker.ts), one per import, ended when done. */
import type { ImportResult } from '../../core/import';
import { HANG_GUARD_MS, HANG_MESSAGE } from '../../core/import/limits';
import {
  IMPORT_SOURCE,
  type ImportJob,
  type ImportRequest,
  type ImportResponse,
} from './import-protocol';

/**
 * The last resort against an import that hangs: the importers' bounds count work, not time, so
 * only a reader stuck in a loop gets here. Past the importers' own clock, as this one also covers
 * a worker that never answers. A batch tries a file stopped here once more, alone.
 */
export const IMPORT_TIMEOUT_MS = HANG_GUARD_MS + 15_000;

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
    finish({ ok: false, message: HANG_MESSAGE, timedOut: true });
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
