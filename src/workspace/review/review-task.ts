/**
 * One review task — read and check a file, or check a report again — the same wherever it runs:
 * in a review worker (review.worker.ts) or, where no worker can start, on the page (page-worker.ts).
 */
import { checkAll, checkOutline, sortFindings } from '../../core';
import { scanKind } from './desk-scans';
import { DESK_SCAN_MESSAGE, importAny, type PdfOptions } from '../../core/import';
import { contentId } from './content-id';
import type { ToWorker, WorkerResult } from './review-protocol';

async function readFile(
  task: Extract<ToWorker, { kind: 'bytes' }>,
  pdf: PdfOptions | undefined,
): Promise<WorkerResult> {
  const bytes = new Uint8Array(task.bytes);
  const base = {
    kind: 'file',
    task: task.task,
    id: contentId(bytes),
    notes: [],
    unplaced: [],
    findings: [],
  } as const;
  // A PDF under another name, where this thread has no pdfjs (the single file's review worker).
  if (!pdf && bytes[0] === 0x25 && bytes[1] === 0x50) {
    return { ...base, error: '这是一个 PDF 文件，请把扩展名改为 .pdf 后再读入。' };
  }
  try {
    const result = await importAny(task.name, bytes, pdf ?? {});
    if (!result.ok) {
      // A scan is read by OCR on the desk when the pack is there (desk-scans.ts, ui/ocr/desk-ocr.tsx).
      if (result.scanned) return { ...base, error: DESK_SCAN_MESSAGE, scan: scanKind(task.name) };
      return { ...base, error: result.message, ...(result.timedOut ? { timedOut: true } : {}) };
    }
    return {
      ...base,
      report: result.report,
      provenance: result.provenance,
      notes: result.notes,
      unplaced: result.unplaced,
      findings: sortFindings([
        ...checkAll(result.report, undefined, {
          profile: task.profile,
          provenance: result.provenance,
        }),
        ...checkOutline(result.headings, result.report),
      ]),
    };
  } catch (error) {
    return {
      ...base,
      error: `读取时出错（${error instanceof Error ? error.message : String(error)}）。`,
    };
  }
}

/** Run one task; `pdf` says how pdfjs runs here (PDFs normally go through read-on-page.ts). */
export async function runReviewTask(
  task: ToWorker,
  pdf: PdfOptions | undefined,
): Promise<WorkerResult> {
  if (task.kind === 'bytes') return readFile(task, pdf);
  const options = {
    profile: task.profile,
    ...(task.provenance ? { provenance: task.provenance } : {}),
  };
  return {
    kind: 'check',
    task: task.task,
    findings: checkAll(task.report, task.lastYear, options),
  };
}
