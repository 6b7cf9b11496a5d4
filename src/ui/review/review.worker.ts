/**
 * A review worker: reads and checks one file at a time off the main thread, so a batch of hundreds
 * of files never blocks the page. Same origin, no inline code (the page's CSP allows it).
 */
import pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url';
import { checkAll } from '../../core';
import { importAny } from '../../core/import';
import { contentId } from './content-id';
import type { ToWorker, WorkerResult } from './review-protocol';

async function readFile(task: Extract<ToWorker, { kind: 'bytes' }>): Promise<WorkerResult> {
  const bytes = new Uint8Array(task.bytes);
  const base = {
    kind: 'file',
    task: task.task,
    id: contentId(bytes),
    notes: [],
    unplaced: [],
    findings: [],
  } as const;
  try {
    const result = await importAny(task.name, bytes, { workerSrc: pdfWorker });
    if (!result.ok) return { ...base, error: result.message };
    return {
      ...base,
      report: result.report,
      notes: result.notes,
      unplaced: result.unplaced,
      findings: checkAll(result.report),
    };
  } catch (error) {
    return {
      ...base,
      error: `读取时出错（${error instanceof Error ? error.message : String(error)}）。`,
    };
  }
}

async function run(task: ToWorker): Promise<WorkerResult> {
  if (task.kind === 'bytes') return readFile(task);
  return { kind: 'check', task: task.task, findings: checkAll(task.report, task.lastYear) };
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  void run(event.data).then((result) => {
    self.postMessage(result);
  });
};
