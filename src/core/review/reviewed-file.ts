/** One file of a review batch as the exports see it: its report and findings, or why it failed. */
import type { Report } from '../report';
import type { Finding } from '../rules/catalogue';
import type { ReportReview } from './decisions';
import type { OpinionFile } from './opinion-schema';

export interface ReviewedFile {
  readonly file: string;
  /** The report read from the file; absent when the file could not be read. */
  readonly report?: Report;
  /** Why the file could not be read or recognised. */
  readonly error?: string;
  readonly findings: readonly Finding[];
  /** What the importer decided that a reader should check. */
  readonly notes?: readonly string[];
  readonly review?: ReportReview;
  /** The opinion on an earlier version of this report (the same unit and year, sent before). */
  readonly previous?: OpinionFile;
}
