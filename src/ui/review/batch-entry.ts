/** One file of the review batch, as read and checked by a worker. */
import type { Finding, Report } from '../../core';

export interface BatchEntry {
  /** Content id of the file's bytes. */
  readonly id: string;
  readonly file: string;
  /** Position in the batch (drop order), kept across reloads. */
  readonly order: number;
  readonly report?: Report;
  readonly error?: string;
  readonly notes: readonly string[];
  readonly unplaced: readonly string[];
  readonly findings: readonly Finding[];
  /** The entry of last year's report of the same 机关, when the batch has one. */
  readonly lastYearId?: string;
}
