/**
 * Where the desk's OCR of its scans stands, for the rows to show: the pack (there, missing), the
 * scan being read with its pages done, the scans that failed. Written by the OCR queue
 * (desk-ocr.tsx), read by each scan's row (desk-scan-row.tsx). No OCR code here: the row needs
 * it before any pack is loaded.
 */
import { createStore } from '../../workspace/store';

/** A scan row's state (its data-scan) and words. */
export type ScanSaid = readonly ['failed' | 'running' | 'waiting', string];

/** The queue's state. */
export interface DeskOcrState {
  /** Whether the page has the pack: not yet known, missing, or there. */
  readonly pack: 'checking' | 'missing' | 'ready';
  /** The scan being read, and its pages done of total (0 of 0 while the models load). */
  readonly running?: { readonly id: string; readonly done: number; readonly total: number };
  /** The reviewer stopped the queue (取消): no scan is read until 继续识别. */
  readonly stopped: boolean;
  /** Scans OCR could not read, with why. */
  readonly failed: ReadonlyMap<string, string>;
  /**
   * What each scan's row says while the queue runs (desk-scan-say.ts): set by the queue, which
   * comes with the pack, so the rows carry no words of a run they cannot see without one.
   */
  readonly say?: (id: string) => ScanSaid | undefined;
}

/** The desk's one OCR queue state. */
export const deskOcrState = createStore<DeskOcrState>({
  pack: 'checking',
  stopped: false,
  failed: new Map(),
});
