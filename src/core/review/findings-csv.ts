/**
 * The findings of a review batch as CSV (interfaces.md §4): one line per finding, a line for a file
 * that could not be read, UTF-8 with a BOM so Excel and WPS open the Chinese columns as text.
 */
import { csvDocument } from '../csv';
import { CSV_HEADER, findingRows } from './findings-columns';
import type { ReviewedFile } from './reviewed-file';

export { CSV_HEADER };

/** The CSV text (core/csv.ts: BOM, CRLF, no field a spreadsheet would run). */
export function findingsCsv(files: readonly ReviewedFile[]): string {
  return csvDocument(CSV_HEADER, files.flatMap(findingRows));
}
