/**
 * PDFs are not read in a review pool worker: pdfjs, loaded inside another worker, takes over that
 * worker's messages. They go through the page's own import worker (one per file, its messages
 * tagged), like a single import does — a few at a time: started all at once, a batch of hundreds
 * of PDFs would share the cores hundreds of ways.
 */
import { checkAll } from '../../core';
import { importFile } from '../import/read-input';
import { profileCheckOptions } from '../profile/profile-store';
import { contentId } from './content-id';
import type { WorkerResult } from './review-protocol';
import { scanKind } from './desk-scans';
import { DESK_SCAN_MESSAGE } from '../../core/import';

export function readsOnPage(file: File): boolean {
  return file.name.toLowerCase().endsWith('.pdf');
}

/** PDFs read at once: one per core (the page itself waits meanwhile), at most four. */
const AT_ONCE = Math.min(4, Math.max(2, navigator.hardwareConcurrency || 2));
let running = 0;
const waiting: (() => void)[] = [];

/** Run `read` when fewer than AT_ONCE reads are running. */
async function inTurn<T>(read: () => Promise<T>): Promise<T> {
  if (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await read();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Read a PDF when its turn comes, unless the batch no longer `wanted` it by then (cancelled). */
export function readOnPage(
  file: File,
  task: number,
  wanted: () => boolean = () => true,
): Promise<WorkerResult> {
  return inTurn(() => (wanted() ? readPdf(file, task) : Promise.resolve(cancelled(task))));
}

function cancelled(task: number): WorkerResult {
  return {
    kind: 'file',
    task,
    id: '',
    error: '已取消读取。',
    notes: [],
    unplaced: [],
    findings: [],
  };
}

async function readPdf(file: File, task: number): Promise<WorkerResult> {
  const id = contentId(new Uint8Array(await file.arrayBuffer()));
  const base = { kind: 'file', task, id, notes: [], unplaced: [], findings: [] } as const;
  try {
    const result = await importFile(file).result;
    if (!result) return { ...base, error: '已取消读取。' };
    if (!result.ok) {
      // A scan is read by OCR on the desk when the pack is there (desk-scans.ts, ui/ocr/desk-ocr.tsx).
      if (result.scanned) return { ...base, error: DESK_SCAN_MESSAGE, scan: scanKind(file.name) };
      return { ...base, error: result.message, ...(result.timedOut ? { timedOut: true } : {}) };
    }
    const { report, notes, unplaced, provenance } = result;
    return {
      ...base,
      report,
      provenance,
      notes,
      unplaced,
      findings: checkAll(report, undefined, { ...profileCheckOptions(), provenance }),
    };
  } catch (error) {
    return {
      ...base,
      error: `读取时出错（${error instanceof Error ? error.message : String(error)}）。`,
    };
  }
}
