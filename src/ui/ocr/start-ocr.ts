/**
 * Reading a scan in the OCR worker: one worker per scan, progress per page, 取消 ends the worker
 * (the tab never waits on it). No time limit as for other imports: a long scan is slow, not stuck,
 * and the user sees each page finish.
 */
import type { ImportResult } from '../../core/import';
import type { KnownFormat } from '../../core/import/ocr';
import type { PackStatus } from './ocr-pack';
import { startOcrWorker } from './start-worker';
import { OCR_SOURCE, type OcrResponse } from './ocr-protocol';

/** A running OCR read: its result (undefined when cancelled) and a way to cancel it. */
export interface OcrJob {
  readonly result: Promise<OcrOutcome | undefined>;
  cancel(): void;
}

/** A scan read: the report (or why not) and the pages as images to show beside the tables. */
export interface OcrOutcome {
  readonly result: ImportResult;
  readonly pages: readonly Blob[];
}

const failure = (message: string): OcrOutcome => ({ result: { ok: false, message }, pages: [] });

/** Start reading `file` with the pack; `onProgress` hears each page done. */
export function startOcr(
  file: { name: string; kind: 'pdf' | 'image'; bytes: ArrayBuffer; knownFormat?: KnownFormat },
  status: PackStatus,
  onProgress: (done: number, total: number) => void,
): OcrJob {
  let finish: (result: OcrOutcome | undefined) => void = () => undefined;
  let end: () => void = () => undefined;
  let over = false;
  const result = new Promise<OcrOutcome | undefined>((resolve) => {
    finish = (value) => {
      over = true;
      end();
      resolve(value);
    };
  });
  startOcrWorker(status).then(
    ({ worker, files }) => {
      // Cancelled while the worker was starting: it never reads.
      if (over) {
        worker.terminate();
        return;
      }
      end = () => {
        worker.terminate();
      };
      worker.listen(
        (message) => {
          const data = message as OcrResponse | { source?: undefined };
          if (data.source !== OCR_SOURCE) return;
          if ('progress' in data) onProgress(data.progress.done, data.progress.total);
          else if ('result' in data) finish({ result: data.result, pages: data.pages });
          else finish(failure(`OCR 识别出错：${data.error}`));
        },
        () => {
          finish(failure('OCR 识别包无法运行（文件可能不完整，请重新加载识别包）。'));
        },
      );
      // The pack's files are handed over, not copied: they are read from IndexedDB for each scan.
      const transfer = [file.bytes, ...Object.values(files ?? {})];
      worker.post({ source: OCR_SOURCE, ...file, ...(files ? { files } : {}) }, transfer);
    },
    (error: unknown) => {
      finish(failure(error instanceof Error ? error.message : String(error)));
    },
  );
  return {
    result,
    cancel: () => {
      finish(undefined);
    },
  };
}
