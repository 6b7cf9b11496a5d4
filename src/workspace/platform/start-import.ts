/**
 * Starting an import in a Web Worker (import-worker.ts). Workers that finished cleanly are kept
 * for the next import — the editor's and the review desk's alike — so the importers and pdfjs are
 * loaded once per worker instead of once per file; one that failed, hung or was cancelled is ended.
 */
import type { ImportResult } from '../../core/import';
import { HANG_GUARD_MS, HANG_MESSAGE } from '../../core';
import {
  IMPORT_SOURCE,
  type ImportJob,
  type ImportReply,
  type ImportRequest,
  type ImportResponse,
} from '../import/import-protocol';
import { keepFindings } from '../import/checked-results';

/** The worker's reply: its result, with the findings kept for the review (checked-results.ts). */
function replied(json: string, request: Exclude<ImportRequest, { kind: 'warm' }>): ImportResult {
  const { result, findings } = JSON.parse(json) as ImportReply;
  if (findings) keepFindings(result, { profile: request.profile, findings });
  return result;
}

/**
 * The last resort against an import that hangs: the importers' bounds count work, not time, so
 * only a reader stuck in a loop gets here. Past the importers' own clock, as this one also covers
 * a worker that never answers. A batch tries a file stopped here once more, alone.
 */
export const IMPORT_TIMEOUT_MS = HANG_GUARD_MS + 15_000;

/** Idle workers kept: as many as the desk reads at once (read-on-page.ts), at most four. */
const KEEP = Math.min(4, Math.max(2, navigator.hardwareConcurrency || 2));
const idle: Worker[] = [];
/** Whether any import worker was started (by the warm-up or by an import). */
let started = false;

function spawn(): Worker {
  started = true;
  return new Worker(new URL('../import/import-worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Start an import worker ahead of the first import (the page calls this when idle): the worker's
 * code, pdfjs and pdfjs's own worker load meanwhile, which a first import otherwise waited for
 * (a first PDF 1.4 s instead of 0.5 s at load 11). The worker then waits among the idle ones.
 */
export function warmImports(cMapUrl: string): void {
  // A file chosen before the page was idle has its worker loading the same code: a second one
  // now would only take the cores from it.
  if (started) return;
  const worker = spawn();
  // A worker that fails to load is dropped here, before an import could wait on it.
  worker.onerror = (event) => {
    event.preventDefault();
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    worker.terminate();
  };
  worker.postMessage({ kind: 'warm', cMapUrl } satisfies ImportRequest);
  idle.push(worker);
}

export function startImport(request: Exclude<ImportRequest, { kind: 'warm' }>): ImportJob {
  const worker = idle.pop() ?? spawn();
  let finish: (result: ImportResult | undefined, reusable?: boolean) => void = () => undefined;
  const result = new Promise<ImportResult | undefined>((resolve) => {
    finish = (value, reusable = false) => {
      clearTimeout(timer);
      worker.onmessage = null;
      worker.onerror = null;
      if (reusable && idle.length < KEEP) idle.push(worker);
      else worker.terminate();
      resolve(value);
      finish = () => undefined;
    };
  });
  const timer = setTimeout(() => {
    finish({ ok: false, message: HANG_MESSAGE, timedOut: true });
  }, IMPORT_TIMEOUT_MS);
  worker.onmessage = (event: MessageEvent<ImportResponse | { source?: undefined }>) => {
    const data = event.data;
    if (data.source !== IMPORT_SOURCE) return;
    finish(
      'json' in data
        ? replied(data.json, request)
        : { ok: false, message: `读取时出错：${data.error}` },
      'json' in data,
    );
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
