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
import { quietGate, type QuietGate } from './quiet';

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
 * The warm-up's steps wait for the user to leave the page alone for a second (quiet.ts): typing
 * right after load measured 1.5–2.3× the floor with the warm-up running beside it, 1.4–1.5×
 * without (typing.ts, load 4–6).
 */
let gate: QuietGate | undefined;
const whenQuiet = (step: () => void) => (gate ??= quietGate(window, 1000)).whenQuiet(step);

/** Whether the warm-up was asked for: it belongs to the page, and runs once. */
let warming = false;

/**
 * Start an import worker ahead of the first import, and warm it up step by step (pdfjs and its
 * worker loaded, each importer run once on a sample), each step while the user leaves the page
 * alone: the first file chosen is then read as fast as the next ones (a first PDF 1.4 s instead
 * of 0.5 s at load 11) without the warm-up taking a core from typing. The worker waits among the
 * idle ones; an import that takes it ends its warm-up. Leaving the view that asked for it (the
 * drafts page for the editor) does not stop it: the editor imports too (上年报告).
 */
export function warmImports(cMapUrl: string): void {
  if (warming) return;
  warming = true;
  const step = (worker: Worker) => {
    whenQuiet(() => {
      // Taken by an import meanwhile: the file is what it is for now.
      if (idle.includes(worker))
        worker.postMessage({ kind: 'warm', cMapUrl } satisfies ImportRequest);
    });
  };
  whenQuiet(() => {
    // A file chosen before now has its worker loading the same code: a second one now would only
    // take the cores from it.
    if (started) return;
    const worker = spawn();
    // A worker that fails to load is dropped here, before an import could wait on it.
    worker.onerror = (event) => {
      event.preventDefault();
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      worker.terminate();
    };
    // Replaced by an import's own handler when one takes the worker.
    worker.onmessage = (event: MessageEvent<ImportResponse | { source?: undefined }>) => {
      const data = event.data;
      if (data.source === IMPORT_SOURCE && 'warmed' in data && data.left > 0) step(worker);
    };
    idle.push(worker);
    worker.postMessage({ kind: 'warm', cMapUrl } satisfies ImportRequest);
  });
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
    // (A warm-up step's answer, posted before this import took the worker, says nothing of it.)
    if (data.source !== IMPORT_SOURCE || 'warmed' in data) return;
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
