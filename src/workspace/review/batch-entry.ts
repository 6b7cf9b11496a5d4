/** One file of the review batch, as read and checked by a worker. */
import type { WorkerResult } from './review-protocol';

type FileResult = Extract<WorkerResult, { kind: 'file' }>;

/** A worker's result (id = content id of the bytes) placed in the batch. */
export interface BatchEntry extends Omit<FileResult, 'kind' | 'task'> {
  readonly file: string;
  /** Position in the batch (drop order), kept across reloads. */
  readonly order: number;
  /** The entry of last year's report of the same 机关, when the batch has one. */
  readonly lastYearId?: string;
}
