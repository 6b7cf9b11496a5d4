/** Messages between the review page and its workers: import + check a file, or check a report again. */
import type { Finding, Profile, Provenance, Report } from '../../core';

/** `profile`: the local requirements (地方要求) the batch is checked against, if any. */
export type WorkerTask =
  | {
      readonly kind: 'file';
      readonly task: number;
      readonly file: File;
      readonly profile?: Profile | undefined;
    }
  | {
      readonly kind: 'check';
      readonly task: number;
      readonly report: Report;
      readonly lastYear?: Report;
      readonly profile?: Profile | undefined;
      /** How an imported report's cells were read: findings on guessed cells are reading doubts. */
      readonly provenance?: Provenance;
    };

/**
 * What the pool posts: a file's bytes, transferred (a File posted to a worker costs the page a
 * blob registration per file, which added up to long tasks over hundreds of files).
 */
export type ToWorker =
  | {
      readonly kind: 'bytes';
      readonly task: number;
      readonly name: string;
      readonly bytes: ArrayBuffer;
      readonly profile?: Profile | undefined;
    }
  | Extract<WorkerTask, { kind: 'check' }>;

/** What a worker found: the file's content id and report, or why it could not be read. */
export type WorkerResult =
  | {
      readonly kind: 'file';
      readonly task: number;
      /** A hash of the bytes: the same file dropped again is the same entry. */
      readonly id: string;
      readonly report?: Report;
      /** How the importer read each cell (kept so a check again keeps the reading doubts). */
      readonly provenance?: Provenance;
      readonly error?: string;
      /** Stopped by a last-resort clock: the batch tries the file once more, alone, at its end. */
      readonly timedOut?: true;
      /** A scan (no text layer): read by OCR on the desk when the pack is loaded (desk-scans.ts). */
      readonly scan?: 'pdf' | 'image';
      readonly notes: readonly string[];
      readonly unplaced: readonly string[];
      readonly findings: readonly Finding[];
    }
  | { readonly kind: 'check'; readonly task: number; readonly findings: readonly Finding[] };
